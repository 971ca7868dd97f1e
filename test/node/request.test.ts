import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';
import { adminCredentials } from '../helpers/sandbox';
import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const ADMIN = '5b10a2844c20165700ede21g';
const AGENT = '5b10ac8d82e05b22cc7d4ef5';
const WAITING_FOR_SUPPORT = '10001';
const run = resourceRunner(sb, 'request');
const issues = (): any[] => [...sb.state.issues.values()];
const issueByKey = (key: string) => issues().find((issue) => issue.key === key);
/** A request waiting for support that no earlier test touched. */
const used = new Set<string>();
function freshRequest(predicate: (issue: any) => boolean = () => true): any {
	const issue = issues().find(
		(candidate) => candidate.serviceDeskId && candidate.statusId === WAITING_FOR_SUPPORT && !used.has(candidate.key) && predicate(candidate),
	);
	used.add(issue.key);
	return issue;
}

describe('query', () => {
	test('by JQL: ids by token pages, issues by bulkfetch, the simplified shape of the filters search', async () => {
		const jql = 'project = ITS ORDER BY created DESC';
		const expected = issues().filter((issue) => issue.key.startsWith('ITS-'));
		const all = await run({ operation: 'query', searchWith: 'jql', jql, returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items).toHaveLength(expected.length);
		expect(expected.length).toBeGreaterThan(100);
		const first = all.items[0].json;
		const stored = issueByKey(String(first.key));
		expect(first).toMatchObject({
			key: stored.key,
			id: stored.id,
			summary: stored.summary,
			status: sb.state.statuses.get(stored.statusId).name,
			statusCategory: sb.state.statuses.get(stored.statusId).category.jsm,
			requestTypeId: stored.requestTypeId,
			requestType: sb.state.requestTypes.get(stored.requestTypeId).name,
			serviceDeskId: stored.serviceDeskId,
			reporterAccountId: stored.reporterId,
		});
		expect(first.portalUrl).toContain(stored.key);

		const limited = await run({ operation: 'query', searchWith: 'jql', jql, returnAll: false, limit: 3 });
		expect(limited.items.map((item) => item.json.key)).toEqual(all.items.slice(0, 3).map((item) => item.json.key));
		// One id page each (5,000 a page), then the issues 100 at a time.
		expect(sb.requests.filter((r) => r.path === '/rest/api/3/search/jql')).toHaveLength(2);
		expect(sb.requests.filter((r) => r.path === '/rest/api/3/issue/bulkfetch')).toHaveLength(Math.ceil(expected.length / 100) + 1);
	});

	test('by JQL without Simplify returns the chosen fields', async () => {
		const raw = await run({ operation: 'query', searchWith: 'jql', jql: 'project = HR', simplify: false, fields: 'summary,labels', limit: 2 });
		expect(raw.items).toHaveLength(2);
		expect(Object.keys(raw.items[0].json.fields as object).sort()).toEqual(['labels', 'summary']);
	});

	test('an empty JQL is refused before any request', async () => {
		const empty = await run({ operation: 'query', searchWith: 'jql', jql: ' ' });
		expect(empty.error?.message).toBe('Item 0: the JQL is empty');
	});
});

describe('update and delete', () => {
	test('update sets the named fields and the JSON ones, and returns the request', async () => {
		const issue = freshRequest();
		const updated = await run({
			operation: 'update',
			request: locator(issue.key),
			updateFields: {
				summary: 'Laptop will not boot',
				description: 'Black screen\nsince Monday',
				priority: 'Highest',
				labels: 'vip, hardware',
				assignee: AGENT,
				duedate: '2030-05-17T00:00:00',
				additionalFields: '{"customfield_10103": {"value": "Remote"}}',
			},
		});
		expect(updated.error).toBeUndefined();
		expect(updated.items[0].json).toMatchObject({ key: issue.key, summary: 'Laptop will not boot' });
		const stored = issueByKey(issue.key);
		expect(stored).toMatchObject({
			summary: 'Laptop will not boot',
			description: 'Black screen\nsince Monday',
			priorityId: '1',
			labels: ['vip', 'hardware'],
			assigneeId: AGENT,
			dueDate: '2030-05-17',
		});
		expect(sb.state.fieldOptions.get(stored.fieldValues.customfield_10103).value).toBe('Remote');
	});

	test('bad Additional Fields JSON names the item and the field; other items still run', async () => {
		const issue = freshRequest();
		const result = await run(
			{ operation: 'update', request: locator(issue.key), updateFields: { additionalFields: '={{ $json.extra }}' } },
			{ input: [{ extra: '{"labels": ["a"]}' }, { extra: '[1, 2]' }, { extra: '{not json' }], continueOnFail: true },
		);
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.error).toBeUndefined();
		expect(result.items[1].json.error).toMatch(/^Item 1: Additional Fields \(JSON\) must be a JSON object/);
		expect(result.items[2].json.error).toMatch(/^Item 2: Additional Fields \(JSON\) is not valid JSON/);
		expect(issueByKey(issue.key).labels).toEqual(['a']);
	});

	test('a field set both by name and in the JSON is refused', async () => {
		const issue = freshRequest();
		const before = issue.summary;
		const result = await run({
			operation: 'update',
			request: locator(issue.key),
			updateFields: { summary: 'New', additionalFields: '{"summary": "Other"}' },
		});
		expect(result.error?.message).toBe('Item 0: summary is set both in its own field and in Additional Fields (JSON); keep one');
		expect(issueByKey(issue.key).summary).toBe(before);
	});

	test('update with nothing to change is refused', async () => {
		const result = await run({ operation: 'update', request: locator('ITS-1'), updateFields: {} });
		expect(result.error?.message).toMatch(/^Item 0: nothing to update/);
	});

	test('delete removes the issue', async () => {
		const issue = freshRequest();
		const result = await run({ operation: 'delete', request: locator(issue.key), deleteSubtasks: true });
		expect(result.items[0].json).toEqual({ requestKey: issue.key, deleted: true });
		expect(issueByKey(issue.key)).toBeUndefined();
	});
});

