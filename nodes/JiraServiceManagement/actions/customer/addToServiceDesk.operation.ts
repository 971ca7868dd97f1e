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
	name: 'Add to Service Desk',
	value: 'addToServiceDesk',
	description: 'Give existing customers access to a service desk by their account IDs',
	action: 'Add customers to a service desk',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer'];

const properties: INodeProperties[] = [serviceDeskLocator, accountIdsProperty];

export const description = showFor('customer', 'addToServiceDesk')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const accountIds = accountIdsParameter(this, itemIndex, 'accountIds', await deploymentOf(this));
	await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/customer`,
		body: { accountIds },
		itemIndex,
		// Adding or removing twice leaves the same state, so a request whose answer was lost may be sent again.
		idempotent: true,
	});
	return this.helpers.returnJsonArray({ serviceDeskId, accountIds, added: true });
}
