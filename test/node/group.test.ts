import { searchGroups } from '../../nodes/JiraServiceManagement/methods/listSearch';
import { loadOptionsContext } from '../helpers/load-options';
import { adminCredentials } from '../helpers/sandbox';
import { resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });
const run = resourceRunner(sb, 'group');
const groupNamed = (name: string): any => [...sb.state.groups.values()].find((group: any) => group.name === name);
/** A developer account (jira-software-users only), not in the HR team. */
const developer = (): any =>
	[...sb.state.users.values()].find((user: any) => String(user.emailAddress).endsWith('@dev.sandbox.test') && !groupNamed('hr-team').members.has(user.accountId));

describe('query', () => {
	test('lists every group (experimental endpoint, opted in)', async () => {
		const all = await run({ operation: 'query', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items.map((item) => item.json)).toEqual([...sb.state.groups.values()].map((group: any) => ({ name: group.name, groupId: group.groupId })));
		const limited = await run({ operation: 'query', limit: 3, filters: { applicationKey: 'jira-servicedesk' } });
		expect(limited.items).toHaveLength(3);
		expect((sb.requests.at(-1) as any).query).toMatchObject({ applicationKey: 'jira-servicedesk', maxResults: '3' });
	});
});

describe('members', () => {
	test('pages through the members of a group picked by name, inactive ones on request', async () => {
		const group = groupNamed('facilities-team');
		// Enough members for two 50-user pages, one of them deactivated.
		for (let n = 0; n < 70; n++) {
			const accountId = `5d00${String(n).padStart(20, '0')}`;
			sb.state.users.set(accountId, { accountId, displayName: `Temp ${n}`, emailAddress: `temp${n}@sandbox.test`, accountType: 'atlassian', active: n !== 0, timeZone: 'Etc/UTC', locale: 'en_US' });
			group.members.add(accountId);
		}
		const active = [...group.members].filter((id) => sb.state.users.get(id).active);
		const result = await run({ operation: 'queryMembers', group: rl('facilities-team', 'name'), returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.accountId)).toEqual(active);
		const withInactive = await run({ operation: 'queryMembers', group: rl(group.groupId, 'list'), includeInactiveUsers: true, returnAll: true });
		expect(withInactive.items).toHaveLength(group.members.size);
		expect(withInactive.items.length).toBeGreaterThan(50);
	});
});

describe('membership changes', () => {
	test('add a user to a group picked from the list', async () => {
		const group = groupNamed('hr-team');
		const user = developer();
		const result = await run({ operation: 'addUser', group: rl(group.groupId, 'list'), user: rl(user.accountId, 'list') });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ name: 'hr-team', groupId: group.groupId, accountId: user.accountId, added: true });
		expect(group.members.has(user.accountId)).toBe(true);
	});

	test('remove a user from a group by name, reclaiming the licence; a second removal fails', async () => {
		const group = groupNamed('jira-software-users');
		const user = developer();
		expect(group.members.has(user.accountId)).toBe(true);
		const result = await run({ operation: 'removeUser', group: rl('jira-software-users', 'name'), user: rl(user.accountId) });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ groupname: 'jira-software-users', accountId: user.accountId, removed: true });
		expect(group.members.has(user.accountId)).toBe(false);
		const again = await run({ operation: 'removeUser', group: rl('jira-software-users', 'name'), user: rl(user.accountId) });
		expect(again.error).toMatchObject({ httpCode: '400' });
	});

	test('bad group and account input is refused per item before any request', async () => {
		const before = sb.requests.length;
		const result = await run(
			{ operation: 'addUser', group: rl('={{ $json.group }}', 'name'), user: rl('={{ $json.user }}') },
			{ input: [{ group: '', user: 'abc' }, { group: 'hr-team', user: 'x y' }], continueOnFail: true },
		);
		expect(result.items.map((item) => item.json.error)).toEqual([
			'Item 0: the group "" is not a group name',
			'Item 1: the user "x y" is not an account ID, for example 5b10ac8d82e05b22cc7d4ef5',
		]);
		expect(sb.requests.length).toBe(before);
	});
});

test('the group list in the editor searches by name, valued by group ID', async () => {
	const context = loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi);
	const found = await searchGroups.call(context, 'team');
	expect(found.results.map((result) => result.name).sort()).toEqual(['facilities-team', 'hr-team', 'it-support-team']);
	expect(found.results.find((result) => result.name === 'hr-team')?.value).toBe(groupNamed('hr-team').groupId);
});
