import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { booleanParameter } from '../../helpers/parameters';
import { jsmApiRequest, segment } from '../../../shared/transport';

export const waitOption: INodeProperties = {
	displayName: 'Wait for Result',
	name: 'waitForResult',
	type: 'boolean',
	default: true,
	description:
		'Whether to wait (up to about 10 seconds) until JSM Operations has processed the request and return its outcome. JSM Operations processes alert requests asynchronously: without waiting, the output only holds the request ID.',
};

/** The API operation `requestOutcome` calls, for the `api` list of every operation that waits for a result. */
export const REQUEST_STATUS_API = 'GET /jsm/ops/api/{cloudId}/v1/alerts/requests/{id}';

/** Pauses between looks at the request status: about 10 seconds in all, short at first (most finish in well under a second). */
const POLL_PAUSES_MS = [200, 300, 500, 500, 1000, 1000, 1500, 2000, 3000];

export interface Accepted {
	requestId: string;
	result?: string;
}

/** The answer JSM Operations gives an alert request: `{ result, requestId }`; anything else is refused. */
export function acceptedOf(context: IExecuteFunctions, itemIndex: number, answer: unknown): Accepted {
	const requestId = (answer as IDataObject | undefined)?.requestId;
	if (typeof requestId === 'string' && requestId) return { requestId, result: String((answer as IDataObject).result ?? '') };
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: JSM Operations accepted the request but sent no request ID`, { itemIndex });
}

/**
 * Alert creation and actions are processed asynchronously: the API answers with a request ID and
 * `GET /v1/alerts/requests/{id}` tells the outcome once processed (404 until then). "Get request status" in
 * the Operations OpenAPI file; docs.opsgenie.com/docs/alert-api ("Get Request Status"). A request JSM
 * processed but refused (isSuccess false, e.g. "Alert does not exist") becomes this item's error.
 */
export async function requestOutcome(
	context: IExecuteFunctions,
	itemIndex: number,
	accepted: Accepted,
	what: string,
): Promise<IDataObject> {
	if (!booleanParameter(context, itemIndex, 'waitForResult', 'Wait for Result')) {
		return { requestId: accepted.requestId, result: accepted.result, processed: false };
	}
	for (const pause of POLL_PAUSES_MS) {
		await sleep(pause);
		const status = (await jsmApiRequest.call(context, {
			api: 'operations',
			method: 'GET',
			path: `/v1/alerts/requests/${segment(accepted.requestId)}`,
			acceptNotFound: true,
			itemIndex,
		})) as IDataObject | undefined;
		if (status === undefined) continue;
		if (typeof status !== 'object' || typeof status.isSuccess !== 'boolean') {
			throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: JSM Operations answered the request status in an unexpected form`, {
				itemIndex,
			});
		}
		if (!status.isSuccess) {
			throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: JSM Operations could not ${what}: ${String(status.status)}`, {
				itemIndex,
				description: `Request ${accepted.requestId} was processed and refused`,
			});
		}
		return { requestId: accepted.requestId, processed: true, ...status };
	}
	return {
		requestId: accepted.requestId,
		result: accepted.result,
		processed: false,
		note: 'Not processed within 10 seconds; JSM Operations will still process it',
	};
}