describe('transitions', () => {
	test('get transitions lists what the request offers now', async () => {
		const issue = freshRequest();
		const result = await run({ operation: 'getTransitions', request: locator(issue.key), returnAll: true });
		// Customer transitions (JSM) first, then the workflow's agent transitions (platform API).
		expect(result.items.map((item) => [item.json.name, item.json.kind])).toEqual(
			expect.arrayContaining([
				['Cancel request', 'customer'],
				['Start progress', 'agent'],
				['Resolve this issue', 'agent'],
			]),
		);
		expect(result.items[0].json.kind).toBe('customer');
		expect(result.items[0].json.requestKey).toBe(issue.key);
	});

	test('the Transition dropdown lists the chosen request\'s transitions', async () => {
		const issue = freshRequest();
		const credentials = adminCredentials(sb).jiraServiceManagementApi;
		const authorization = `Basic ${Buffer.from(`${credentials.email}:${credentials.apiToken}`).toString('base64')}`;
		const context = {
			getNode: () => ({ parameters: { authentication: 'apiToken' } }),
			getCredentials: async () => credentials,
			getCurrentNodeParameter: (name: string) => (name === 'request' ? issue.key : undefined),
			helpers: {
				async httpRequestWithAuthentication(_type: string, options: { url: string; qs?: Record<string, unknown>; returnFullResponse?: boolean }) {
					const url = new URL(options.url);
					for (const [name, value] of Object.entries(options.qs ?? {})) url.searchParams.append(name, String(value));
					const response = await fetch(url, { headers: { authorization, accept: 'application/json' } });
					const body = await response.json();
					// Like n8n: the whole response (status, headers, body) when the transport asks for it.
					return options.returnFullResponse ? { body, headers: Object.fromEntries(response.headers), statusCode: response.status } : body;
				},
			},
		} as unknown as ILoadOptionsFunctions;
		const options = await new JiraServiceManagement().methods.loadOptions.getTransitions.call(context);
		expect(options).toEqual(
			expect.arrayContaining([
				{ name: 'Cancel request (customer transition)', value: '81' },
				{ name: 'Start progress (agent transition)', value: 'agent:11' },
			]),
		);
	});

	test('transition by name with a comment, and by ID from the list', async () => {
		const issue = freshRequest();
		const byName = await run({
			operation: 'transition',
			request: locator(issue.key),
			transitionBy: 'idOrName',
			transitionIdOrName: 'start PROGRESS',
			comment: 'On it',
		});
		expect(byName.items[0].json).toEqual({ requestKey: issue.key, transitionId: '11', transition: 'Start progress', kind: 'agent', commented: true });
		const stored = issueByKey(issue.key);
		expect(sb.state.statuses.get(stored.statusId).name).toBe('In progress');
		expect(stored.comments.at(-1)).toMatchObject({ body: 'On it', public: true });

		const byId = await run({ operation: 'transition', request: locator(issue.key), transitionBy: 'list', transition: '51' });
		expect(byId.error).toBeUndefined();
		expect(sb.state.statuses.get(issueByKey(issue.key).statusId).name).toBe('Resolved');
	});

	test('an unknown transition lists the available ones and changes nothing', async () => {
		const issue = freshRequest();
		const result = await run({ operation: 'transition', request: locator(issue.key), transitionBy: 'idOrName', transitionIdOrName: 'Teleport' });
		expect(result.error?.message).toMatch(
			new RegExp(`^Item 0: the transition "Teleport" is not available for ${issue.key} .*; available: Cancel request \\(81, customer transition\\), .*Start progress \\(agent:11, agent transition\\)`),
		);
		expect(issueByKey(issue.key).statusId).toBe(WAITING_FOR_SUPPORT);
	});

	test('status history follows the transitions', async () => {
		const issue = freshRequest();
		await run({ operation: 'transition', request: locator(issue.key), transitionBy: 'idOrName', transitionIdOrName: '11' });
		const history = await run({ operation: 'getStatusHistory', request: locator(issue.key), returnAll: true });
		const stored = issueByKey(issue.key);
		expect(history.items).toHaveLength(stored.statusHistory.length);
		expect(history.items.map((item) => item.json.status)).toEqual(
			stored.statusHistory.map((entry: { statusId: string }) => sb.state.statuses.get(entry.statusId).name),
		);
		expect(history.items[0].json.date).toEqual(expect.any(String));
	});
});

