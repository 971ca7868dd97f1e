import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, requestTypeLocator, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get Fields',
	value: 'getFields',
	description: 'List the fields a request type asks for, with required flags and allowed values',
	action: 'Get the fields of a request type',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field'];

const properties: INodeProperties[] = [serviceDeskLocator, requestTypeLocator];

export const description = showFor('requestType', 'getFields')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const requestTypeId = numericIdParameter(this, itemIndex, 'requestType', 'request type', 32);
	const response = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype/${requestTypeId}/field`,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray((response.requestTypeFields ?? []) as IDataObject[]);
}
