import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['auditRecord'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				description:
					'List the admin audit log (user, group, permission and configuration changes), newest first; needs Administer Jira',
				action: 'Query audit records',
			},
		],
		default: 'query',
	},
	...query.description,
];
