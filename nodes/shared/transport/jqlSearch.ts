import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { JsmContext } from './context';
import { PREFETCH_PAGES } from './gate';
import { paginateToken } from './pagination';
import { deploymentOf, jsmApiRequest } from './request';

/** `search/jql` serves up to 5,000 issues a page when only ids are asked for, 100 with other fields. */
export const JQL_ID_PAGE_SIZE = 5000;
export const JQL_PAGE_SIZE = 100;
/** `POST /rest/api/3/issue/bulkfetch` reads up to 100 issues per call (platform OpenAPI file). */
const BULK_FETCH_SIZE = 100;
/** Data Center's search (already /rest/api/2: the transport maps only Cloud paths). */
const DC_SEARCH_PATH = '/rest/api/2/search';
const DC_SEARCH_PAGE_SIZE = 1000;

export interface JqlSearch {
	jql: string;
	/** Fields of each issue; none, or only id / key, needs no second step. */
	fields: string[];
	/** search/jql's comma-separated expand (bulkfetch takes the same values as a list). */
	expand?: string;
	limit?: number;
	itemIndex?: number;
	/** Shapes each issue as it arrives (Simplify). */
	map?: (issue: IDataObject) => IDataObject;
}

const onlyIds = (fields: string[]) => fields.every((field) => field === 'id' || field === 'key');

/**
 * Issues matching the JQL, in the JQL's order. Pages with fields are capped at 100 and chained by
 * `nextPageToken`, one after the other; so the ids are read first (5,000 a page: two requests for 10,000
 * issues), then the issues 100 at a time through bulkfetch, several calls in flight under the run's
 * request gate. Bulkfetch answers in ascending id order, so each batch is put back in the JQL's order;
 * an issue deleted between the two steps no longer matches and is left out.
 */
export async function searchIssuesByJql(this: JsmContext, search: JqlSearch): Promise<IDataObject[]> {
	if ((await deploymentOf(this)) === 'datacenter') return await searchDataCenter.call(this, search);
	const { jql, fields, expand, limit, itemIndex, map } = search;
	const body: IDataObject = { jql };
	if (fields.length) body.fields = fields;
	if (expand) body.expand = expand;
	const request = { method: 'POST' as const, path: '/rest/api/3/search/jql', body, itemIndex, idempotent: true };
	if (onlyIds(fields) && !expand) {
		return await paginateToken.call(this, request, 'issues', { limit, pageSize: JQL_ID_PAGE_SIZE, map });
	}
	const ids = (
		await paginateToken.call(this, { ...request, body: { jql, fields: ['id'] } }, 'issues', { limit, pageSize: JQL_ID_PAGE_SIZE })
	).map((issue) => String(issue.id));
	const batches: string[][] = [];
	for (let start = 0; start < ids.length; start += BULK_FETCH_SIZE) batches.push(ids.slice(start, start + BULK_FETCH_SIZE));
	const results = new Array<IDataObject[]>(batches.length);
	let next = 0;
	const worker = async () => {
		while (next < batches.length) {
			const index = next++;
			results[index] = await fetchBatch.call(this, batches[index], search);
		}
	};
	await Promise.all(Array.from({ length: Math.min(PREFETCH_PAGES, batches.length) }, worker));
	return results.flat();
}

async function fetchBatch(this: JsmContext, ids: string[], { fields, expand, itemIndex, map }: JqlSearch): Promise<IDataObject[]> {
	// search/jql answers just the id when no field is named; ask bulkfetch (default: all navigable) for the same.
	const body: IDataObject = { issueIdsOrKeys: ids, fields: fields.length ? fields : ['id'] };
	if (expand) body.expand = expand.split(',').map((part) => part.trim()).filter(Boolean);
	const answer = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: '/rest/api/3/issue/bulkfetch',
		body,
		itemIndex,
		idempotent: true,
	})) as IDataObject | undefined;
	if (!Array.isArray(answer?.issues)) {
		throw new NodeOperationError(this.getNode(), 'Jira answered the bulk issue read without a list of issues', {
			itemIndex,
			description: `POST /rest/api/3/issue/bulkfetch answered: ${JSON.stringify(answer).slice(0, 200)}`,
		});
	}
	const byId = new Map((answer.issues as IDataObject[]).map((issue) => [String(issue.id), issue]));
	const ordered: IDataObject[] = [];
	for (const id of ids) {
		const issue = byId.get(id);
		if (issue) ordered.push(map ? map(issue) : issue);
	}
	return ordered;
}

/**
 * Data Center has no search/jql or bulkfetch (Jira DC 10.3 OpenAPI file): `POST /rest/api/2/search` pages by
 * startAt / maxResults and answers `total` (SearchResultsBean). Jira lowers maxResults to its limit
 * (jira.search.views.default.max, 1000 unless an admin changed it), so the next page starts after what came.
 */
async function searchDataCenter(this: JsmContext, { jql, fields, expand, limit, itemIndex, map }: JqlSearch): Promise<IDataObject[]> {
	const issues: IDataObject[] = [];
	for (let startAt = 0; ; ) {
		const maxResults = limit === undefined ? DC_SEARCH_PAGE_SIZE : Math.min(DC_SEARCH_PAGE_SIZE, limit - issues.length);
		const body: IDataObject = { jql, startAt, maxResults, fields: fields.length ? fields : ['id'] };
		if (expand) body.expand = expand.split(',').map((part) => part.trim()).filter(Boolean);
		const page = (await jsmApiRequest.call(this, { method: 'POST', path: DC_SEARCH_PATH, body, itemIndex, idempotent: true })) as
			| IDataObject
			| undefined;
		if (!Array.isArray(page?.issues)) {
			throw new NodeOperationError(this.getNode(), 'Jira answered the JQL search without a list of issues', {
				itemIndex,
				description: `POST ${DC_SEARCH_PATH} answered: ${JSON.stringify(page).slice(0, 200)}`,
			});
		}
		const list = page.issues as IDataObject[];
		for (const issue of list) issues.push(map ? map(issue) : issue);
		startAt += list.length;
		const total = typeof page.total === 'number' ? page.total : undefined;
		if (limit !== undefined && issues.length >= limit) return issues.slice(0, limit);
		if (list.length === 0 || (total !== undefined && startAt >= total)) return issues;
	}
}
