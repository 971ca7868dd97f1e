import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get Info',
	value: 'getInfo',
	description: 'Get the Jira Service Management version and licence state of the site',
	action: 'Get site info',
};

export const kind: OperationKind = 'Execute';

export const api = ['GET /rest/servicedeskapi/info'];

const properties: INodeProperties[] = [];

export const description = showFor('site', 'getInfo')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const info = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: '/rest/servicedeskapi/info',
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray(info);
}
