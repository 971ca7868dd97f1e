import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as addToServiceDesk from './addToServiceDesk.operation';
import * as addUsers from './addUsers.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as deleteProperty from './deleteProperty.operation';
import * as get from './get.operation';
import * as getProperty from './getProperty.operation';
import * as getPropertyKeys from './getPropertyKeys.operation';
import * as query from './query.operation';
import * as queryUsers from './queryUsers.operation';
import * as removeFromServiceDesk from './removeFromServiceDesk.operation';
import * as removeUsers from './removeUsers.operation';
import * as setProperty from './setProperty.operation';

export const operations: Record<string, OperationModule> = {
	addToServiceDesk,
	addUsers,
	create,
	delete: del,
	deleteProperty,
	get,
	getProperty,
	getPropertyKeys,
	query,
	queryUsers,
	removeFromServiceDesk,
	removeUsers,
	setProperty,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['organization'] } },
		options: [
			{
				name: 'Add to Service Desk',
				value: 'addToServiceDesk',
				description: 'Link an organization to a service desk so its members can raise requests there',
				action: 'Add an organization to a service desk',
			},
			{
				name: 'Add Users',
				value: 'addUsers',
				description: 'Add customers to an organization by their account IDs',
				action: 'Add users to an organization',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a new customer organization',
				action: 'Create an organization',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete an organization (its members keep their accounts)',
				action: 'Delete an organization',
			},
			{
				name: 'Delete Property',
				value: 'deleteProperty',
				description: 'Remove one entity property from an organization',
				action: 'Delete a property of an organization',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one organization by ID',
				action: 'Get an organization',
			},
			{
				name: 'Get Property',
				value: 'getProperty',
				description: 'Read the value of one entity property of an organization',
				action: 'Get a property of an organization',
			},
			{
				name: 'Get Property Keys',
				value: 'getPropertyKeys',
				description: 'List the keys of the entity properties stored on an organization',
				action: 'Get the property keys of an organization',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List all organizations, or those of one service desk',
				action: 'Query organizations',
			},
			{
				name: 'Query Users',
				value: 'queryUsers',
				description: 'List the customers who belong to an organization',
				action: 'Query users of an organization',
			},
			{
				name: 'Remove From Service Desk',
				value: 'removeFromServiceDesk',
				description: 'Unlink an organization from a service desk',
				action: 'Remove an organization from a service desk',
			},
			{
				name: 'Remove Users',
				value: 'removeUsers',
				description: 'Remove customers from an organization by their account IDs',
				action: 'Remove users from an organization',
			},
			{
				name: 'Set Property',
				value: 'setProperty',
				description: 'Store a JSON value under a key on an organization, replacing any earlier value',
				action: 'Set a property of an organization',
			},
		],
		default: 'query',
	},
	...addToServiceDesk.description,
	...addUsers.description,
	...create.description,
	...del.description,
	...deleteProperty.description,
	...get.description,
	...getProperty.description,
	...getPropertyKeys.description,
	...query.description,
	...queryUsers.description,
	...removeFromServiceDesk.description,
	...removeUsers.description,
	...setProperty.description,
];
