import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { feedbackOutput } from './feedback';

export const option: OperationOption = {
	name: 'Get Feedback',
	value: 'getFeedback',
	description: 'Get the satisfaction rating and comment the customer gave (experimental API)',
	action: 'Get feedback of a request',
};

export const kind: OperationKind = 'Execute';

export const api = ['GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback'];

export const description = showFor('request', 'getFeedback')([requestLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const feedback = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/request/${key}/feedback`,
		experimental: true,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray(feedbackOutput(key, feedback));
}
