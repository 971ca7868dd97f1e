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
		displayOptions: { show: { resource: ['assetsObjectSchema'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get one Assets object schema by ID, with its object and object type counts',
				action: 'Get an assets object schema',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the Assets object schemas of the site, e.g. to find the ID of "IT Assets"',
				action: 'Query assets object schemas',
			},
		],
		default: 'query',
	},
	...get.description,
	...query.description,
];
