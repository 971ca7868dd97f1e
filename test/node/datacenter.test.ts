// Every operation family the README lists for Jira Data Center, run through n8n-core against the sandbox's Data
// Center mode (test/sandbox/datacenter.js): /rest/api/2 validated against Atlassian's DC 10.3 OpenAPI file, JSM people
// fields as usernames (DC JSM REST reference, https://docs.atlassian.com/jira-servicedesk/REST/: `usernames` in
// RequestParticipantUpdateDTO / ServiceDeskCustomerDTO / UsersOrganizationUpdateDTO; jira.js serviceDeskServer).
import { searchGroups, searchUsers } from '../../nodes/JiraServiceManagement/methods/listSearch';
import { loadOptionsContext } from '../helpers/load-options';
import { runNode } from '../helpers/run-node';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	// A server away from UTC: Jira DC renders every time in its server's zone (test/sandbox/format/dates.js inTimeZone).
	sb = await startSandbox({ deployment: 'datacenter', version: '10.3', serverTimeZone: 'America/Phoenix', requestCount: 60 });
});
afterAll(async () => sb.close());
afterEach(() => {
	expect(sb.violations).toEqual([]);
	expect(sb.serverErrors).toEqual([]);
});

const AGENT = { username: 'avery.agent', accountId: '5b10ac8d82e05b22cc7d4ef5' };
const CUSTOMER = { username: 'casey.customer@sandbox.test', accountId: 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae' };
const locator = (value: string) => ({ __rl: true, mode: 'id', value });
const credentials = () => ({
	jiraServiceManagementApi: { deployment: 'datacenter', siteUrl: sb.url, authType: 'bearer', apiToken: 'sandbox-admin-pat' },
});
const run = (resource: string, parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	runNode({ parameters: { resource, ...parameters }, credentials: credentials(), ...extra });
const requests = (): any[] => [...sb.state.issues.values()].filter((issue: any) => issue.serviceDeskId);
const issueByKey = (key: string): any => [...sb.state.issues.values()].find((issue: any) => issue.key === key);
const sentSince = (before: number) => sb.requests.slice(before).map((request) => `${request.method} ${request.path} ${request.status}`);
/** Request → Create on desk 1 with request type 4, its fields `value`; `extra` adds e.g. `options`. */
const createRequest = (value: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	run('request', {
		operation: 'create',
		serviceDesk: locator('1'),
		requestType: locator('4'),
		requestFieldValues: { mappingMode: 'defineBelow', value, matchingColumns: [], schema: [] },
		...extra,
	});

describe('JSM people are usernames on Data Center', () => {
	test('participants: usernames with a dot and an @ are added and removed', async () => {
		const issue = requests().find((candidate) => candidate.participants.length === 0);
		const added = await run('participant', { operation: 'add', request: locator(issue.key), accountIds: `${AGENT.username}, ${CUSTOMER.username}` });
		expect(added.error).toBeUndefined();
		expect(issue.participants).toEqual([AGENT.accountId, CUSTOMER.accountId]);
		const removed = await run('participant', { operation: 'remove', request: locator(issue.key), accountIds: AGENT.username });
		expect(removed.error).toBeUndefined();
		expect(issue.participants).toEqual([CUSTOMER.accountId]);
	});

	test('customers and organization users take usernames', async () => {
		const desk = sb.state.serviceDesks.get('3');
		const customer = await run('customer', { operation: 'addToServiceDesk', serviceDesk: locator('3'), accountIds: CUSTOMER.username });
		expect(customer.error).toBeUndefined();
		expect(desk.customerIds.has(CUSTOMER.accountId)).toBe(true);
		const organization = sb.state.organizations.get('2');
		const users = await run('organization', { operation: 'addUsers', organization: locator('2'), accountIds: CUSTOMER.username });
		expect(users.error).toBeUndefined();
		expect(organization.members.has(CUSTOMER.accountId)).toBe(true);
	});

	test('request create raises on behalf of a customer username, with participants by username', async () => {
		const result = await createRequest(
			{ summary: 'Printer on level 3 jams', description: 'Raised from n8n', customfield_10101: 'Printer', customfield_10104: '2026-12-01', priority: 'High' },
			{ options: { raiseOnBehalfOf: CUSTOMER.username, requestParticipants: AGENT.username } },
		);
		expect(result.error).toBeUndefined();
		const stored = issueByKey(String(result.items[0].json.key));
		expect(stored).toMatchObject({ summary: 'Printer on level 3 jams', reporterId: CUSTOMER.accountId, participants: [AGENT.accountId] });
	});

	test('request create sends a user field as { name }: Data Center has no account IDs', async () => {
		const bodies: string[] = [];
		const stop = sb.onRequest(({ method, path, body }) => {
			if (method === 'POST' && path === '/rest/servicedeskapi/request') bodies.push(body);
		});
		const result = await createRequest({ summary: 'Laptop for a new starter', description: 'Starts Monday', customfield_10101: 'Printer', customfield_10105: CUSTOMER.username });
		stop();
		expect(result.error).toBeUndefined();
		expect(JSON.parse(bodies[0]).requestFieldValues.customfield_10105).toEqual({ name: CUSTOMER.username });
		expect(issueByKey(String(result.items[0].json.key)).fieldValues.customfield_10105).toBe(CUSTOMER.accountId);
	});

	test('request update assigns by username ({ name } on Data Center) and sends the description as text', async () => {
		const issue = requests()[20];
		const result = await run('request', {
			operation: 'update',
			request: locator(issue.key),
			updateFields: { description: 'Black screen\nsince Monday', assignee: AGENT.username },
		});
		expect(result.error).toBeUndefined();
		expect(issueByKey(issue.key)).toMatchObject({ description: 'Black screen\nsince Monday', assigneeId: AGENT.accountId });
	});

	test('a blank or comma-only list still names the item and the field, in Data Center words', async () => {
		const result = await run('participant', { operation: 'add', request: locator(requests()[0].key), accountIds: ' , ' }, { continueOnFail: true });
		expect(result.items[0].json.error).toBe('Item 0: Account IDs is empty: give at least one username (Jira Data Center takes usernames here)');
	});
});

describe('platform operations speak /rest/api/2 with wiki text', () => {
	test('issue update sends the description as text, not ADF', async () => {
		const issue = requests()[1];
		const before = sb.requests.length;
		const result = await run('issue', { operation: 'update', issue: locator(issue.key), updateFields: { description: 'Errors since 09:00\nAll regions' } });
		expect(result.error).toBeUndefined();
		expect(issueByKey(issue.key).description).toBe('Errors since 09:00\nAll regions');
		expect(sentSince(before)).toEqual([`PUT /rest/api/2/issue/${issue.key} 204`]);
	});

	test('comment update sends the body as text', async () => {
		const issue = requests().find((candidate) => candidate.comments.length > 0);
		const comment = issue.comments[0];
		const result = await run('comment', { operation: 'update', request: locator(issue.key), commentId: comment.id, body: 'Rebooted the switch\nall good' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ id: comment.id, body: 'Rebooted the switch\nall good' });
		expect(issue.comments.find((c: any) => c.id === comment.id).body).toBe('Rebooted the switch\nall good');
	});

	test('an agent transition with an internal note: /rest/api/2 transitions, the note as text', async () => {
		const waiting = [...sb.state.statuses.values()].find((status: any) => status.name === 'Waiting for support');
		const issue = requests().find((candidate) => candidate.statusId === waiting.id);
		const before = sb.requests.length;
		const result = await run('request', {
			operation: 'transition',
			request: locator(issue.key),
			transitionBy: 'list',
			transition: 'agent:51',
			comment: 'Duplicate of the printer outage',
			agentTransitionOptions: { fields: '{"resolution": {"name": "Duplicate"}}', internalComment: true },
		});
		expect(result.error).toBeUndefined();
		expect(sentSince(before)).toEqual([`GET /rest/api/2/issue/${issue.key}/transitions 200`, `POST /rest/api/2/issue/${issue.key}/transitions 204`]);
		expect(sb.state.statuses.get(issue.statusId).name).toBe('Resolved');
		expect(issue.comments.at(-1)).toMatchObject({ body: 'Duplicate of the printer outage', public: false });
	});

	test('JQL goes through POST /rest/api/2/search, paged by startAt and total, also when Jira lowers maxResults', async () => {
		const expected = requests()
			.filter((issue) => issue.key.startsWith('ITS-'))
			.map((issue) => issue.key)
			.sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
		let before = sb.requests.length;
		const result = await run('issue', { operation: 'query', jql: 'project = ITS ORDER BY key ASC', returnAll: true, fields: 'summary' });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.key)).toEqual(expected);
		expect(sentSince(before)).toEqual(['POST /rest/api/2/search 200']);

		// An admin lowered jira.search.views.default.max: pages of 7, the next one starting after what came.
		sb.configure({ searchMaxResults: 7 });
		before = sb.requests.length;
		const paged = await run('issue', { operation: 'query', jql: 'project = ITS ORDER BY key ASC', returnAll: true, fields: 'summary' });
		sb.configure({ searchMaxResults: 1000 });
		expect(paged.items.map((item) => item.json.key)).toEqual(expected);
		expect(sentSince(before)).toHaveLength(Math.ceil(expected.length / 7));
		const limited = await run('issue', { operation: 'query', jql: 'project = ITS ORDER BY key ASC', limit: 3, fields: 'summary' });
		expect(limited.items.map((item) => item.json.key)).toEqual(expected.slice(0, 3));
	});
});

describe('the other operations the README lists for Data Center', () => {
	test('request query by JQL reads /rest/api/2/field, then POST /rest/api/2/search', async () => {
		const before = sb.requests.length;
		const result = await run('request', { operation: 'query', searchWith: 'jql', jql: 'project = HR ORDER BY key ASC', returnAll: true });
		expect(result.error).toBeUndefined();
		const expected = requests().filter((issue) => issue.key.startsWith('HR-')).length;
		expect(result.items).toHaveLength(expected);
		expect(sentSince(before)).toEqual(['GET /rest/api/2/field 200', 'POST /rest/api/2/search 200']);
	});

	test('issue get (simplified, text description), delete; comment delete; attachment delete', async () => {
		const [first, second] = requests().slice(10);
		const got = await run('issue', { operation: 'get', issue: locator(first.key) });
		expect(got.error).toBeUndefined();
		expect(got.items[0].json).toMatchObject({ key: first.key, summary: first.summary, reporterUsername: sb.state.users.get(first.reporterId).name });

		const withComment = requests().find((candidate) => candidate.comments.length > 1);
		const comment = withComment.comments[0];
		expect((await run('comment', { operation: 'delete', request: locator(withComment.key), commentId: comment.id })).error).toBeUndefined();
		expect(withComment.comments.find((c: any) => c.id === comment.id)).toBeUndefined();

		const attachment: any = [...sb.state.attachments.values()][0];
		expect((await run('attachment', { operation: 'delete', attachmentId: attachment.id })).error).toBeUndefined();
		expect(sb.state.attachments.has(attachment.id)).toBe(false);

		const before = sb.requests.length;
		expect((await run('issue', { operation: 'delete', issue: locator(second.key) })).error).toBeUndefined();
		expect(issueByKey(second.key)).toBeUndefined();
		expect(sentSince(before)).toEqual([`DELETE /rest/api/2/issue/${second.key} 204`]);
	});

	test('issue watchers read /rest/api/2, naming people by username', async () => {
		const issue = requests()[12];
		const before = sb.requests.length;
		const got = await run('issue', { operation: 'getWatchers', issue: locator(issue.key) });
		expect(got.error).toBeUndefined();
		expect(sentSince(before)).toEqual([`GET /rest/api/2/issue/${issue.key}/watchers 200`]);
		expect(got.items[0].json).toMatchObject({ issueKey: issue.key, watchCount: issue.watcherIds.length });
		const names = (got.items[0].json.watchers as any[]).map((user) => user.name);
		expect(names).toEqual(issue.watcherIds.map((id: string) => sb.state.users.get(id).name));
		expect(names.every(Boolean)).toBe(true);
	});

	test('check my permissions and application roles read /rest/api/2', async () => {
		const permissions = await run('site', { operation: 'checkMyPermissions', permissions: ['ADMINISTER', 'BROWSE_PROJECTS'] });
		expect(permissions.items[0].json).toEqual({ ADMINISTER: true, BROWSE_PROJECTS: true });
		const roles = await run('applicationRole', { operation: 'query', returnAll: true });
		expect(roles.error).toBeUndefined();
		expect(roles.items.length).toBeGreaterThan(0);
		const role = await run('applicationRole', { operation: 'get', applicationRole: { __rl: true, mode: 'list', value: 'jira-servicedesk' } });
		expect(role.items[0].json).toMatchObject({ key: 'jira-servicedesk' });
	});

	test('JSM reads pass through as on Cloud: service desks, one request', async () => {
		const desks = await run('serviceDesk', { operation: 'query', returnAll: true });
		expect(desks.items.map((item) => item.json.id)).toEqual([...sb.state.serviceDesks.keys()]);
		const request = requests()[3];
		const got = await run('request', { operation: 'get', request: locator(request.key) });
		expect(got.items[0].json).toMatchObject({ key: request.key, summary: request.summary, reporterUsername: sb.state.users.get(request.reporterId).name });
		expect(got.items[0].json.reporterAccountId).toBeUndefined();
	});
});

describe('users and groups by username and group name', () => {
	const groupByName = (name: string): any => [...sb.state.groups.values()].find((group: any) => group.name === name);
	const byName = (value: string) => ({ __rl: true, mode: 'name', value });
	const byUsername = (value: string) => ({ __rl: true, mode: 'username', value });

	test('user get by username and user query by text read /rest/api/2', async () => {
		const got = await run('user', { operation: 'get', user: byUsername(AGENT.username) });
		expect(got.error).toBeUndefined();
		expect(got.items[0].json).toMatchObject({ name: AGENT.username, displayName: 'Avery Agent' });
		const found = await run('user', { operation: 'query', searchText: 'casey', returnAll: true });
		expect(found.items.map((item) => item.json.name)).toContain(CUSTOMER.username);
		const withGroups = await run('user', { operation: 'get', user: byUsername(AGENT.username), expand: ['groups'] }, { continueOnFail: true });
		expect(withGroups.items[0].json.error).toBe('Item 0: Include is not available on Jira Data Center; leave it empty');
	});

	test('group members by group name; add and remove a user by username', async () => {
		const group = groupByName('hr-team');
		const members = await run('group', { operation: 'queryMembers', group: byName('hr-team'), returnAll: true });
		expect(members.items.map((item) => item.json.name).sort()).toEqual([...group.members].map((id: string) => sb.state.users.get(id).name).sort());

		const added = await run('group', { operation: 'addUser', group: byName('hr-team'), user: byUsername(CUSTOMER.username) });
		expect(added.error).toBeUndefined();
		expect(group.members.has(CUSTOMER.accountId)).toBe(true);
		const removed = await run('group', { operation: 'removeUser', group: byName('hr-team'), user: byUsername(CUSTOMER.username) });
		expect(removed.error).toBeUndefined();
		expect(group.members.has(CUSTOMER.accountId)).toBe(false);
	});

	test('a group by ID is refused before any request: Data Center names groups by name', async () => {
		const before = sb.requests.length;
		const result = await run('group', { operation: 'queryMembers', group: locator(groupByName('hr-team').groupId), returnAll: true }, { continueOnFail: true });
		expect(result.items[0].json.error).toBe('Jira Data Center names groups by name, not by group ID: choose the group By Name');
		expect(sentSince(before)).toEqual([]);
	});
});

describe('people and groups in query strings, in Data Center terms', () => {
	const editor = () => loadOptionsContext(credentials().jiraServiceManagementApi);

	test('the organization member filter: Data Center has none, so the node says so instead of listing every organization', async () => {
		const before = sb.requests.length;
		const result = await run('organization', { operation: 'query', scope: 'all', returnAll: true, filters: { accountId: CUSTOMER.username } }, { continueOnFail: true });
		expect(result.items[0].json.error).toBe(
			"Not available on Jira Data Center: Jira Service Management Data Center's organization list has no member filter (it takes only start and limit); remove the Member Account ID filter",
		);
		expect(sentSince(before)).toEqual([]);
	});

	test('the user list searches by username (?username=) and picks usernames', async () => {
		const before = sb.requests.length;
		const found = await searchUsers.call(editor(), 'avery');
		expect(found.results).toContainEqual({ name: 'Avery Agent (agent@sandbox.test)', value: AGENT.username });
		expect(sb.requests.slice(before).map((request) => [request.path, request.query.username])).toEqual([['/rest/api/2/user/search', 'avery']]);
	});

	test('the user list without a search text pages through GET /rest/api/2/user/list by cursor', async () => {
		// More users than one page of the list (50): the seed has fewer.
		const template: any = sb.state.users.get(AGENT.accountId);
		const extra = Array.from({ length: 30 }, (_, i) => ({ ...template, accountId: `extra-${i}`, name: `extra.user${i}`, key: `JIRAUSER9${i}`, displayName: `Extra User ${i}`, emailAddress: `extra${i}@sandbox.test` }));
		for (const user of extra) sb.state.users.set(user.accountId, user);
		try {
			const before = sb.requests.length;
			const first = await searchUsers.call(editor());
			expect(first.results).toHaveLength(50);
			expect(first.paginationToken).toBe('50');
			const second = await searchUsers.call(editor(), undefined, String(first.paginationToken));
			expect(second.paginationToken).toBeUndefined();
			const values = [...first.results, ...second.results].map((result) => result.value);
			expect(values.sort()).toEqual([...sb.state.users.values()].map((user: any) => user.name).sort());
			expect(values).toContain(AGENT.username);
			expect(sb.requests.slice(before).map((request) => [request.path, request.query.cursor ?? null])).toEqual([
				['/rest/api/2/user/list', null],
				['/rest/api/2/user/list', '50'],
			]);
		} finally {
			for (const user of extra) sb.state.users.delete(user.accountId);
		}
	});

	test('User → Query without a search text lists every user (Jira 10.3 on), with a limit too', async () => {
		const all = await run('user', { operation: 'query', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items.map((item) => item.json.name).sort()).toEqual([...sb.state.users.values()].map((user: any) => user.name).sort());
		const some = await run('user', { operation: 'query', returnAll: false, limit: 3 });
		expect(some.items).toHaveLength(3);
		expect(some.items[0].json).toMatchObject({ name: expect.any(String), key: expect.stringMatching(/^JIRAUSER/) });
	});

	test('before Jira 10.3 (no user list) the list without text says to give one', async () => {
		const old = await startSandbox({ deployment: 'datacenter', version: '9.12', requestCount: 5 });
		try {
			const result = await runNode({
				parameters: { resource: 'user', operation: 'query', returnAll: true },
				credentials: { jiraServiceManagementApi: { deployment: 'datacenter', siteUrl: old.url, authType: 'bearer', apiToken: 'sandbox-admin-pat' } },
				continueOnFail: true,
			});
			expect(result.items[0].json.error).toBe(
				'This Jira Data Center has no list of all users (GET /rest/api/2/user/list came with Jira 10.3): give a search text, which Jira matches against usernames, names and email addresses',
			);
			expect(old.requests.map((request) => `${request.path} ${request.status}`)).toContain('/rest/api/2/user/list 404');
		} finally {
			await old.close();
		}
	});

	test('the group list picks group names, and a group picked from it is sent by name', async () => {
		const found = await searchGroups.call(editor(), 'hr');
		expect(found.results).toContainEqual({ name: 'hr-team', value: 'hr-team' });
		const before = sb.requests.length;
		const members = await run('group', { operation: 'queryMembers', group: { __rl: true, mode: 'list', value: 'hr-team' }, returnAll: true });
		expect(members.error).toBeUndefined();
		expect(members.items.length).toBeGreaterThan(0);
		expect(sb.requests.slice(before).map((request) => [request.path, request.query.groupname])).toEqual([['/rest/api/2/group/member', 'hr-team']]);
	});

	test('attachment download reads the metadata from /rest/api/2 and the file from JSM', async () => {
		const issue = requests().find((candidate) => candidate.attachmentIds.some((id: string) => sb.state.attachments.has(id)));
		const id = issue.attachmentIds.find((candidate: string) => sb.state.attachments.has(candidate));
		const stored: any = sb.state.attachments.get(id);
		const before = sb.requests.length;
		const result = await run('attachment', { operation: 'download', request: locator(issue.key), attachmentId: id, binaryPropertyName: 'data' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ requestKey: issue.key, filename: stored.filename });
		expect(Buffer.from(result.items[0].binary!.data.data, 'base64').equals(stored.content)).toBe(true);
		expect(sentSince(before)[0]).toBe(`GET /rest/api/2/attachment/${id} 200`);
	});
});

describe('what Data Center lacks fails before any request, saying so', () => {
	test.each([
		['workspace', { operation: 'query', returnAll: true }, 'Not available on Jira Data Center: Assets workspaces are a Jira Cloud API'],
		['issue', { operation: 'getChangelog', issue: locator('ITS-1'), returnAll: true }, "Not available on Jira Data Center: Jira Data Center 10.3's REST API has no issue changelog resource"],
		['user', { operation: 'getGroups', user: { __rl: true, mode: 'username', value: 'avery.agent' } }, "Not available on Jira Data Center: Jira Data Center 10.3's REST API has no user groups resource"],
		['group', { operation: 'query', returnAll: true }, 'Not available on Jira Data Center: Jira Data Center 10.3 has no group list with paging'],
		// The JSM Operations resources answered "The subdomain "" is not valid" here; Forms were refused already.
		['alert', { operation: 'query', returnAll: true }, 'Not available on Jira Data Center: JSM Operations (alerts, schedules, on-call, teams, heartbeats) is a Jira Cloud API'],
		['schedule', { operation: 'query', returnAll: true }, 'Not available on Jira Data Center: JSM Operations'],
		['form', { operation: 'getAnswers', request: locator('ITS-1'), formId: '00000000-0000-4000-8000-000000000001' }, 'Not available on Jira Data Center: Forms are a Jira Cloud API'],
		// JSM DC has no permissions/check (its Request Type Permissions group reads and sets allowlists only): with or
		// without a username, the node refuses and names what Data Center offers instead.
		['requestType', { operation: 'checkPermissions', serviceDesk: locator('1') }, 'Not available on Jira Data Center: Jira Service Management Data Center has no request type permission check'],
		['requestType', { operation: 'checkPermissions', serviceDesk: locator('1'), options: { accountId: AGENT.username } }, '/requesttype/{requestTypeId}/permission'],
	])('%s %j', async (resource, parameters, message) => {
		const before = sb.requests.length;
		const result = await run(resource, parameters, { continueOnFail: true });
		expect(String(result.items[0].json.error)).toContain(message);
		expect(sentSince(before)).toEqual([]);
	});
});
