import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { deploymentOf, JSM_PAGE_SIZE, jsmApiRequest, paginateOffset, paginateToken, searchIssuesByJql, segment } from '../../shared/transport';
import { parseJiraTime } from './jiraTime';

const SEARCH = '/rest/api/3/search/jql';
/** Jira serves up to 100 issues a page with fields, and up to 5000 when only ids are asked for. */
const PAGE_SIZE = 100;
const ID_PAGE_SIZE = 5000;
/** Changelog and comment pages hold up to 100 entries. */
const ENTRY_PAGE_SIZE = 100;

/** Jira's own clock (its timestamps, and JQL's relative dates, are read against it). */
export async function siteNow(this: IPollFunctions): Promise<number> {
	const info = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/api/3/serverInfo' })) as IDataObject | undefined;
	const now = parseJiraTime(info?.serverTime);
	if (!Number.isFinite(now)) {
		throw new NodeOperationError(this.getNode(), 'Jira did not report its current time (serverTime of GET serverInfo)');
	}
	return now;
}

export interface Search {
	jql: string;
	fields: string[];
	changelog: boolean;
}

export interface Found {
	issues: IDataObject[];
	/** Issues that exist but could not be read now (the error, for the log), to try again next poll. */
	unread: Map<string, unknown>;
}

/** Issues by id, each read on its own; one that is gone is left out, one that fails is reported. */
export async function readIssues(this: IPollFunctions, ids: string[], { fields, changelog }: Search): Promise<Found> {
	const unread = new Map<string, unknown>();
	const read = await Promise.all(
		ids.map(async (id) => {
			try {
				return (await jsmApiRequest.call(this, {
					method: 'GET',
					path: `/rest/api/3/issue/${segment(id)}`,
					qs: { fields, ...(changelog ? { expand: 'changelog' } : {}) },
					// Deleted meanwhile: nothing left to report.
					acceptNotFound: true,
				})) as IDataObject | undefined;
			} catch (error) {
				unread.set(id, error);
				return undefined;
			}
		}),
	);
	return { issues: read.filter((issue): issue is IDataObject => Boolean(issue)), unread };
}

/**
 * Every issue the JQL matches now, even when issues change while the pages are read. Token pages are
 * read one after another, so an issue that changes (and moves to the end of `ORDER BY updated`) shifts
 * the later ones back and one of them can fall between two pages. The ids are therefore listed first,
 * in one answer, and any listed issue the pages did not bring is read on its own.
 */
export async function searchAll(this: IPollFunctions, search: Search): Promise<Found> {
	const listed = await searchPages(this, search, { idsOnly: true });
	const issues = await searchPages(this, search, {});
	const found = new Set(issues.map((issue) => String(issue.id)));
	const skipped = [...new Set(listed.map((issue) => String(issue.id)))].filter((id) => !found.has(id));
	const late = await readIssues.call(this, skipped, search);
	return { issues: [...issues, ...late.issues], unread: late.unread };
}

/**
 * One search's issues. Cloud: search/jql, chained by token. Data Center, which has no search/jql (DC 10.3 OpenAPI
 * file): POST /rest/api/2/search paged by startAt / total through the shared transport; its pages shift the same
 * way when an issue changes meanwhile, so the id list taken first covers it too.
 */
async function searchPages(context: IPollFunctions, { jql, fields, changelog }: Search, { idsOnly = false, limit }: { idsOnly?: boolean; limit?: number }) {
	const expand = changelog && !idsOnly ? 'changelog' : undefined;
	if ((await deploymentOf(context)) === 'datacenter') {
		return await searchIssuesByJql.call(context, { jql, fields: idsOnly ? ['id'] : fields, expand, limit });
	}
	const body = { jql, fields: idsOnly ? ['id'] : fields, ...(expand ? { expand } : {}) };
	return await paginateToken.call(context, { method: 'POST', path: SEARCH, body }, 'issues', {
		limit,
		pageSize: idsOnly ? ID_PAGE_SIZE : PAGE_SIZE,
	});
}

const createdAt = (entry: IDataObject) => parseJiraTime(entry.created);

/**
 * search/jql shows at most 40 changelog entries per issue (the latest, newest first), and its `total` is
 * that page's size, not the issue's count (JRACLOUD-96459; PageOfChangelogs.total "The number of results
 * on the page"). So a full page says nothing about what lies beyond it.
 */
const SEARCH_HISTORIES = 40;

async function changelogPage(context: IPollFunctions, issueId: string, startAt: number): Promise<IDataObject> {
	const page = (await jsmApiRequest.call(context, {
		method: 'GET',
		path: `/rest/api/3/issue/${segment(issueId)}/changelog`,
		qs: { startAt, maxResults: ENTRY_PAGE_SIZE },
		acceptNotFound: true,
	})) as IDataObject | undefined;
	return page ?? { values: [], isLast: true };
}

/**
 * The issue's changelog from GET .../changelog, which lists oldest first: its `total` says where the
 * newest entries are, `isLast` confirms the end (entries added meanwhile are read too), and pages before
 * that are read backwards until one reaches an entry older than `floor`.
 */
