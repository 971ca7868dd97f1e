import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { jqlString } from '../../shared/helpers/jql';
import { ISSUE_KEY, whole } from '../helpers/patterns';
import { dataCenterUserPage, deploymentOf, JSM_PAGE_SIZE, jsmApiRequest, siteAddressFor } from '../../shared/transport';

interface Page {
	values?: IDataObject[];
	isLastPage?: boolean;
	start?: number;
	size?: number;
}

/** One page of a JSM list (`start` / `limit`, then `extra`), the search's pagination token being the page's start. */
async function jsmListPage(context: ILoadOptionsFunctions, path: string, paginationToken?: string, extra: IDataObject = {}): Promise<Page> {
	return (await jsmApiRequest.call(context, {
		method: 'GET',
		path,
		qs: { start: Number(paginationToken ?? 0), limit: JSM_PAGE_SIZE, ...extra },
	})) as Page;
}

function nextToken(page: Page): string | undefined {
	if (page.isLastPage !== false) return undefined;
	return String(Number(page.start ?? 0) + Number(page.size ?? page.values?.length ?? 0));
}

function matches(filter: string | undefined, ...texts: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return texts.some((text) => String(text ?? '').toLowerCase().includes(needle));
}

/** A page of the site, or no link when the site's address is unknown. */
function linkOn(site: string | undefined, path: string): string | undefined {
	return site ? `${site}${path}` : undefined;
}

/** The chosen service desk id, wherever the user picked it (list, id or portal URL). */
function serviceDeskIdOf(context: ILoadOptionsFunctions): string {
	const value = String(context.getCurrentNodeParameter('serviceDesk', { extractValue: true }) ?? '');
	return /^[0-9]+$/.test(value) ? value : '';
}

/** A page of one of the chosen service desk's lists (`requesttype`, `queue`); none until a service desk is chosen. */
async function serviceDeskListPage(
	context: ILoadOptionsFunctions,
	list: string,
	paginationToken?: string,
	extra: IDataObject = {},
): Promise<Page | undefined> {
	const serviceDeskId = serviceDeskIdOf(context);
	if (!serviceDeskId) return undefined;
	return await jsmListPage(context, `/rest/servicedeskapi/servicedesk/${serviceDeskId}/${list}`, paginationToken, extra);
}

/** A page's entries that match the filter by name or id (for lists the API cannot search), picked by id. */
function byNameOrId(page: Page, filter?: string) {
	return (page.values ?? [])
		.filter((entry) => matches(filter, entry.name, entry.id))
		.map((entry) => ({ name: String(entry.name), value: String(entry.id) }));
}

export async function searchServiceDesks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await jsmListPage(this, '/rest/servicedeskapi/servicedesk', paginationToken);
	const site = await siteAddressFor(this);
	const results = (page.values ?? [])
		.filter((desk) => matches(filter, desk.projectName, desk.projectKey, desk.id))
		.map((desk) => ({
			name: `${String(desk.projectName)} (${String(desk.projectKey)})`,
			value: String(desk.id),
			url: linkOn(site, `/servicedesk/customer/portal/${String(desk.id)}`),
		}));
	return { results, paginationToken: nextToken(page) };
}

export async function searchRequestTypes(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await serviceDeskListPage(this, 'requesttype', paginationToken, filter ? { searchQuery: filter } : {});
	if (!page) return { results: [] };
	const results = (page.values ?? []).map((type) => ({ name: String(type.name), value: String(type.id) }));
	return { results, paginationToken: nextToken(page) };
}

export async function searchRequests(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = {
		start: Number(paginationToken ?? 0),
		limit: JSM_PAGE_SIZE,
		requestOwnership: ['ALL_REQUESTS'],
	};
	if (filter) qs.searchTerm = filter;
	const page = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/servicedeskapi/request', qs })) as Page;
	const site = await siteAddressFor(this);
	const results = (page.values ?? []).map((request) => {
		const fields = (request.requestFieldValues ?? []) as IDataObject[];
		const summary = fields.find((field) => field.fieldId === 'summary')?.value;
		return {
			name: `${String(request.issueKey)}: ${String(summary ?? '')}`,
			value: String(request.issueKey),
			url: linkOn(site, `/browse/${String(request.issueKey)}`),
		};
	});
	return { results, paginationToken: nextToken(page) };
}

