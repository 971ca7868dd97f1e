import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, requestTypeLocator, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one request type of a service desk',
	action: 'Get a request type',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}'];

const properties: INodeProperties[] = [serviceDeskLocator, requestTypeLocator];

export const description = showFor('requestType', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const requestTypeId = numericIdParameter(this, itemIndex, 'requestType', 'request type', 32);
	const requestType = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype/${requestTypeId}`,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray(requestType);
}
