import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { customerBody, customerProperties } from './customerFields';

export const option: OperationOption = {
	name: 'Invite',
	value: 'invite',
	description: 'Email an invitation to a service desk portal, creating the customer account if needed',
	action: 'Invite a customer to a service desk',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer/invite'];

const properties: INodeProperties[] = [serviceDeskLocator, ...customerProperties];

export const description = showFor('customer', 'invite')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const body = customerBody(this, itemIndex);
	const customer = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/customer/invite`,
		body,
		experimental: true,
		itemIndex,
		subject: `an invitation to ${String(body.email)}`,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ serviceDeskId, ...customer });
}
