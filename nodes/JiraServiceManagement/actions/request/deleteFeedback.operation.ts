import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Delete Feedback',
	value: 'deleteFeedback',
	description: 'Remove the satisfaction feedback of a request (reporter only; experimental API)',
	action: 'Delete feedback of a request',
};

export const kind: OperationKind = 'Execute';

export const api = ['DELETE /rest/servicedeskapi/request/{requestIdOrKey}/feedback'];

export const description = showFor('request', 'deleteFeedback')([requestLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	await jsmApiRequest.call(this, {
		method: 'DELETE',
		path: `/rest/servicedeskapi/request/${key}/feedback`,
		experimental: true,
		itemIndex,
	});
	return this.helpers.returnJsonArray({ requestKey: key, deleted: true });
}
