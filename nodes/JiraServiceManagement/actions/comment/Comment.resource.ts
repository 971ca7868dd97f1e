import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as create from './create.operation';
import * as deleteComment from './delete.operation';
import * as get from './get.operation';
import * as query from './query.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { create, delete: deleteComment, get, query, update };

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
				name: 'Delete',
				value: 'delete',
				description: 'Delete a comment from a request',
				action: 'Delete a comment',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one comment of a request by its ID',
				action: 'Get a comment',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the comments of a request, public, internal or both',
				action: 'Query comments of a request',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Replace the text of a comment, keeping it public or internal',
				action: 'Update a comment',
			},
		],
		default: 'create',
	},
	...create.description,
	...deleteComment.description,
	...get.description,
	...query.description,
	...update.description,
];
