import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as checkPermissions from './checkPermissions.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as deleteProperty from './deleteProperty.operation';
import * as get from './get.operation';
import * as getFields from './getFields.operation';
import * as getProperty from './getProperty.operation';
import * as getPropertyKeys from './getPropertyKeys.operation';
import * as query from './query.operation';
import * as queryGroups from './queryGroups.operation';
import * as setProperty from './setProperty.operation';

export const operations: Record<string, OperationModule> = {
	checkPermissions,
	create,
	delete: del,
	deleteProperty,
	get,
	getFields,
	getProperty,
	getPropertyKeys,
	query,
	queryGroups,
	setProperty,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['requestType'] } },
		options: [
			{
				name: 'Check Permissions',
				value: 'checkPermissions',
				description: 'Find which request types of a service desk a user may raise requests with or administer',
				action: 'Check request type permissions',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Add a request type to a service desk, based on one of its issue types',
				action: 'Create a request type',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Remove a request type from a service desk',
				action: 'Delete a request type',
			},
			{
				name: 'Delete Property',
				value: 'deleteProperty',
				description: 'Remove one entity property from a request type',
				action: 'Delete a property of a request type',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one request type of a service desk',
				action: 'Get a request type',
			},
			{
				name: 'Get Fields',
				value: 'getFields',
				description: 'List the fields a request type asks for, with required flags and allowed values',
				action: 'Get the fields of a request type',
			},
			{
				name: 'Get Property',
				value: 'getProperty',
				description: 'Read the value of one entity property of a request type',
				action: 'Get a property of a request type',
			},
			{
				name: 'Get Property Keys',
				value: 'getPropertyKeys',
				description: 'List the keys of the entity properties stored on a request type',
				action: 'Get the property keys of a request type',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List request types of one service desk, or of all service desks',
				action: 'Query request types',
			},
			{
				name: 'Query Groups',
				value: 'queryGroups',
				description: 'List the portal groups that organize the request types of a service desk',
				action: 'Query request type groups',
			},
			{
				name: 'Set Property',
				value: 'setProperty',
				description: 'Store a JSON value under a key on a request type, replacing any earlier value',
				action: 'Set a property of a request type',
			},
		],
		default: 'query',
	},
	...checkPermissions.description,
	...create.description,
	...del.description,
	...deleteProperty.description,
	...get.description,
	...getFields.description,
	...getProperty.description,
	...getPropertyKeys.description,
	...query.description,
	...queryGroups.description,
	...setProperty.description,
];
