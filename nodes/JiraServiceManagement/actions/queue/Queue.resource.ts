import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as get from './get.operation';
import * as query from './query.operation';
import * as queryIssues from './queryIssues.operation';

export const operations: Record<string, OperationModule> = { get, query, queryIssues };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['queue'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get one agent queue of a service desk, with its JQL',
				action: 'Get a queue',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the agent queues of a service desk, optionally with how many requests each holds',
				action: 'Query queues of a service desk',
			},
			{
				name: 'Query Issues',
				value: 'queryIssues',
				description: 'List the requests currently in a queue, with the fields the queue shows',
				action: 'Query issues in a queue',
			},
		],
		default: 'query',
	},
	...get.description,
	...query.description,
	...queryIssues.description,
];
