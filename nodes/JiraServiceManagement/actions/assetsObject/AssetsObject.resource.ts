import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getConnectedRequests from './getConnectedRequests.operation';
import * as getHistory from './getHistory.operation';
import * as query from './query.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = {
	create,
	delete: del,
	get,
	getConnectedRequests,
	getHistory,
	query,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['assetsObject'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create an Assets object (e.g. a laptop) of an object type, with its attribute values',
				action: 'Create an assets object',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete an Assets object by key or ID',
				action: 'Delete an assets object',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one Assets object by key (e.g. ITAM-88) or ID, with its attributes',
				action: 'Get an assets object',
			},
			{
				name: 'Get Connected Requests',
				value: 'getConnectedRequests',
				description: 'List the Jira requests and issues connected to an Assets object',
				action: 'Get the requests connected to an assets object',
			},
			{
				name: 'Get History',
				value: 'getHistory',
				description: 'List the changes made to an Assets object: who changed which attribute from what to what',
				action: 'Get the history of an assets object',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'Find Assets objects with AQL, e.g. the laptops a person owns',
				action: 'Query assets objects',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change attribute values of an Assets object; attributes not given keep their values',
				action: 'Update an assets object',
			},
		],
		default: 'query',
	},
	...create.description,
	...del.description,
	...get.description,
	...getConnectedRequests.description,
	...getHistory.description,
	...query.description,
	...update.description,
];
