import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { create, get, query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['request'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Raise a customer request with the fields its request type asks for',
				action: 'Create a request',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one customer request by key, ID or URL',
				action: 'Get a request',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List customer requests visible to the account, filtered by service desk, type, status or text',
				action: 'Query requests',
			},
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...query.description,
];
