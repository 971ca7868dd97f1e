import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as create from './create.operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { create, query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['comment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Add a public reply the customer sees, or an internal note only agents see',
				action: 'Add a comment to a request',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the comments of a request, public, internal or both',
				action: 'Query comments of a request',
			},
		],
		default: 'create',
	},
	...create.description,
	...query.description,
];
