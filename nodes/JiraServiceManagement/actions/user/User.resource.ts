import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as get from './get.operation';
import * as getGroups from './getGroups.operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { get, getGroups, query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get one user by account ID, optionally with their groups and application roles',
				action: 'Get a user',
			},
			{
				name: 'Get Groups',
				value: 'getGroups',
				description: 'List the groups a user belongs to, e.g. to see which licences they hold',
				action: 'Get the groups of a user',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the users of the site, or those whose name or email starts with a text',
				action: 'Query users',
			},
		],
		default: 'query',
	},
	...get.description,
	...getGroups.description,
	...query.description,
];
