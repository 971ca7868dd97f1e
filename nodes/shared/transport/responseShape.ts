import { NodeOperationError } from 'n8n-workflow';

import type { JsmContext } from './context';
import { forOperation } from './operationLabel';

/** The JSON an endpoint answers with: an object, a list, or a text (a JSON string). */
export type Shape = 'object' | 'list' | 'text';

/**
 * The top-level shape of each answer the nodes read, as the 2xx `application/json` schemas of Atlassian's
 * OpenAPI files give it (checked against them by test/unit/response-shapes.test.ts). Endpoints that answer
 * 204 or an untyped body are not listed, and neither are paths outside those files: their answers go unchecked.
 */
export const RESPONSE_SHAPES: Readonly<Record<string, Shape>> = {
	'DELETE /rest/servicedeskapi/request/{issueIdOrKey}/participant': 'object',
	'GET /jsm/assets/workspace/{workspaceId}/v1/object/{id}': 'object',
	'GET /jsm/assets/workspace/{workspaceId}/v1/object/{id}/history': 'list',
	'GET /jsm/assets/workspace/{workspaceId}/v1/objectconnectedtickets/{objectId}/tickets': 'object',
	'GET /jsm/assets/workspace/{workspaceId}/v1/objectschema/list': 'object',
	'GET /jsm/assets/workspace/{workspaceId}/v1/objectschema/{id}': 'object',
	'GET /jsm/assets/workspace/{workspaceId}/v1/objectschema/{id}/objecttypes/flat': 'list',
	'GET /jsm/assets/workspace/{workspaceId}/v1/objecttype/{id}/attributes': 'list',
	'GET /jsm/ops/api/{cloudId}/v1/alerts': 'object',
	'GET /jsm/ops/api/{cloudId}/v1/alerts/requests/{id}': 'object',
	'GET /jsm/ops/api/{cloudId}/v1/alerts/{id}': 'object',
	'GET /jsm/ops/api/{cloudId}/v1/schedules': 'object',
	'GET /jsm/ops/api/{cloudId}/v1/schedules/{scheduleId}/on-calls': 'object',
	'GET /jsm/ops/api/{cloudId}/v1/teams': 'object',
	'GET /jsm/ops/api/{cloudId}/v1/teams/{teamId}/heartbeats/ping': 'object',
	'GET /rest/api/3/applicationrole': 'list',
	'GET /rest/api/3/applicationrole/{key}': 'object',
	'GET /rest/api/3/attachment/{id}': 'object',
	'GET /rest/api/3/auditing/record': 'object',
	'GET /rest/api/3/field': 'list',
	'GET /rest/api/3/group/bulk': 'object',
	'GET /rest/api/3/group/member': 'object',
	'GET /rest/api/3/groups/picker': 'object',
	'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes': 'object',
	'GET /rest/api/3/issue/{issueIdOrKey}': 'object',
	'GET /rest/api/3/issue/{issueIdOrKey}/changelog': 'object',
	'GET /rest/api/3/issue/{issueIdOrKey}/comment': 'object',
	'GET /rest/api/3/issue/{issueIdOrKey}/transitions': 'object',
	'GET /rest/api/3/issue/{issueIdOrKey}/watchers': 'object',
	'GET /rest/api/3/mypermissions': 'object',
	'GET /rest/api/3/myself': 'object',
	'GET /rest/api/3/serverInfo': 'object',
	'GET /rest/api/3/user': 'object',
	'GET /rest/api/3/user/groups': 'list',
	'GET /rest/api/3/user/search': 'list',
	'GET /rest/api/3/users/search': 'list',
	'GET /rest/api/3/webhook': 'object',
	'GET /rest/servicedeskapi/assets/workspace': 'object',
	'GET /rest/servicedeskapi/info': 'object',
	'GET /rest/servicedeskapi/insight/workspace': 'object',
	'GET /rest/servicedeskapi/knowledgebase/article': 'object',
	'GET /rest/servicedeskapi/knowledgebase/article/view/{pageId}': 'text',
	'GET /rest/servicedeskapi/organization': 'object',
	'GET /rest/servicedeskapi/organization/{organizationId}': 'object',
	'GET /rest/servicedeskapi/organization/{organizationId}/property': 'object',
	'GET /rest/servicedeskapi/organization/{organizationId}/property/{propertyKey}': 'object',
	'GET /rest/servicedeskapi/organization/{organizationId}/user': 'object',
	'GET /rest/servicedeskapi/request': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/approval': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/attachment': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}/attachment': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/notification': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/participant': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/sla': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/sla/{slaMetricId}': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/status': 'object',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/transition': 'object',
	'GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback': 'object',
	'GET /rest/servicedeskapi/requesttype': 'object',
	'GET /rest/servicedeskapi/servicedesk': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/knowledgebase/article': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue/{queueId}': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue/{queueId}/issue': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/property': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/property/{propertyKey}': 'object',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttypegroup': 'object',
	'POST /jsm/assets/workspace/{workspaceId}/v1/object/aql': 'object',
	'POST /jsm/assets/workspace/{workspaceId}/v1/object/create': 'object',
	'POST /jsm/ops/api/{cloudId}/v1/alerts': 'object',
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/acknowledge': 'object',
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/assign': 'object',
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/close': 'object',
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/escalate': 'object',
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/notes': 'object',
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/snooze': 'object',
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/unacknowledge': 'object',
	'POST /rest/api/3/group/user': 'object',
	'POST /rest/api/3/issue/bulkfetch': 'object',
	'POST /rest/api/3/search/jql': 'object',
	'POST /rest/api/3/webhook': 'object',
	'POST /rest/servicedeskapi/customer': 'object',
	'POST /rest/servicedeskapi/organization': 'object',
	'POST /rest/servicedeskapi/request': 'object',
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}': 'object',
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/attachment': 'object',
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/comment': 'object',
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/participant': 'object',
	'POST /rest/servicedeskapi/request/{requestIdOrKey}/feedback': 'object',
	'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype': 'object',
	'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/permissions/check': 'object',
	'PUT /jsm/assets/workspace/{workspaceId}/v1/object/{id}': 'object',
	'PUT /rest/api/3/issue/{issueIdOrKey}/comment/{id}': 'object',
	'PUT /rest/api/3/webhook/refresh': 'object',
	// The Forms API (documented-API model, scripts/models/forms-cloud.json).
	'GET /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form': 'list',
	'GET /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}': 'object',
	'GET /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/format/answers': 'list',
	'GET /jira/forms/cloud/{cloudId}/project/{projectIdOrKey}/form': 'list',
	'POST /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form': 'object',
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}': 'object',
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/external': 'object',
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/internal': 'object',
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/reopen': 'object',
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/submit': 'object',
};

