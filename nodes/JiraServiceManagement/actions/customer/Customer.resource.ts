import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as addToServiceDesk from './addToServiceDesk.operation';
import * as create from './create.operation';
import * as invite from './invite.operation';
import * as query from './query.operation';
import * as removeFromServiceDesk from './removeFromServiceDesk.operation';
import * as revokePortalOnlyAccess from './revokePortalOnlyAccess.operation';

export const operations: Record<string, OperationModule> = {
	addToServiceDesk,
	create,
	invite,
	query,
	removeFromServiceDesk,
	revokePortalOnlyAccess,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{
				name: 'Add to Service Desk',
				value: 'addToServiceDesk',
				description: 'Give existing customers access to a service desk by their account IDs',
				action: 'Add customers to a service desk',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a portal-only customer account from an email address',
				action: 'Create a customer',
			},
			{
				name: 'Invite',
				value: 'invite',
				description: 'Email an invitation to a service desk portal, creating the customer account if needed',
				action: 'Invite a customer to a service desk',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List the customers of a service desk, optionally searching by name or email',
				action: 'Query customers of a service desk',
			},
			{
				name: 'Remove From Service Desk',
				value: 'removeFromServiceDesk',
				description: 'Take away the access of customers to a service desk by their account IDs',
				action: 'Remove customers from a service desk',
			},
			{
				name: 'Revoke Portal-Only Access',
				value: 'revokePortalOnlyAccess',
				description: 'Stop a portal-only customer from logging in to the customer portal (needs site admin)',
				action: 'Revoke portal only access of a customer',
			},
		],
		default: 'query',
	},
	...addToServiceDesk.description,
	...create.description,
	...invite.description,
	...query.description,
	...removeFromServiceDesk.description,
	...revokePortalOnlyAccess.description,
];
