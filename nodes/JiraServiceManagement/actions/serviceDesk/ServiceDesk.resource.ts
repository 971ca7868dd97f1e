import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as get from './get.operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { get, query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['serviceDesk'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get one service desk by ID',
				action: 'Get a service desk',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the service desks the account can see',
				action: 'Query service desks',
			},
		],
		default: 'query',
	},
	...get.description,
	...query.description,
];
