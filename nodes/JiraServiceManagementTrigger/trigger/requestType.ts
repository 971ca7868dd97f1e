import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { jsmApiRequest, segment } from '../../shared/transport';
import { requestTypeOf, type TriggerFilters } from '../../shared/trigger/filters';

/**
 * Whether the request type filter needs a read of the request: Jira Cloud sends comment events with a
 * trimmed issue (summary, type, project, status, assignee, priority: no custom fields), so the Customer
 * Request Type is not in them (mattermost/mattermost-plugin-jira PR #953).
 */
function needsLookup(payload: IDataObject, filters: TriggerFilters): boolean {
	const issue = payload.issue as IDataObject | undefined;
	return filters.requestTypeIds.length > 0 && issue?.key !== undefined && requestTypeOf(issue) === undefined;
}

/**
 * The request type of the delivery's request: from the payload when it carries it, otherwise (only when
 * the filter needs it) from one read of the request. Undefined when neither knows (e.g. not a JSM request).
 */
export async function requestTypeOfDelivery(
	this: IWebhookFunctions,
	payload: IDataObject,
	filters: TriggerFilters,
): Promise<IDataObject | undefined> {
	const issue = payload.issue as IDataObject | undefined;
	if (!needsLookup(payload, filters)) return requestTypeOf(issue);
	const request = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/request/${segment(issue?.key)}`,
		qs: { expand: 'requestType' },
		// A request deleted since, or an issue that is no request: nothing to match the filter.
		acceptNotFound: true,
	})) as IDataObject | undefined;
	const requestType = request?.requestType as IDataObject | undefined;
	if (requestType && requestType.id !== undefined) return { id: String(requestType.id), name: requestType.name };
	return request?.requestTypeId !== undefined ? { id: String(request.requestTypeId) } : undefined;
}
