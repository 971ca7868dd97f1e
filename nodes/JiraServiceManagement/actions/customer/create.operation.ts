import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationKind } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';
import { customerBody, customerProperties } from './customerFields';

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
