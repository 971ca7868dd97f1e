import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Unsubscribe',
	value: 'unsubscribe',
	description: 'Turn off notifications about a request for the account',
	action: 'Unsubscribe from a request',
};

export const kind: OperationKind = 'Execute';

export const api = ['DELETE /rest/servicedeskapi/request/{issueIdOrKey}/notification'];

export const description = showFor('request', 'unsubscribe')([requestLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	await jsmApiRequest.call(this, { method: 'DELETE', path: `/rest/servicedeskapi/request/${key}/notification`, itemIndex });
	return this.helpers.returnJsonArray({ requestKey: key, subscribed: false });
}
