import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	accountIdsParameter,
	accountIdsProperty,
	numericIdParameter,
	serviceDeskLocator,
} from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../transport';

export const option: OperationOption = {
	name: 'Remove From Service Desk',
	value: 'removeFromServiceDesk',
	description: 'Take away the access of customers to a service desk by their account IDs',
	action: 'Remove customers from a service desk',
};

export const kind: OperationKind = 'Execute';

export const api = ['DELETE /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer'];

const properties: INodeProperties[] = [serviceDeskLocator, accountIdsProperty];

export const description = showFor('customer', 'removeFromServiceDesk')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const accountIds = accountIdsParameter(this, itemIndex, 'accountIds', await deploymentOf(this));
	await jsmApiRequest.call(this, {
		method: 'DELETE',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/customer`,
		body: { accountIds },
		experimental: true,
		itemIndex,
		// Adding or removing twice leaves the same state, so a request whose answer was lost may be sent again.
		idempotent: true,
	});
	return this.helpers.returnJsonArray({ serviceDeskId, accountIds, removed: true });
}