export async function searchIssues(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	let where = 'project IS NOT EMPTY';
	if (whole(ISSUE_KEY).test(text)) where = `key = ${jqlString(text.toUpperCase())}`;
	else if (text) where = `text ~ ${jqlString(text)}`;
	const body: IDataObject = { jql: `${where} ORDER BY updated DESC`, fields: ['summary'], maxResults: JSM_PAGE_SIZE };
	if (paginationToken) body.nextPageToken = paginationToken;
	const page = (await jsmApiRequest.call(this, { method: 'POST', path: '/rest/api/3/search/jql', body })) as IDataObject;
	const site = await siteAddressFor(this);
	const results = ((page.issues ?? []) as IDataObject[]).map((issue) => ({
		name: `${String(issue.key)}: ${String((issue.fields as IDataObject | undefined)?.summary ?? '')}`,
		value: String(issue.key),
		url: linkOn(site, `/browse/${String(issue.key)}`),
	}));
	return { results, paginationToken: (page.nextPageToken as string | undefined) ?? undefined };
}

const userResult = (user: IDataObject) => ({
	name: user.emailAddress ? `${String(user.displayName)} (${String(user.emailAddress)})` : String(user.displayName),
	// Data Center users have a username (name) and no account ID.
	value: String(user.accountId ?? user.name),
});

export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	if (!filter && (await deploymentOf(this)) === 'datacenter') {
		// Data Center's user search needs a text; its user list pages by cursor instead.
		const page = await dataCenterUserPage.call(this, paginationToken, JSM_PAGE_SIZE);
		return { results: page.users.map(userResult), paginationToken: page.nextCursor };
	}
	const startAt = Number(paginationToken ?? 0);
	const qs: IDataObject = { startAt, maxResults: JSM_PAGE_SIZE };
	if (filter) qs.query = filter;
	const users = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: filter ? '/rest/api/3/user/search' : '/rest/api/3/users/search',
		qs,
	})) as IDataObject[];
	const results = (Array.isArray(users) ? users : []).map(userResult);
	return { results, paginationToken: results.length === JSM_PAGE_SIZE ? String(startAt + results.length) : undefined };
}

export async function searchGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const page = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: '/rest/api/3/groups/picker',
		qs: { query: filter ?? '', maxResults: 100 },
	})) as IDataObject;
	const results = ((page.groups ?? []) as IDataObject[]).map((group) => ({
		name: String(group.name),
		// Data Center groups have a name and no ID; the group readers send a Data Center pick by name.
		value: String(group.groupId ?? group.name),
	}));
	return { results };
}

export async function searchApplicationRoles(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const roles = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/api/3/applicationrole' })) as IDataObject[];
	const results = (Array.isArray(roles) ? roles : [])
		.filter((role) => matches(filter, role.name, role.key))
		.map((role) => ({ name: String(role.name), value: String(role.key) }));
	return { results };
}

export async function searchOrganizations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await jsmListPage(this, '/rest/servicedeskapi/organization', paginationToken);
	// The API has no name search, so each page is filtered here.
	return { results: byNameOrId(page, filter), paginationToken: nextToken(page) };
}

export async function searchQueues(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await serviceDeskListPage(this, 'queue', paginationToken);
	if (!page) return { results: [] };
	// Queues have no name search either.
	return { results: byNameOrId(page, filter), paginationToken: nextToken(page) };
}
export * from './assetsListSearch';
export { searchAlerts, searchSchedules, searchTeams } from './operationsSearch';
export { searchFormTemplates } from './formsSearch';
