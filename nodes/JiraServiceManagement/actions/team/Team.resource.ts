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
		displayOptions: { show: { resource: ['team'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				description: 'List the JSM Operations teams (team ID and name): all for admins, else the account\'s own',
				action: 'Query teams',
			},
		],
		default: 'query',
	},
	...query.description,
];
