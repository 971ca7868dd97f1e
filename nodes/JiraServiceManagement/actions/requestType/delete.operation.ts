import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, requestTypeLocator, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Remove a request type from a service desk',
	action: 'Delete a request type',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}'];

const properties: INodeProperties[] = [serviceDeskLocator, requestTypeLocator];

export const description = showFor('requestType', 'delete')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const requestTypeId = numericIdParameter(this, itemIndex, 'requestType', 'request type', 32);
	await jsmApiRequest.call(this, {
		method: 'DELETE',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype/${requestTypeId}`,
		experimental: true,
		itemIndex,
	});
	return this.helpers.returnJsonArray({ serviceDeskId, requestTypeId, deleted: true });
}
