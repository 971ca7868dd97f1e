import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { alertLocator } from '../../helpers/operations';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';
import { alertPath } from './alertId';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one JSM Operations alert by its ID',
	action: 'Get an alert',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /jsm/ops/api/{cloudId}/v1/alerts/{id}'];

const properties: INodeProperties[] = [alertLocator];

export const description = showFor('alert', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const alert = (await jsmApiRequest.call(this, { api: 'operations', method: 'GET', path: alertPath(this, itemIndex), itemIndex })) as IDataObject;
	return this.helpers.returnJsonArray(alert);
}
