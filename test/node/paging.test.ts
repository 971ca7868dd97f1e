// Lists that must end, and the knowledge base's cursor paging.
// - A server that keeps answering `isLastPage: false` with the same page (or a nextPageToken chain that repeats)
//   makes a naive client request forever; the node stops with an error naming the operation.
// - Knowledge base search: `start` is "(Deprecated)" in the JSM OpenAPI file, and `cursor` is "returned as part
//   of the next or prev URL from the previous search call"; the search is Confluence's, whose notice deprecated
//   `start` for `cursor` (developer.atlassian.com/cloud/confluence/change-notice-moderize-search-rest-apis/).
//   The sandbox ignores `start` there, as after its removal.
import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ requestCount: 120 });
});
afterAll(async () => sb.close());
afterEach(() => {
	sb.configure({ faults: { endlessPages: false } });
	expect(sb.violations).toEqual([]);
});

const locator = (value: string) => ({ __rl: true, mode: 'id', value });
const run = (parameters: IDataObject) =>
	runNode({ parameters, credentials: adminCredentials(sb), continueOnFail: true });
const requestsTo = (path: string, mark: number) => sb.requests.slice(mark).filter((request) => request.path === path);

describe('a list that never ends stops with an error naming the operation', () => {
	test('JSM start/limit paging: the same page again and again with isLastPage false', async () => {
		sb.configure({ faults: { endlessPages: true } });
		const mark = sb.requests.length;
		const result = await run({ resource: 'request', operation: 'query', returnAll: false, limit: 400 });
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.error).toBe(
			"Request → Query: Jira's list GET /rest/servicedeskapi/request does not come to an end: page 2 is a page it had already sent. Stopped instead of asking forever",
		);
		// The first page and the pages read ahead of it, nothing more.
		expect(requestsTo('/rest/servicedeskapi/request', mark).length).toBeLessThanOrEqual(9);
	});

	test('JSM paging with Return All ends too', async () => {
		sb.configure({ faults: { endlessPages: true } });
		const result = await run({ resource: 'request', operation: 'query', returnAll: true });
		expect(result.items).toHaveLength(1);
		expect(String(result.items[0].json.error)).toMatch(/^Request → Query: .* page 2 is a page it had already sent/);
	});

	test('nextPageToken paging (JQL search): a token chain that repeats', async () => {
		sb.configure({ faults: { endlessPages: true } });
		const mark = sb.requests.length;
		const result = await run({ resource: 'issue', operation: 'query', jql: 'project = ITS ORDER BY key', returnAll: false, limit: 500 });
		expect(result.items).toHaveLength(1);
		expect(String(result.items[0].json.error)).toMatch(
			/^Issue → Query: Jira's list POST \/rest\/api\/3\/search\/jql does not come to an end: page 2 is a page it had already sent/,
		);
		expect(requestsTo('/rest/api/3/search/jql', mark)).toHaveLength(2);
	});

	test('startAt paging (group members): the same page again, never isLast', async () => {
		const group: any = [...sb.state.groups.values()].find((candidate: any) => candidate.name === 'facilities-team');
		for (let n = 0; n < 60; n++) {
			const accountId = `5e00${String(n).padStart(20, '0')}`;
			sb.state.users.set(accountId, { accountId, displayName: `Paged ${n}`, emailAddress: `paged${n}@sandbox.test`, accountType: 'atlassian', active: true, timeZone: 'Etc/UTC', locale: 'en_US' });
			group.members.add(accountId);
		}
		sb.configure({ faults: { endlessPages: true } });
		const mark = sb.requests.length;
		const result = await run({ resource: 'group', operation: 'queryMembers', group: { __rl: true, mode: 'name', value: 'facilities-team' }, returnAll: true });
		expect(result.items).toHaveLength(1);
		expect(String(result.items[0].json.error)).toMatch(/^Group → Query Members: Jira's list GET \/rest\/api\/3\/group\/member does not come to an end/);
		expect(requestsTo('/rest/api/3/group/member', mark)).toHaveLength(2);
	});
});

describe('knowledge base search pages by cursor', () => {
	const WORD = 'cursorpaging';
	beforeAll(() => {
		// 130 matching articles: three pages of 50.
		for (let n = 0; n < 130; n++) {
			sb.state.articles.push({
				pageId: 990000 + n,
				serviceDeskId: '1',
				spaceKey: 'ITSKB',
				title: `How to ${WORD} ${String(n).padStart(3, '0')}`,
				excerpt: `Step ${n}`,
				body: `<p>${n}</p>`,
				updatedAt: Date.now(),
			});
		}
	});
	const expected = () => sb.state.articles.filter((article: any) => article.title.includes(WORD)).map((article: any) => article.title);

	test('Limit across pages: every article once, in order, never by `start`', async () => {
		const mark = sb.requests.length;
		const result = await run({ resource: 'knowledgeBase', operation: 'queryArticles', query: WORD, scope: 'all', returnAll: false, limit: 120 });
		expect(result.items.map((item) => item.json.error)).not.toContainEqual(expect.anything());
		expect(result.items.map((item) => item.json.title)).toEqual(expected().slice(0, 120));
		const searches = requestsTo('/rest/servicedeskapi/knowledgebase/article', mark) as Array<{ query: Record<string, string> }>;
		expect(searches).toHaveLength(3);
		expect(searches.map((search) => search.query.start)).toEqual([undefined, undefined, undefined]);
		expect(searches.map((search) => search.query.cursor === undefined)).toEqual([true, false, false]);
	});

	test('Return All of one service desk: the whole result, following each next link', async () => {
		const result = await run({ resource: 'knowledgeBase', operation: 'queryArticles', query: WORD, scope: 'serviceDesk', serviceDesk: locator('1'), returnAll: true });
		expect(result.items.map((item) => item.json.title)).toEqual(expected());
	});
});
