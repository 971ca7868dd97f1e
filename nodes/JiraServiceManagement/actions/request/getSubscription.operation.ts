import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get Subscription',
	value: 'getSubscription',
	description: 'Whether the account gets notifications about a request',
	action: 'Get subscription to a request',
};

export const kind: OperationKind = 'Execute';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}/notification'];

export const description = showFor('request', 'getSubscription')([requestLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const status = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/request/${key}/notification`,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ requestKey: key, subscribed: status.subscribed === true });
}
