import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as download from './download.operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { create, delete: del, download, query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['attachment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Attach files from n8n binary data to a request, publicly or internally, with an optional comment',
				action: 'Attach files to a request',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete an attachment by its ID',
				action: 'Delete an attachment',
			},
			{
				name: 'Download',
				value: 'download',
				description: 'Download an attachment of a request into n8n binary data',
				action: 'Download an attachment',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the files attached to a request, or to one of its comments',
				action: 'Query attachments of a request',
			},
		],
		default: 'query',
	},
	...create.description,
	...del.description,
	...download.description,
	...query.description,
];
