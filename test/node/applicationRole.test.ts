import { searchApplicationRoles } from '../../nodes/JiraServiceManagement/methods/listSearch';
import { loadOptionsContext } from '../helpers/load-options';
import { adminCredentials } from '../helpers/sandbox';
import { resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const run = resourceRunner(sb, 'applicationRole');
/** Seats in use: the distinct members of the role's groups. */
const usersOf = (role: any) =>
	new Set(role.groups.flatMap((name: string) => [...[...sb.state.groups.values()].find((group: any) => group.name === name).members])).size;

test('query lists every product with its seats, or up to the limit', async () => {
	const all = await run({ operation: 'query', returnAll: true });
	expect(all.error).toBeUndefined();
	expect(all.items.map((item) => item.json.key)).toEqual(sb.state.applicationRoles.map((role: any) => role.key));
	const one = await run({ operation: 'query', limit: 1 });
	expect(one.items).toHaveLength(1);
});

test('get one product by key with its licence counts', async () => {
	const role = sb.state.applicationRoles.find((candidate: any) => candidate.key === 'jira-servicedesk');
	const result = await run({ operation: 'get', applicationRole: { __rl: true, mode: 'list', value: 'jira-servicedesk' } });
	expect(result.error).toBeUndefined();
	expect(result.items[0].json).toMatchObject({
		key: 'jira-servicedesk',
		name: role.name,
		numberOfSeats: role.seats,
		userCount: usersOf(role),
		remainingSeats: role.seats - usersOf(role),
		groups: role.groups,
	});
});

test('a key that is not one is refused per item; an unknown one gets a 404', async () => {
	const before = sb.requests.length;
	const result = await run(
		{ operation: 'get', applicationRole: { __rl: true, mode: 'id', value: '={{ $json.key }}' } },
		{ input: [{ key: 'jira-software/../x' }, { key: 'no-such-product' }], continueOnFail: true },
	);
	expect(result.items).toHaveLength(2);
	expect(result.items[0].json.error).toBe('Item 0: the application role "jira-software/../x" is not a role key, for example jira-servicedesk');
	expect(result.items[1].json.error).toMatch(/^Not found, or not visible to this account/);
	expect(sb.requests.length).toBe(before + 1);
});

test('the role list in the editor filters by name or key', async () => {
	const context = loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi);
	const found = await searchApplicationRoles.call(context, 'service');
	expect(found.results).toEqual([{ name: 'Jira Service Management', value: 'jira-servicedesk' }]);
});
