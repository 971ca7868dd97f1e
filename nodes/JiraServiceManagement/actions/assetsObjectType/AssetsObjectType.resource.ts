import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as getAttributes from './getAttributes.operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { getAttributes, query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['assetsObjectType'] } },
		options: [
			{
				name: 'Get Attributes',
				value: 'getAttributes',
				description: 'List the attributes of an object type: names, kinds, required flags, select options, referenced types',
				action: 'Get the attributes of an assets object type',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the object types of an Assets object schema',
				action: 'Query assets object types',
			},
		],
		default: 'query',
	},
	...getAttributes.description,
	...query.description,
];
