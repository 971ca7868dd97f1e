import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { adfToWiki, isAdfDocument } from '../helpers/wiki';
import type { JsmContext } from './context';
import type { JsmRequest } from './request';

/**
 * Cloud endpoints Jira Data Center does not have, each with what to say instead of sending it. Checked against
 * Atlassian's official Jira DC 10.3 OpenAPI file (no search/jql, issue/bulkfetch, users/search, group/bulk, user/groups,
 * issue changelog, auditing/record or webhook paths) and the DC JSM REST reference
 * (https://docs.atlassian.com/jira-servicedesk/REST/: no Assets workspace or portal-only access resources).
 */
const CLOUD_ONLY: Array<[RegExp, string]> = [
	[/^\/rest\/servicedeskapi\/(assets|insight)\/workspace/, 'Assets workspaces are a Jira Cloud API; Data Center serves Assets through its own REST API (/rest/assets/1.0)'],
	[/^\/rest\/servicedeskapi\/customer\/user\/[^/]+\/revoke-portal-only-access/, 'revoking portal-only access is a Jira Cloud API'],
	// JSM DC's Request Type Permissions group has only GET / PUT .../requesttype/{requestTypeId}/permission, the allowlist
	// of who may raise a request type (https://developer.atlassian.com/server/jira-servicedesk/rest/v1005/api-group-request-type-permissions/;
	// jira.js serviceDeskServer/api/requestTypePermissions.ts, generated from the JSM DC 11.3 file): no check, no accountId.
	[
		/^\/rest\/servicedeskapi\/servicedesk\/[^/]+\/requesttype\/permissions\/check$/,
		"Jira Service Management Data Center has no request type permission check (Check Permissions and its Account ID are Jira Cloud's). Data Center lists who may raise a request type at GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/permission (not an operation of this node); the connected account's project permissions come from Site → Check My Permissions",
	],
	[/^\/rest\/api\/3\/webhook/, 'dynamic webhooks belong to Jira Cloud OAuth 2.0 apps'],
	[/^\/rest\/api\/3\/(search\/jql|issue\/bulkfetch)/, 'Data Center searches with POST /rest/api/2/search'],
	[/^\/rest\/api\/3\/users\/search/, 'Data Center lists all users with GET /rest/api/2/user/list (Jira 10.3 on), which User → Query and the user list read'],
	[/^\/rest\/api\/3\/group\/bulk/, 'Jira Data Center 10.3 has no group list with paging (only the group picker)'],
	[/^\/rest\/api\/3\/user\/groups/, "Jira Data Center 10.3's REST API has no user groups resource"],
	[/^\/rest\/api\/3\/issue\/[^/]+\/changelog/, "Jira Data Center 10.3's REST API has no issue changelog resource (read an issue with expand=changelog)"],
	[/^\/rest\/api\/3\/auditing\/record/, 'Jira Data Center keeps its audit log in another API (/rest/auditing/1.0/events)'],
];

/**
 * Query filters Data Center has no counterpart for, and that narrow the answer: sending them anyway would silently
 * answer everything (Jira ignores unknown query parameters). JSM DC's organization lists take only `start` and `limit`
 * (https://developer.atlassian.com/server/jira-servicedesk/rest/v1003/api-group-organization/, "Get organizations";
 * the Organization Service Desk group likewise), so Cloud's member filter `accountId` has no DC form.
 */
const UNFILTERABLE_QUERY: Array<[RegExp, string, string]> = [
	[/^\/rest\/servicedeskapi\/(servicedesk\/[^/]+\/)?organization$/, 'accountId', "Jira Service Management Data Center's organization list has no member filter (it takes only start and limit); remove the Member Account ID filter"],
];

const isObject = (value: unknown): value is IDataObject => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** JSM DC's people lists are `usernames` where Cloud's are `accountIds` (RequestParticipantUpdateDTO, ServiceDeskCustomerDTO, UsersOrganizationUpdateDTO). */
const PEOPLE_LISTS = /^\/rest\/servicedeskapi\/(request\/[^/]+\/participant|servicedesk\/[^/]+\/customer|organization\/[^/]+\/user)$/;

/**
 * A Cloud request body in Data Center's terms: every ADF document as wiki markup (DC's /rest/api/2 takes text), and
 * every user given as `{ accountId }` (assignee, reporter, user fields) as `{ name }`, the username DC takes
 * (https://developer.atlassian.com/server/jira/platform/jira-rest-api-examples/).
 */