describe('SLAs', () => {
	test('all SLAs, simplified, and one by metric ID', async () => {
		const issue = freshRequest();
		const all = await run({ operation: 'getSlas', request: locator(issue.key), returnAll: true });
		expect(all.items.map((item) => item.json.name)).toEqual(['Time to first response', 'Time to resolution']);
		expect(all.items[1].json).toMatchObject({ requestKey: issue.key, id: '2', goal: expect.any(String), completedCycles: expect.any(Number) });
		expect(typeof all.items[1].json.breached).toBe('boolean');

		const one = await run({ operation: 'getSlas', request: locator(issue.key), slaMetricId: '2', simplify: false });
		expect(one.items).toHaveLength(1);
		expect(one.items[0].json).toMatchObject({ id: '2', name: 'Time to resolution' });
		const bad = await run({ operation: 'getSlas', request: locator(issue.key), slaMetricId: '2/../1' });
		expect(bad.error?.message).toMatch(/^Item 0: the SLA metric "2\/\.\.\/1" is not a valid id/);
	});
});

describe('notifications', () => {
	test('subscribe, read the subscription, unsubscribe', async () => {
		const issue = freshRequest((candidate) => !candidate.subscribers.has(ADMIN));
		const subscribed = await run({ operation: 'subscribe', request: locator(issue.key) });
		expect(subscribed.items[0].json).toEqual({ requestKey: issue.key, subscribed: true });
		expect(issueByKey(issue.key).subscribers.has(ADMIN)).toBe(true);
		const status = await run({ operation: 'getSubscription', request: locator(issue.key) });
		expect(status.items[0].json).toEqual({ requestKey: issue.key, subscribed: true });
		await run({ operation: 'unsubscribe', request: locator(issue.key) });
		expect(issueByKey(issue.key).subscribers.has(ADMIN)).toBe(false);
		const after = await run({ operation: 'getSubscription', request: locator(issue.key) });
		expect(after.items[0].json.subscribed).toBe(false);
	});
});

describe('feedback (experimental API)', () => {
	test('post, get and delete feedback as the reporter', async () => {
		const issue = freshRequest((candidate) => candidate.reporterId === ADMIN && !candidate.feedback);
		const posted = await run({ operation: 'postFeedback', request: locator(issue.key), rating: 4, comment: 'Fast fix' });
		expect(posted.error).toBeUndefined();
		expect(issueByKey(issue.key).feedback).toEqual({ type: 'csat', rating: 4, comment: { body: 'Fast fix' } });
		const read = await run({ operation: 'getFeedback', request: locator(issue.key) });
		expect(read.items[0].json).toEqual({ requestKey: issue.key, type: 'csat', rating: 4, comment: 'Fast fix' });
		const deleted = await run({ operation: 'deleteFeedback', request: locator(issue.key) });
		expect(deleted.items[0].json).toEqual({ requestKey: issue.key, deleted: true });
		expect(issueByKey(issue.key).feedback).toBeNull();
	});

	test('a rating outside 1-5 names the item and the field', async () => {
		const issue = freshRequest((candidate) => candidate.reporterId === ADMIN && !candidate.feedback);
		const result = await run(
			{ operation: 'postFeedback', request: locator(issue.key), rating: '={{ $json.rating }}' },
			{ input: [{ rating: 6 }, { rating: 2.5 }], continueOnFail: true },
		);
		expect(result.items.map((item) => item.json.error)).toEqual([
			'Item 0: the Rating must be a whole number from 1 to 5, not "6"',
			'Item 1: the Rating must be a whole number from 1 to 5, not "2.5"',
		]);
		expect(issueByKey(issue.key).feedback).toBeNull();
	});
});
