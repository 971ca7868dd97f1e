import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { catalogueCall, readIds } from '../../helpers/callOperation';
import type { OperationModule, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';
import { ALERT_ID } from './alertId';
import { acceptedOf, REQUEST_STATUS_API, requestOutcome, waitOption } from './requestOutcome';

/** The asynchronous alert actions: `POST /v1/alerts/{id}/<verb>`, answered with a request ID. */
type AlertVerb = 'acknowledge' | 'unacknowledge' | 'snooze' | 'close' | 'assign' | 'escalate';

interface AlertActionSpec {
	/** Its dropdown entry; the value is the verb, which names the API operation and the parameters' `showFor`. */
	option: OperationOption & { value: AlertVerb };
	/** Fields shown between the alert and Wait for Result, and the body they give the action. */
	input?: {
		properties: INodeProperties[];
		body(context: IExecuteFunctions, itemIndex: number): IDataObject;
	};
}

/**
 * One of the alert actions: the alert, its own fields, Wait for Result; it sends the action and reports the outcome
 * of the request (see `requestOutcome`).
 */
export function alertActionOperation(spec: AlertActionSpec): OperationModule {
	const verb = spec.option.value;
	const action = `POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/${verb}`;
	const call = catalogueCall(action, [ALERT_ID]);
	return {
		option: spec.option,
		kind: 'Execute',
		api: [action, REQUEST_STATUS_API],
		description: showFor('alert', verb)([ALERT_ID.property, ...(spec.input?.properties ?? []), waitOption]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			// The action's own fields are read before the alert's ID, so a bad field is the error an item reports first.
			const body = spec.input?.body(this, itemIndex);
			const path = call.path(readIds([ALERT_ID], this, itemIndex));
			const answer = await jsmApiRequest.call(this, {
				api: call.api,
				method: call.method,
				path,
				body,
				itemIndex,
				subject: `the ${verb} request for an alert`,
			});
			const outcome = await requestOutcome(this, itemIndex, acceptedOf(this, itemIndex, answer), `${verb} the alert`);
			return this.helpers.returnJsonArray(outcome);
		},
	};
}