interface Matcher {
	method: string;
	pattern: RegExp;
	/** Literal segments first, so `/requesttype/permissions/check` wins over `/requesttype/{requestTypeId}/field`. */
	specificity: string;
	shape: Shape;
}

let matchers: Matcher[] | undefined;

function compiled(): Matcher[] {
	matchers ??= Object.entries(RESPONSE_SHAPES)
		.map(([key, shape]) => {
			const [method, template] = key.split(' ');
			const segments = template.split('/');
			const pattern = segments.map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')));
			return {
				method,
				pattern: new RegExp(`^${pattern.join('/')}$`),
				specificity: segments.map((part) => (part.startsWith('{') ? '1' : '0')).join(''),
				shape,
			};
		})
		.sort((a, b) => a.specificity.localeCompare(b.specificity));
	return matchers;
}

/** The documented shape of the answer to `method path` (a filled-in path), if the endpoint is one we know. */
export function expectedShape(method: string, path: string): Shape | undefined {
	return compiled().find((matcher) => matcher.method === method && matcher.pattern.test(path))?.shape;
}

/** Words for what came, for error messages. */
export function describeShape(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined || value === '') return 'an empty answer';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return 'a text';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

const SHAPE_WORDS: Record<Shape, string> = { object: 'an object', list: 'a list', text: 'a text' };

export function hasShape(value: unknown, shape: Shape): boolean {
	if (shape === 'list') return Array.isArray(value);
	if (shape === 'text') return typeof value === 'string';
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The error for an answer that is not what Atlassian documents: named after the operation, never a TypeError later on. */
export function unexpectedShape(
	context: JsmContext,
	request: { method: string; path: string; itemIndex?: number },
	what: string,
): NodeOperationError {
	return new NodeOperationError(
		context.getNode(),
		forOperation(context, `Jira answered ${request.method} ${request.path} with ${what}`),
		{
			description:
				"The answer does not have the shape Atlassian's API description gives this endpoint, so it was not used. A proxy or login page in front of Jira, or a change on Atlassian's side, can cause this.",
			itemIndex: request.itemIndex,
		},
	);
}

/** Refuses an answer whose top-level shape is not the documented one. */
export function checkShape(
	context: JsmContext,
	request: { method: string; path: string; itemIndex?: number },
	answer: unknown,
	documentedPath = request.path,
): void {
	const shape = expectedShape(request.method, documentedPath);
	// Writes often answer 204 with no body even where a body is documented; a read must bring one.
	const empty = answer === undefined || answer === '';
	if (shape && !hasShape(answer, shape) && !(empty && request.method !== 'GET')) {
		throw unexpectedShape(context, request, `${describeShape(answer)} where ${SHAPE_WORDS[shape]} was expected`);
	}
}

/** The list a page carries under `key` (or the page itself when it is the list); anything else is refused. */
export function pageItems(
	context: JsmContext,
	request: { method: string; path: string; itemIndex?: number },
	page: unknown,
	key: string | undefined,
): unknown[] {
	const list = key === undefined ? page : (page as Record<string, unknown> | null | undefined)?.[key];
	if (Array.isArray(list)) return list;
	const what = key === undefined ? `${describeShape(page)} where a list was expected` : `a page without a list in "${key}" (${describeShape(page)})`;
	throw unexpectedShape(context, request, what);
}
