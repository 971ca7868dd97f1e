import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as addUser from './addUser.operation';
import * as query from './query.operation';
import * as queryMembers from './queryMembers.operation';
import * as removeUser from './removeUser.operation';

export const operations: Record<string, OperationModule> = { addUser, query, queryMembers, removeUser };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{
				name: 'Add User',
				value: 'addUser',
				description: 'Add a user to a group, giving them the access (and licence) the group grants',
				action: 'Add a user to a group',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the groups of the site, optionally only those of one product or access level',
				action: 'Query groups',
			},
			{
				name: 'Query Members',
				value: 'queryMembers',
				description: 'List the users in a group',
				action: 'Query the members of a group',
			},
			{
				name: 'Remove User',
				value: 'removeUser',
				description: 'Remove a user from a group, e.g. to reclaim the licence of someone who left',
				action: 'Remove a user from a group',
			},
		],
		default: 'queryMembers',
	},
	...addUser.description,
	...query.description,
	...queryMembers.description,
	...removeUser.description,
];
