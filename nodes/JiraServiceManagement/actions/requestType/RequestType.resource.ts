import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as getFields from './getFields.operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { getFields, query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['requestType'] } },
		options: [
			{
				name: 'Get Fields',
				value: 'getFields',
				description: 'List the fields a request type asks for, with required flags and allowed values',
				action: 'Get the fields of a request type',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List request types of one service desk, or of all service desks',
				action: 'Query request types',
			},
		],
		default: 'query',
	},
	...getFields.description,
	...query.description,
];
