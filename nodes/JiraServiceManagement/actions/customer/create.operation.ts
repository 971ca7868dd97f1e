import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';
import { customerBody, customerProperties } from './customerFields';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description: 'Create a portal-only customer account from an email address',
	action: 'Create a customer',
};

export const kind: OperationKind = 'Create';

export const api = ['POST /rest/servicedeskapi/customer'];

export const description = showFor('customer', 'create')(customerProperties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const body = customerBody(this, itemIndex);
	const customer = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: '/rest/servicedeskapi/customer',
		body,
		itemIndex,
		subject: `customer ${String(body.email)}`,
	})) as IDataObject;
	return this.helpers.returnJsonArray(customer);
}
