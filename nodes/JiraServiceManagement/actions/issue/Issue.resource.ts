import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getChangelog from './getChangelog.operation';
import * as query from './query.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = { delete: del, get, getChangelog, query, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['issue'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a Jira issue permanently, optionally with its subtasks',
				action: 'Delete an issue',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one Jira issue by key, ID or URL, with the fields you choose',
				action: 'Get an issue',
			},
			{
				name: 'Get Changelog',
				value: 'getChangelog',
				description: 'List the change history of an issue: who changed which field from what to what, and when',
				action: 'Get the changelog of an issue',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'Find Jira issues with JQL, e.g. resolved incidents for MTTR or change failure reports',
				action: 'Query issues with JQL',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the fields of a Jira issue: summary, description or any field as JSON',
				action: 'Update an issue',
			},
		],
		default: 'query',
	},
	...del.description,
	...get.description,
	...getChangelog.description,
	...query.description,
	...update.description,
];
