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
		displayOptions: { show: { resource: ['workspace'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				description: 'List the Assets (formerly Insight) workspace IDs of the site, needed to call the Assets API',
				action: 'Query assets workspaces',
			},
		],
		default: 'query',
	},
	...query.description,
];
