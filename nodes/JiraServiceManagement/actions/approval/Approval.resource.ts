import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as answer from './answer.operation';
import * as get from './get.operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { answer, get, query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['approval'] } },
		options: [
			{
				name: 'Answer',
				value: 'answer',
				description: 'Approve or decline an approval the account is an approver of',
				action: 'Answer an approval',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one approval of a request by its ID',
				action: 'Get an approval',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the approvals of a request, pending and completed',
				action: 'Query approvals of a request',
			},
		],
		default: 'query',
	},
	...answer.description,
	...get.description,
	...query.description,
];
