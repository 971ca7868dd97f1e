import { runNode } from '../helpers/run-node';
import { adminCredentials } from '../helpers/sandbox';
import { resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const ADMIN = '5b10a2844c20165700ede21g';
const agentCredentials = () => adminCredentials(sb, { email: 'agent@sandbox.test', apiToken: 'sandbox-agent-token' });
const run = resourceRunner(sb, 'site');
const call = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	run({ operation: 'customApiCall', ...parameters }, extra);

test('get info reads the service desk version', async () => {
	const result = await run({ operation: 'getInfo' });
	expect(result.error).toBeUndefined();
	expect(result.items[0].json).toMatchObject({ version: expect.any(String), isLicensedForUse: true, _links: { self: `${sb.url}/rest/servicedeskapi` } });
});

describe('check my permissions', () => {
	test('simplified to permission: true or false, for an admin and an agent', async () => {
		const permissions = ['ADMINISTER', 'BROWSE_PROJECTS', 'SERVICEDESK_AGENT'];
		const admin = await run({ operation: 'checkMyPermissions', permissions, projectKey: 'its' });
		expect(admin.error).toBeUndefined();
		expect(admin.items[0].json).toEqual({ ADMINISTER: true, BROWSE_PROJECTS: true, SERVICEDESK_AGENT: true });
		expect((sb.requests.at(-1) as any).query).toEqual({ permissions: permissions.join(','), projectKey: 'ITS' });

		const agent = await runNode({
			parameters: { resource: 'site', operation: 'checkMyPermissions', permissions },
			credentials: agentCredentials(),
		});
		expect(agent.items[0].json).toEqual({ ADMINISTER: false, BROWSE_PROJECTS: true, SERVICEDESK_AGENT: true });
	});

	test('the full answer without Simplify', async () => {
		const result = await run({ operation: 'checkMyPermissions', permissions: ['ADMINISTER'], simplify: false });
		expect(result.items[0].json).toMatchObject({ permissions: { ADMINISTER: { key: 'ADMINISTER', havePermission: true } } });
	});

	test('no permission or a bad project key is refused before any request', async () => {
		const before = sb.requests.length;
		const none = await run({ operation: 'checkMyPermissions', permissions: '={{ [] }}' });
		expect(none.error?.message).toBe('Item 0: choose at least one permission to check');
		const badKey = await run({ operation: 'checkMyPermissions', permissions: ['ADMINISTER'], projectKey: 'IT/../S' });
		expect(badKey.error?.message).toBe('Item 0: the Project Key "IT/../S" is not a project key, for example ITS');
		expect(sb.requests.length).toBe(before);
	});
});

describe('custom API call', () => {
	test('GET with query parameters, array answers split into items', async () => {
		const myself = await call({ method: 'GET', path: '/rest/api/3/myself' });
		expect(myself.error).toBeUndefined();
		expect(myself.items[0].json).toMatchObject({ accountId: ADMIN });

		const users = await call({ method: 'GET', path: '/rest/api/3/users/search', query: '{"startAt": 2, "maxResults": 4}' });
		expect(users.items.map((item) => item.json.accountId)).toEqual([...sb.state.users.keys()].slice(2, 6));
	});

	test('POST and DELETE with a JSON body and query change the site', async () => {
		const group = [...sb.state.groups.values()].find((candidate: any) => candidate.name === 'facilities-team');
		const user = [...sb.state.users.values()].find((candidate: any) => !group.members.has(candidate.accountId) && candidate.accountType === 'atlassian');
		const added = await call({
			method: 'POST',
			path: '/rest/api/3/group/user',
			query: JSON.stringify({ groupId: group.groupId }),
			body: JSON.stringify({ accountId: user.accountId }),
		});
		expect(added.error).toBeUndefined();
		expect(added.items[0].json).toMatchObject({ name: 'facilities-team' });
		expect(group.members.has(user.accountId)).toBe(true);

		const removed = await call({ method: 'DELETE', path: '/rest/api/3/group/user', query: JSON.stringify({ groupId: group.groupId, accountId: user.accountId }) });
		expect(removed.items[0].json).toEqual({ success: true });
		expect(group.members.has(user.accountId)).toBe(false);
	});

	test('the experimental toggle sends the opt-in header', async () => {
		const refused = await call({ method: 'GET', path: '/rest/servicedeskapi/requesttype' });
		expect(refused.error).toMatchObject({ httpCode: '412' });
		const accepted = await call({ method: 'GET', path: '/rest/servicedeskapi/requesttype', experimental: true });
		expect(accepted.error).toBeUndefined();
		expect((accepted.items[0].json.values as unknown[]).length).toBeGreaterThan(0);
	});

	test('paths off the site and malformed JSON are refused per item before any request', async () => {
		const bad = [
			['https://evil.example/rest/api/3/myself', 'must be a path such as /rest/api/3/myself, not a URL: the site comes from the credential'],
			['//evil.example/rest/api/3/myself', 'must be a path such as /rest/api/3/myself, not a URL: the site comes from the credential'],
			['/admin/users', 'must start with /rest/'],
			['/rest/api/3/../../admin', 'must not contain ..'],
			['/rest/api/3/%2e%2e/%2e%2e/admin', 'must not contain ..'],
			['/rest/api/3//myself', 'must not contain // or a backslash'],
			['/rest/api/3/myself#top', 'must not contain a # fragment'],
			['/rest/api/3/myself?expand=groups', 'must not contain a query string: put query parameters in Query Parameters (JSON)'],
			['/rest/api/3/my self', 'contains characters that are not allowed in a URL path (such as spaces or backslashes)'],
		];
		const before = sb.requests.length;
		const result = await call(
			{ method: 'GET', path: '={{ $json.path }}' },
			{ input: bad.map(([path]) => ({ path })), continueOnFail: true },
		);
		expect(result.items.map((item) => item.json.error)).toEqual(
			bad.map(([path, problem], index) => `Item ${index}: the Path "${path}" ${problem}`),
		);

		const json = await call(
			{ method: 'POST', path: '/rest/api/3/group/user', query: '={{ $json.query }}', body: '={{ $json.body }}' },
			{ input: [{ query: '{"groupId": {"x": 1}}', body: '{}' }, { query: '[1]', body: '{}' }, { query: '{}', body: '{oops' }], continueOnFail: true },
		);
		expect(json.items.map((item) => item.json.error)).toEqual([
			'Item 0: Query Parameters (JSON): "groupId" must be a string, number, boolean or a list of those',
			'Item 1: Query Parameters (JSON) must be a JSON object, such as {"startAt": 0}',
			expect.stringMatching(/^Item 2: Body \(JSON\) is not valid JSON/),
		]);
		expect(sb.requests.length).toBe(before);
	});
});
