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
		displayOptions: { show: { resource: ['applicationRole'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get one product’s licence details: seats, users, remaining seats and its groups',
				action: 'Get an application role',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the products (application roles) of the site with their seat counts and groups',
				action: 'Query application roles',
			},
		],
		default: 'query',
	},
	...get.description,
	...query.description,
];
