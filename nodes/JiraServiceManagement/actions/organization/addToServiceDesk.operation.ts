import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, organizationLocator, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../transport';

export const option: OperationOption = {
	name: 'Add to Service Desk',
	value: 'addToServiceDesk',
	description: 'Link an organization to a service desk so its members can raise requests there',
	action: 'Add an organization to a service desk',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization'];

const properties: INodeProperties[] = [serviceDeskLocator, organizationLocator];

export const description = showFor('organization', 'addToServiceDesk')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const organizationId = numericIdParameter(this, itemIndex, 'organization', 'organization', 32);
	await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/organization`,
		body: { organizationId: Number(organizationId) },
		itemIndex,
		// Adding or removing twice leaves the same state, so a request whose answer was lost may be sent again.
		idempotent: true,
	});
	return this.helpers.returnJsonArray({ serviceDeskId, organizationId, added: true });
}