function dataCenterBody(value: unknown): unknown {
	if (isAdfDocument(value)) return adfToWiki(value);
	if (Array.isArray(value)) return value.map(dataCenterBody);
	if (!value || typeof value !== 'object') return value;
	const entries = Object.entries(value as IDataObject);
	if (entries.length === 1 && entries[0][0] === 'accountId') return { name: entries[0][1] };
	return Object.fromEntries(entries.map(([key, item]) => [key, dataCenterBody(item)]));
}

/**
 * Query parameters DC's /rest/api/2 does not take. mypermissions has no `permissions` filter in the DC 10.3 file: it
 * answers every permission, and callers read the ones they asked for.
 */
const CLOUD_ONLY_QUERY: Record<string, string[]> = { '/rest/api/3/mypermissions': ['permissions'] };

/** Query parameters DC names otherwise: people by `username` (user, group/user), user search text as `username`. */
const DATA_CENTER_QUERY_NAMES: Record<string, Record<string, string>> = {
	'/rest/api/3/user': { accountId: 'username' },
	'/rest/api/3/user/search': { query: 'username' },
	'/rest/api/3/group/user': { accountId: 'username' },
};

/** DC's /rest/api/2 takes lists in the query as one comma-separated value (`fields=summary,status`: DC 10.3 file). */
function dataCenterQuery(path: string, qs: IDataObject | undefined): IDataObject | undefined {
	if (!qs) return qs;
	const dropped = CLOUD_ONLY_QUERY[path] ?? [];
	const names = DATA_CENTER_QUERY_NAMES[path] ?? {};
	return Object.fromEntries(
		Object.entries(qs)
			.filter(([name]) => !dropped.includes(name))
			.map(([name, value]) => [names[name] ?? name, Array.isArray(value) ? value.join(',') : value]),
	);
}

/**
 * The Data Center form of a request the operations write in Cloud's terms: `/rest/api/3` → `/rest/api/2` with wiki
 * markup instead of ADF, usernames instead of account ids (in bodies and queries) and comma-separated query lists, `accountIds` → `usernames` for JSM's people lists. Refuses, before any request, what
 * Data Center does not have.
 */
export function dataCenterRequest(context: JsmContext, request: JsmRequest): JsmRequest {
	const lacking = CLOUD_ONLY.find(([pattern]) => pattern.test(request.path));
	if (lacking) {
		throw new NodeOperationError(context.getNode(), `Not available on Jira Data Center: ${lacking[1]}`, {
			itemIndex: request.itemIndex,
			description: `${request.method} ${request.path.split('?')[0]} exists on Jira Cloud only. See the README's Data Center section for what works there.`,
		});
	}
	const unfilterable = UNFILTERABLE_QUERY.find(([pattern, name]) => pattern.test(request.path) && request.qs?.[name] !== undefined);
	if (unfilterable) {
		throw new NodeOperationError(context.getNode(), `Not available on Jira Data Center: ${unfilterable[2]}`, { itemIndex: request.itemIndex });
	}
	if (/^\/rest\/api\/3\/group\//.test(request.path) && request.qs?.groupId !== undefined) {
		throw new NodeOperationError(context.getNode(), 'Jira Data Center names groups by name, not by group ID: choose the group By Name', {
			itemIndex: request.itemIndex,
		});
	}
	if (request.path.startsWith('/rest/api/3/')) {
		return {
			...request,
			path: `/rest/api/2/${request.path.slice('/rest/api/3/'.length)}`,
			qs: dataCenterQuery(request.path, request.qs),
			body: dataCenterBody(request.body),
		};
	}
	// Request → Create's user fields ({ accountId } from the field mapper) are { name } on DC too: JSM DC reads
	// requestFieldValues in Jira's field input formats (user picker: {"name": "harry"}, jira-rest-api-examples above).
	if (request.path === '/rest/servicedeskapi/request' && isObject(request.body) && isObject(request.body.requestFieldValues)) {
		return { ...request, body: { ...request.body, requestFieldValues: dataCenterBody(request.body.requestFieldValues) } };
	}
	if (PEOPLE_LISTS.test(request.path) && request.body && typeof request.body === 'object') {
		const { accountIds, ...rest } = request.body as IDataObject;
		if (accountIds !== undefined) return { ...request, body: { ...rest, usernames: accountIds } };
	}
	return request;
}
