import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one service desk by ID',
	action: 'Get a service desk',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}'];

const properties: INodeProperties[] = [serviceDeskLocator];

export const description = showFor('serviceDesk', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const serviceDesk = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/servicedesk/${id}`,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray(serviceDesk);
}
