import { searchIssues } from '../../nodes/JiraServiceManagement/methods/listSearch';
import { loadOptionsContext } from '../helpers/load-options';
import { adminCredentials } from '../helpers/sandbox';
import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';
import { runNode } from '../helpers/run-node';

const sb = sandboxForFile();

const INCIDENT = '10003';
const run = resourceRunner(sb, 'issue');
const issues = (): any[] => [...sb.state.issues.values()];
const issueByKey = (key: string) => issues().find((issue) => issue.key === key);
const requestsTo = (method: string, path: string) => sb.requests.filter((r: any) => r.method === method && r.path === path) as any[];
/** An issue no earlier test changed. */
const used = new Set<string>();
function freshIssue(predicate: (issue: any) => boolean = () => true): any {
	const issue = issues().find((candidate) => !used.has(candidate.key) && predicate(candidate));
	used.add(issue.key);
	return issue;
}

describe('query', () => {
	test('incidents by JQL, simplified for MTTR reports', async () => {
		const expected = issues().filter((issue) => issue.issueTypeId === INCIDENT);
		expect(expected.length).toBeGreaterThan(0);
		const result = await run({ operation: 'query', jql: 'issuetype = Incident ORDER BY created DESC', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.key).sort()).toEqual(expected.map((issue) => issue.key).sort());
		const resolved = result.items.map((item) => item.json).find((issue) => issue.resolutionDate) ?? result.items[0].json;
		const stored = issueByKey(String(resolved.key));
		expect(resolved).toMatchObject({
			id: stored.id,
			key: stored.key,
			summary: stored.summary,
			status: sb.state.statuses.get(stored.statusId).name,
			issueType: 'Incident',
			priority: sb.state.priorities.get(stored.priorityId).name,
			project: sb.state.projects.get(stored.projectId).key,
			reporterAccountId: stored.reporterId,
			assigneeAccountId: stored.assigneeId,
			created: expect.any(String),
		});
		expect(typeof resolved.description).toBe('string');
		expect(String(resolved.description).replace(/\s+/g, ' ').trim()).toBe(stored.description.replace(/\s+/g, ' ').trim());
		expect(Date.parse(String(resolved.created))).toBe(stored.createdAt);
		expect(resolved.resolutionDate ? Date.parse(String(resolved.resolutionDate)) : null).toBe(stored.resolvedAt);
	});

	test('reads the ids first (5,000 a page), then the issues 100 at a time through bulkfetch, in the JQL order', async () => {
		const expected = issues().filter((issue) => issue.key.startsWith('ITS-'));
		expect(expected.length).toBeGreaterThan(100);
		const jql = 'project = ITS ORDER BY created DESC';
		const searches = () => requestsTo('POST', '/rest/api/3/search/jql').length;
		const bulkReads = () => requestsTo('POST', '/rest/api/3/issue/bulkfetch').length;

		// Keys only: one id page, no second step.
		let before = [searches(), bulkReads()];
		const keysOnly = await run({ operation: 'query', jql, returnAll: true, fields: 'key' });
		expect(keysOnly.items).toHaveLength(expected.length);
		expect([searches() - before[0], bulkReads() - before[1]]).toEqual([1, 0]);
		const jqlOrder = keysOnly.items.map((item) => item.json.key);

		const batchSizes: number[] = [];
		const stop = sb.onRequest(({ path, body }) => {
			if (path === '/rest/api/3/issue/bulkfetch') batchSizes.push(JSON.parse(body).issueIdsOrKeys.length);
		});
		before = [searches(), bulkReads()];
		const all = await run({ operation: 'query', jql, returnAll: true, fields: 'summary' });
		stop();
		expect(all.error).toBeUndefined();
		expect(all.items.map((item) => item.json.key)).toEqual(jqlOrder);
		expect(all.items[0].json).toEqual({ id: expect.any(String), key: expect.any(String), summary: expect.any(String) });
		expect(all.items[0].json.summary).toBe(issueByKey(String(jqlOrder[0])).summary);
		expect([searches() - before[0], bulkReads() - before[1]]).toEqual([1, Math.ceil(expected.length / 100)]);
		expect(Math.max(...batchSizes)).toBe(100);

		const limited = await run({ operation: 'query', jql, limit: 3, fields: 'summary' });
		expect(limited.items.map((item) => item.json.key)).toEqual(jqlOrder.slice(0, 3));
	});

	test('an issue deleted between the id page and its bulk read is left out, not an error', async () => {
		const jql = 'project = HR ORDER BY key ASC';
		const keys = (await run({ operation: 'query', jql, returnAll: true, fields: 'key' })).items.map((item) => String(item.json.key));
		expect(keys.length).toBeGreaterThan(3);
		const gone = issueByKey(keys[2]);
		const stop = sb.onRequest(({ path }) => {
			if (path === '/rest/api/3/search/jql') sb.state.issues.delete(gone.id);
		});
		const result = await run({ operation: 'query', jql, returnAll: true, fields: 'summary' });
		stop();
		sb.state.issues.set(gone.id, gone);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.key)).toEqual(keys.filter((key) => key !== gone.key));
	});

	test('without Simplify returns the chosen fields and expansions', async () => {
		const raw = await run({
			operation: 'query',
			jql: 'project = HR',
			limit: 2,
			fields: 'summary, labels',
			simplify: false,
			expand: ['changelog'],
		});
		expect(raw.items).toHaveLength(2);
		expect(Object.keys(raw.items[0].json.fields as object).sort()).toEqual(['labels', 'summary']);
		expect(raw.items[0].json.changelog).toBeDefined();
	});

	test('an empty JQL and a bad field name are refused before any request', async () => {
		const before = sb.requests.length;
		const empty = await run({ operation: 'query', jql: '  ' });
		expect(empty.error?.message).toBe('Item 0: the JQL query is empty');
		const badField = await run({ operation: 'query', jql: 'project = ITS', fields: 'summary,sum mary' });
		expect(badField.error?.message).toBe('Item 0: "sum mary" in Fields is not a field ID (such as summary or customfield_10010)');
		expect(sb.requests.length).toBe(before);
	});

	test('bad JQL fails with the HTTP 400 error', async () => {
		const result = await run({ operation: 'query', jql: 'nosuchfield = 1' });
		expect(result.error).toMatchObject({ httpCode: '400', message: expect.stringMatching(/^Jira refused the request as invalid/) });
	});
});

