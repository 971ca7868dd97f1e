import { searchUsers } from '../../nodes/JiraServiceManagement/methods/listSearch';
import { loadOptionsContext } from '../helpers/load-options';
import { adminCredentials } from '../helpers/sandbox';
import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const ADMIN = '5b10a2844c20165700ede21g';
const run = resourceRunner(sb, 'user');
const groupNamesOf = (accountId: string) =>
	[...sb.state.groups.values()].filter((group: any) => group.members.has(accountId)).map((group: any) => group.name).sort();

describe('query', () => {
	test('lists every user of the site, or up to the limit', async () => {
		const all = await run({ operation: 'query', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items.map((item) => item.json.accountId)).toEqual([...sb.state.users.keys()]);
		const some = await run({ operation: 'query', limit: 5 });
		expect(some.items.map((item) => item.json.accountId)).toEqual([...sb.state.users.keys()].slice(0, 5));
	});

	test('with a search text finds users by the start of their name or email', async () => {
		const result = await run({ operation: 'query', searchText: 'alex', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.accountId)).toContain(ADMIN);
		for (const { json } of result.items) expect(`${json.displayName} ${json.emailAddress ?? ''}`.toLowerCase()).toMatch(/(^|[\s@.])alex/);
		expect(sb.requests.at(-1)).toMatchObject({ path: '/rest/api/3/user/search' });
	});
});

describe('get', () => {
	test('one user with their groups', async () => {
		const result = await run({ operation: 'get', user: locator(ADMIN), expand: ['groups'] });
		expect(result.error).toBeUndefined();
		const user = sb.state.users.get(ADMIN);
		expect(result.items[0].json).toMatchObject({ accountId: ADMIN, displayName: user.displayName, emailAddress: user.emailAddress });
		const groups = (result.items[0].json.groups as any).items.map((group: any) => group.name).sort();
		expect(groups).toEqual(groupNamesOf(ADMIN));
	});

	test('the groups of a user, one item each', async () => {
		const result = await run({ operation: 'getGroups', user: locator(ADMIN) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.name).sort()).toEqual(groupNamesOf(ADMIN));
		expect(result.items[0].json).toMatchObject({ accountId: ADMIN, groupId: expect.any(String) });
	});

	test('an account ID that is not one is refused per item; an unknown one gets a 404', async () => {
		const before = sb.requests.length;
		const result = await run(
			{ operation: 'getGroups', user: locator('={{ $json.id }}') },
			{ input: [{ id: '../myself' }, { id: ADMIN }, { id: '5b10000000000000000000ff' }], continueOnFail: true },
		);
		expect(result.items).toHaveLength(groupNamesOf(ADMIN).length + 2);
		expect(result.items[0].json.error).toBe('Item 0: the user "../myself" is not an account ID, for example 5b10ac8d82e05b22cc7d4ef5');
		expect(result.items.at(-1)?.json.error).toMatch(/^Not found, or not visible to this account/);
		expect(result.items.at(-1)?.pairedItem).toEqual({ item: 2 });
		expect(sb.requests.length).toBe(before + 2);
	});
});

test('the user list in the editor searches by name and pages', async () => {
	const context = loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi);
	const found = await searchUsers.call(context, 'alex');
	expect(found.results).toContainEqual({ name: 'Alex Admin (admin@sandbox.test)', value: ADMIN });
	const first = await searchUsers.call(context);
	expect(first.results.map((result) => result.value)).toEqual([...sb.state.users.keys()].slice(0, 50));
});
