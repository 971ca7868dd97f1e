import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdParameter } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest, segment } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Revoke Portal-Only Access',
	value: 'revokePortalOnlyAccess',
	description: 'Stop a portal-only customer from logging in to the customer portal (needs site admin)',
	action: 'Revoke portal only access of a customer',
};

export const kind: OperationKind = 'Execute';

export const api = ['PUT /rest/servicedeskapi/customer/user/{accountId}/revoke-portal-only-access'];

const properties: INodeProperties[] = [
	{
		displayName: 'Account ID',
		name: 'accountId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae',
		description: 'Atlassian account ID of the portal-only customer who may no longer log in to the portal',
	},
];

export const description = showFor('customer', 'revokePortalOnlyAccess')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const accountId = accountIdParameter(this, itemIndex, 'accountId', await deploymentOf(this));
	await jsmApiRequest.call(this, {
		method: 'PUT',
		path: `/rest/servicedeskapi/customer/user/${segment(accountId)}/revoke-portal-only-access`,
		itemIndex,
	});
	return this.helpers.returnJsonArray({ accountId, portalOnlyAccessRevoked: true });
}
