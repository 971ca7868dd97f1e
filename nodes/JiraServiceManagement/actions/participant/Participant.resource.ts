import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as add from './add.operation';
import * as query from './query.operation';
import * as remove from './remove.operation';

export const operations: Record<string, OperationModule> = { add, query, remove };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['participant'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				description: 'Add people to a request so they can follow and comment on it',
				action: 'Add participants to a request',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the participants of a request',
				action: 'Query participants of a request',
			},
			{
				name: 'Remove',
				value: 'remove',
				description: 'Remove people from the participants of a request',
				action: 'Remove participants from a request',
			},
		],
		default: 'query',
	},
	...add.description,
	...query.description,
	...remove.description,
];