async function changelogSince(context: IPollFunctions, issueId: string, floor: number): Promise<IDataObject[]> {
	const valuesOf = (page: IDataObject) => (page.values ?? []) as IDataObject[];
	const first = await changelogPage(context, issueId, 0);
	const entries = [...valuesOf(first)];
	const head = entries.length;
	if (first.isLast !== false || !head) return entries;
	const tail = Math.max(head, Number(first.total ?? 0) - ENTRY_PAGE_SIZE);
	let reachedFloor = false;
	for (let startAt = tail; ; ) {
		const page = await changelogPage(context, issueId, startAt);
		const values = valuesOf(page);
		entries.push(...values);
		if (startAt === tail) reachedFloor = values.some((entry) => createdAt(entry) < floor);
		if (page.isLast !== false || !values.length) break;
		startAt += values.length;
	}
	for (let end = tail; end > head && !reachedFloor; end -= ENTRY_PAGE_SIZE) {
		const startAt = Math.max(head, end - ENTRY_PAGE_SIZE);
		const values = valuesOf(await changelogPage(context, issueId, startAt)).slice(0, end - startAt);
		if (!values.length) break;
		entries.push(...values);
		reachedFloor = values.some((entry) => createdAt(entry) < floor);
	}
	return entries;
}

/**
 * The issue's changelog entries created at or after `floor`. On Cloud the search's own page is enough when it is
 * not full or already reaches back past `floor`; otherwise the changelog itself is read. Jira Data Center, which has
 * no changelog resource, expands the whole history in the search ("changelog - history of all changes of the given
 * issue", DC 10.3 file; Cloud's caps are JRACLOUD-67458 and JRACLOUD-96459).
 */
export async function recentHistories(this: IPollFunctions, issue: IDataObject, floor: number): Promise<IDataObject[]> {
	const shown = (((issue.changelog ?? {}) as IDataObject).histories ?? []) as IDataObject[];
	const complete =
		(await deploymentOf(this)) === 'datacenter' || shown.length < SEARCH_HISTORIES || shown.some((history) => createdAt(history) < floor);
	const histories = complete ? shown : await changelogSince(this, String(issue.id), floor);
	const unique = new Map(histories.map((history) => [String(history.id), history]));
	return [...unique.values()].filter((history) => createdAt(history) >= floor);
}

/**
 * Data Center's comments carry no `jsdPublic`: JSM marks an internal note with the `sd.public.comment` property
 * (`{ internal: true }`), which GET /rest/api/2/issue/{id}/comment returns with expand=properties (CommentJsonBean
 * `properties` in the DC 10.3 file; https://github.com/pycontribs/jira/issues/1011). Cloud's flag is derived from it.
 */
function withPublicFlag(comment: IDataObject): IDataObject {
	if (comment.jsdPublic !== undefined) return comment;
	const properties = Array.isArray(comment.properties) ? (comment.properties as IDataObject[]) : [];
	const internal = properties.some((property) => property.key === 'sd.public.comment' && (property.value as IDataObject | undefined)?.internal === true);
	return { ...comment, jsdPublic: !internal };
}

/**
 * The issue's comments created at or after `floor` (newest first, from at most `maxPages` pages), with
 * `jsdPublic` telling replies from internal notes.
 */
export async function recentComments(this: IPollFunctions, issueId: string, floor: number, maxPages = Infinity): Promise<IDataObject[]> {
	const comments: IDataObject[] = [];
	const dataCenter = (await deploymentOf(this)) === 'datacenter';
	for (let startAt = 0, pages = 0; pages < maxPages; pages++) {
		const page = (await jsmApiRequest.call(this, {
			method: 'GET',
			path: `/rest/api/3/issue/${segment(issueId)}/comment`,
			qs: { orderBy: '-created', startAt, maxResults: ENTRY_PAGE_SIZE, ...(dataCenter ? { expand: 'properties' } : {}) },
			acceptNotFound: true,
		})) as IDataObject | undefined;
		const values = ((page?.comments ?? []) as IDataObject[]).map(withPublicFlag);
		comments.push(...values);
		startAt += values.length;
		const older = values.length > 0 && createdAt(values[values.length - 1]) < floor;
		if (!values.length || older || startAt >= Number(page?.total ?? 0)) break;
	}
	return comments.filter((comment) => createdAt(comment) >= floor);
}

/**
 * The issues a JQL matches, in one walk of its pages, up to `limit`: the latest ones for "Fetch Test Event",
 * or the few whose SLAs are at risk (ordered by key, so pages shift only when an issue leaves the result
 * meanwhile; one stepped over then is found by the next poll, with its event's own time).
 */
export async function searchIssues(this: IPollFunctions, search: Search, limit?: number): Promise<IDataObject[]> {
	return await searchPages(this, search, { limit });
}

/** A request's approvals, oldest first (JSM pages them with start and limit; most requests have one or two). */
export async function requestApprovals(this: IPollFunctions, issueId: string): Promise<IDataObject[]> {
	return await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/request/${segment(issueId)}/approval` },
		{ pageSize: JSM_PAGE_SIZE, prefetch: 1 },
	);
}
