import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { connectionFor, JSM_PAGE_SIZE, jsmApiRequest } from '../transport';

interface Page {
	values?: IDataObject[];
	isLastPage?: boolean;
	start?: number;
	size?: number;
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

/** The chosen service desk id, wherever the user picked it (list, id or portal URL). */
function serviceDeskIdOf(context: ILoadOptionsFunctions): string {
	const value = String(context.getCurrentNodeParameter('serviceDesk', { extractValue: true }) ?? '');
	return /^[0-9]+$/.test(value) ? value : '';
}

export async function searchServiceDesks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { baseUrl } = await connectionFor(this);
	const page = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: '/rest/servicedeskapi/servicedesk',
		qs: { start: Number(paginationToken ?? 0), limit: JSM_PAGE_SIZE },
	})) as Page;
	const results = (page.values ?? [])
		.filter((desk) => matches(filter, desk.projectName, desk.projectKey, desk.id))
		.map((desk) => ({
			name: `${String(desk.projectName)} (${String(desk.projectKey)})`,
			value: String(desk.id),
			url: `${baseUrl}/servicedesk/customer/portal/${String(desk.id)}`,
		}));
	return { results, paginationToken: nextToken(page) };
}

export async function searchRequestTypes(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const serviceDeskId = serviceDeskIdOf(this);
	if (!serviceDeskId) return { results: [] };
	const qs: IDataObject = { start: Number(paginationToken ?? 0), limit: JSM_PAGE_SIZE };
	if (filter) qs.searchQuery = filter;
	const page = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype`,
		qs,
	})) as Page;
	const results = (page.values ?? []).map((type) => ({ name: String(type.name), value: String(type.id) }));
	return { results, paginationToken: nextToken(page) };
}

export async function searchRequests(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { baseUrl } = await connectionFor(this);
	const qs: IDataObject = {
		start: Number(paginationToken ?? 0),
		limit: JSM_PAGE_SIZE,
		requestOwnership: ['ALL_REQUESTS'],
	};
	if (filter) qs.searchTerm = filter;
	const page = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/servicedeskapi/request', qs })) as Page;
	const results = (page.values ?? []).map((request) => {
		const fields = (request.requestFieldValues ?? []) as IDataObject[];
		const summary = fields.find((field) => field.fieldId === 'summary')?.value;
		return {
			name: `${String(request.issueKey)}: ${String(summary ?? '')}`,
			value: String(request.issueKey),
			url: `${baseUrl}/browse/${String(request.issueKey)}`,
		};
	});
	return { results, paginationToken: nextToken(page) };
}