describe('get and changelog', () => {
	test('get by /browse URL, simplified; and raw with all fields', async () => {
		const stored = issues()[5];
		const simple = await run({ operation: 'get', issue: locator(`${sb.url}/browse/${stored.key}`, 'url') });
		expect(simple.error).toBeUndefined();
		expect(simple.items[0].json).toMatchObject({ key: stored.key, summary: stored.summary, status: sb.state.statuses.get(stored.statusId).name });

		const raw = await run({ operation: 'get', issue: locator(stored.id), fields: '*all', simplify: false, expand: ['names'] });
		expect(raw.items[0].json).toMatchObject({ id: stored.id, key: stored.key, fields: { summary: stored.summary } });
		expect(raw.items[0].json.names).toBeDefined();
	});

	test('get of a missing issue fails with the HTTP 404 error', async () => {
		const result = await run({ operation: 'get', issue: locator('ITS-99999') });
		expect(result.error).toMatchObject({ httpCode: '404', message: expect.stringMatching(/^Not found, or not visible to this account/) });
	});

	test('changelog pages through every entry, each tagged with the issue key', async () => {
		const issue = freshIssue((candidate) => candidate.changelog.length > 0);
		// A long history (230 entries) so the 100-entry pages are followed.
		const template = issue.changelog[0];
		while (issue.changelog.length < 230) issue.changelog.push({ ...template, id: String(900000 + issue.changelog.length) });
		const before = requestsTo('GET', `/rest/api/3/issue/${issue.key}/changelog`).length;
		const result = await run({ operation: 'getChangelog', issue: locator(issue.key), returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(issue.changelog.map((entry: any) => entry.id));
		expect(requestsTo('GET', `/rest/api/3/issue/${issue.key}/changelog`).length - before).toBe(3);
		expect(result.items[0].json).toMatchObject({ issueKey: issue.key, items: issue.changelog[0].items });

		const one = await run({ operation: 'getChangelog', issue: locator(issue.key), limit: 1 });
		expect(one.items).toHaveLength(1);
	});
});

describe('watchers', () => {
	test('lists the watchers with their count, one item per input item; a customer sees only their own watch', async () => {
		const issue = freshIssue((candidate) => candidate.reporterId === sb.credentials.customer.accountId);
		issue.watcherIds = [sb.credentials.customer.accountId, sb.credentials.agent.accountId];
		const result = await run({ operation: 'getWatchers', issue: locator(issue.key) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ issueKey: issue.key, watchCount: 2, isWatching: false });
		expect((result.items[0].json.watchers as any[]).map((user) => user.accountId)).toEqual(issue.watcherIds);

		// Others' watches need View Voters and Watchers; the count still counts them (getIssueWatchers).
		const customer = sb.credentials.customer;
		const asCustomer = await run(
			{ operation: 'getWatchers', issue: locator(issue.key) },
			{ credentials: adminCredentials(sb, { email: customer.email, apiToken: customer.token }) },
		);
		expect(asCustomer.error).toBeUndefined();
		expect(asCustomer.items[0].json).toMatchObject({ issueKey: issue.key, watchCount: 2, isWatching: true });
		expect((asCustomer.items[0].json.watchers as any[]).map((user) => user.accountId)).toEqual([customer.accountId]);
	});

	test('whoever creates an issue watches it; a key that is not one is refused before any request', async () => {
		const requestType = [...sb.state.requestTypes.values()].find((type: any) => type.serviceDeskId === '1');
		const created = await runNode({
			parameters: {
				resource: 'request',
				operation: 'create',
				serviceDesk: locator('1'),
				requestType: locator(requestType.id),
				requestFieldValues: { mappingMode: 'defineBelow', value: { summary: 'Watch me', description: 'Second floor' } },
			},
			credentials: adminCredentials(sb),
		});
		expect(created.error).toBeUndefined();
		const key = String(created.items[0].json.key);
		const watched = await run({ operation: 'getWatchers', issue: locator(key) });
		expect(watched.items[0].json).toMatchObject({ watchCount: 1, isWatching: true });

		// From an expression, so the editor's own check of the field does not stop it first.
		const before = sb.requests.length;
		const bad = await run(
			{ operation: 'getWatchers', issue: locator('={{ $json.key }}') },
			{ input: [{ key: 'ITS-0' }, { key }], continueOnFail: true },
		);
		expect(bad.items).toHaveLength(2);
		expect(bad.items[0].json.error).toBe('Item 0: the issue "ITS-0" is not an issue key or id, for example ITS-42 or 10042');
		expect(bad.items[1].json).toMatchObject({ issueKey: key, watchCount: 1 });
		expect(sb.requests.length).toBe(before + 1);
	});
});

describe('update and delete', () => {
	test('update sets summary, description as ADF and JSON fields, without notifications', async () => {
		const issue = freshIssue((candidate) => candidate.priorityId !== '2');
		const result = await run({
			operation: 'update',
			issue: locator(issue.key),
			updateFields: {
				summary: 'Payment API down',
				description: 'Errors since 09:00\nAll regions',
				fieldsJson: '{"labels": ["outage", "p1"], "priority": {"name": "High"}}',
			},
			notifyUsers: false,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ issueKey: issue.key, updated: true, fields: ['labels', 'priority', 'summary', 'description'] });
		const stored = issueByKey(issue.key);
		expect(stored).toMatchObject({ summary: 'Payment API down', labels: ['outage', 'p1'], priorityId: '2' });
		expect(stored.description).toContain('Errors since 09:00');
		expect(stored.description).toContain('All regions');
		const put = requestsTo('PUT', `/rest/api/3/issue/${issue.key}`).at(-1);
		expect(put.query).toEqual({ notifyUsers: 'false' });
	});

	test('update refuses empty, conflicting and malformed input per item', async () => {
		const issue = freshIssue();
		const before = issueByKey(issue.key).summary;
		const result = await run(
			{ operation: 'update', issue: locator(issue.key), updateFields: { summary: '={{ $json.summary }}', fieldsJson: '={{ $json.json }}' } },
			{
				input: [
					{ summary: 'Fine', json: '{}' },
					{ summary: 'Twice', json: '{"summary": "Again"}' },
					{ summary: 'x', json: '[1]' },
					{ summary: 'x', json: '{oops' },
				],
				continueOnFail: true,
			},
		);
		expect(result.items).toHaveLength(4);
		expect(result.items[0].json).toMatchObject({ issueKey: issue.key, updated: true });
		expect(result.items[1].json.error).toBe('Item 1: summary is set both in its own field and in Other Fields (JSON); keep one');
		expect(result.items[2].json.error).toMatch(/^Item 2: Other Fields \(JSON\) must be a JSON object/);
		expect(result.items[3].json.error).toMatch(/^Item 3: Other Fields \(JSON\) is not valid JSON/);
		expect(issueByKey(issue.key).summary).toBe('Fine');
		expect(before).not.toBe('Fine');

		const nothing = await run({ operation: 'update', issue: locator(issue.key), updateFields: {} });
		expect(nothing.error?.message).toBe('Item 0: nothing to update: add Summary, Description or Other Fields (JSON)');
	});

	test('delete removes the issue, asking Jira to delete subtasks when chosen', async () => {
		const issue = freshIssue();
		const result = await run({ operation: 'delete', issue: locator(issue.key), deleteSubtasks: true });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ issueKey: issue.key, deleted: true });
		expect(issueByKey(issue.key)).toBeUndefined();
		expect(requestsTo('DELETE', `/rest/api/3/issue/${issue.key}`).at(-1).query).toEqual({ deleteSubtasks: 'true' });
	});

	test('Delete Subtasks from an expression: "true" / "false" text is taken, anything else is refused before Jira', async () => {
		const [first, second] = [freshIssue(), freshIssue()];
		const result = await run(
			{ operation: 'delete', issue: locator('={{ $json.key }}'), deleteSubtasks: '={{ $json.subtasks }}' },
			{ input: [{ key: first.key, subtasks: 'TRUE' }, { key: second.key, subtasks: 'yes' }], continueOnFail: true },
		);
		expect(result.items[0].json).toEqual({ issueKey: first.key, deleted: true });
		expect(requestsTo('DELETE', `/rest/api/3/issue/${first.key}`).at(-1).query).toEqual({ deleteSubtasks: 'true' });
		expect(result.items[1].json.error).toBe('Item 1: Delete Subtasks must be true or false, not "yes"');
		expect(issueByKey(second.key)).toBeDefined();
		expect(requestsTo('DELETE', `/rest/api/3/issue/${second.key}`)).toEqual([]);
	});

	test('a key that is not one is refused before any request, and every item yields one item', async () => {
		const good = issues()[0];
		const before = sb.requests.length;
		const result = await run(
			{ operation: 'get', issue: locator('={{ $json.key }}') },
			{ input: [{ key: '../../rest/api/3/myself' }, { key: good.key }], continueOnFail: true },
		);
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.error).toBe('Item 0: the issue "../../rest/api/3/myself" is not an issue key or id, for example ITS-42 or 10042');
		expect(result.items[1].json).toMatchObject({ key: good.key });
		expect(sb.requests.length).toBe(before + 1);
	});
});

describe('issue list in the editor', () => {
	test('searches by key or text and pages with nextPageToken', async () => {
		const context = loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi);
		const stored = issues()[3];
		const byKey = await searchIssues.call(context, stored.key.toLowerCase());
		expect(byKey.results).toEqual([{ name: `${stored.key}: ${stored.summary}`, value: stored.key, url: `${sb.url}/browse/${stored.key}` }]);

		stored.summary = 'Zebracorn printer jammed';
		sb.state.version++;
		const byText = await searchIssues.call(context, 'zebracorn');
		expect(byText.results.map((result) => result.value)).toEqual([stored.key]);
		// Quotes and backslashes stay inside the JQL string.
		const quoted = await searchIssues.call(context, 'zebracorn "jammed\\');
		expect(quoted.results).toEqual([]);

		const first = await searchIssues.call(context);
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toEqual(expect.any(String));
		const second = await searchIssues.call(context, undefined, first.paginationToken as string);
		expect(second.results[0].value).not.toBe(first.results[0].value);
	});
});
