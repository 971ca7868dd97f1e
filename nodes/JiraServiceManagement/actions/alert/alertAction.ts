import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { jsmApiRequest } from '../../../shared/transport';
import { alertPath } from './alertId';
import { acceptedOf, requestOutcome } from './requestOutcome';

/** Sends one of the asynchronous alert actions (acknowledge, unacknowledge, snooze, close, assign, escalate) and reports its outcome. */
export async function alertAction(
	context: IExecuteFunctions,
	itemIndex: number,
	action: 'acknowledge' | 'unacknowledge' | 'snooze' | 'close' | 'assign' | 'escalate',
	body?: IDataObject,
): Promise<INodeExecutionData[]> {
	const path = `${alertPath(context, itemIndex)}/${action}`;
	const answer = await jsmApiRequest.call(context, { api: 'operations', method: 'POST', path, body, itemIndex, subject: `the ${action} request for an alert` });
	const outcome = await requestOutcome(context, itemIndex, acceptedOf(context, itemIndex, answer), `${action} the alert`);
	return context.helpers.returnJsonArray(outcome);
}
