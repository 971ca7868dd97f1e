import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Subscribe',
	value: 'subscribe',
	description: 'Turn on notifications about a request for the account',
	action: 'Subscribe to a request',
};

export const kind: OperationKind = 'Execute';

export const api = ['PUT /rest/servicedeskapi/request/{issueIdOrKey}/notification'];

export const description = showFor('request', 'subscribe')([requestLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	await jsmApiRequest.call(this, { method: 'PUT', path: `/rest/servicedeskapi/request/${key}/notification`, itemIndex });
	return this.helpers.returnJsonArray({ requestKey: key, subscribed: true });
}
