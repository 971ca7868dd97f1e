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
		displayOptions: { show: { resource: ['schedule'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				description: 'List the JSM Operations on-call schedules the account can see, with their IDs and teams',
				action: 'Query schedules',
			},
		],
		default: 'query',
	},
	...query.description,
];
