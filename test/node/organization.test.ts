import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const run = resourceRunner(sb, 'organization');
const org = (id: string): any => sb.state.organizations.get(id);
const customers = (): string[] =>
	[...sb.state.users.values()].filter((user: any) => user.accountType === 'customer').map((user: any) => user.accountId);

test('query lists every organization, or those of one service desk, or those of one member', async () => {
	const all = await run({ operation: 'query', scope: 'all', returnAll: true });
	expect(all.items.map((item) => item.json.name)).toEqual([...sb.state.organizations.values()].map((o: any) => o.name));

	const desk = sb.state.serviceDesks.get('2');
	const ofDesk = await run({ operation: 'query', scope: 'serviceDesk', serviceDesk: locator('2'), returnAll: true });
	expect(ofDesk.items.map((item) => item.json.id).sort()).toEqual([...desk.organizationIds].sort());

	const member = [...org('1').members][0] as string;
	const ofMember = await run({ operation: 'query', scope: 'all', returnAll: true, filters: { accountId: member } });
	const expected = [...sb.state.organizations.values()].filter((o: any) => o.members.has(member)).map((o: any) => o.id);
	expect(ofMember.items.map((item) => item.json.id)).toEqual(expected);

	const limited = await run({ operation: 'query', scope: 'all', returnAll: false, limit: 2 });
	expect(limited.items).toHaveLength(2);
});

test('create, get and delete an organization', async () => {
	const created = await run({ operation: 'create', name: 'Cyberdyne Systems' });
	expect(created.error).toBeUndefined();
	const id = String(created.items[0].json.id);
	expect(org(id).name).toBe('Cyberdyne Systems');

	const got = await run({ operation: 'get', organization: locator(id) });
	expect(got.items[0].json).toMatchObject({ id, name: 'Cyberdyne Systems' });

	const deleted = await run({ operation: 'delete', organization: locator(id) });
	expect(deleted.items[0].json).toEqual({ organizationId: id, deleted: true });
	expect(org(id)).toBeUndefined();
});

test('add, query and remove users of an organization', async () => {
	const outsiders = customers().filter((id) => !org('2').members.has(id)).slice(0, 2);
	const added = await run({ operation: 'addUsers', organization: locator('2'), accountIds: outsiders.join(', ') });
	expect(added.items[0].json).toEqual({ organizationId: '2', accountIds: outsiders, added: true });
	for (const id of outsiders) expect(org('2').members.has(id)).toBe(true);

	const users = await run({ operation: 'queryUsers', organization: locator('2'), returnAll: true });
	expect(users.items.map((item) => item.json.accountId).sort()).toEqual([...org('2').members].sort());
	expect(users.items[0].json.organizationId).toBe('2');

	await run({ operation: 'removeUsers', organization: locator('2'), accountIds: outsiders[0] });
	expect(org('2').members.has(outsiders[0])).toBe(false);
	expect(org('2').members.has(outsiders[1])).toBe(true);
});

test('add an organization to a service desk and remove it again', async () => {
	const desk = sb.state.serviceDesks.get('2');
	expect(desk.organizationIds.has('1')).toBe(false);
	await run({ operation: 'addToServiceDesk', serviceDesk: locator('2'), organization: locator('1') });
	expect(desk.organizationIds.has('1')).toBe(true);
	expect(org('1').serviceDeskIds.has('2')).toBe(true);

	const removed = await run({ operation: 'removeFromServiceDesk', serviceDesk: locator('2'), organization: locator('1') });
	expect(removed.items[0].json).toEqual({ serviceDeskId: '2', organizationId: '1', removed: true });
	expect(desk.organizationIds.has('1')).toBe(false);
});

test('entity properties: set, list keys, get and delete', async () => {
	const set = await run({ operation: 'setProperty', organization: locator('3'), propertyKey: 'sla-plan', propertyValue: '{"hours": 8}' });
	expect(set.items[0].json).toEqual({ key: 'sla-plan', value: { hours: 8 } });
	expect(org('3').properties.get('sla-plan')).toEqual({ hours: 8 });

	await run({ operation: 'setProperty', organization: locator('3'), propertyKey: 'note', propertyValue: '"VIP"' });
	expect(org('3').properties.get('note')).toBe('VIP');

	const keys = await run({ operation: 'getPropertyKeys', organization: locator('3') });
	expect(keys.items.map((item) => item.json.key)).toEqual([...org('3').properties.keys()]);

	const got = await run({ operation: 'getProperty', organization: locator('3'), propertyKey: 'sla-plan' });
	expect(got.items[0].json).toEqual({ key: 'sla-plan', value: { hours: 8 } });

	const deleted = await run({ operation: 'deleteProperty', organization: locator('3'), propertyKey: 'sla-plan' });
	expect(deleted.items[0].json).toEqual({ key: 'sla-plan', deleted: true });
	expect(org('3').properties.has('sla-plan')).toBe(false);
});

test('bad input names the item and the field, and every item yields one item', async () => {
	const before = org('4').properties.size;
	const result = await run(
		{ operation: 'setProperty', organization: locator('={{ $json.org }}'), propertyKey: 'k', propertyValue: '={{ $json.value }}' },
		{
			input: [
				{ org: '4', value: '{not json' },
				{ org: 'x', value: '{}' },
				{ org: '4', value: '{"ok": true}' },
				{ org: '2147483648', value: '{}' },
				{ org: '4', value: 'null' },
			],
			continueOnFail: true,
		},
	);
	expect(result.items).toHaveLength(5);
	expect(result.items[0].json.error).toMatch(/^Item 0: Value \(JSON\) is not valid JSON/);
	expect(result.items[1].json.error).toBe('Item 1: the organization "x" is not a valid id (a whole number such as 1)');
	expect(result.items[2].json).toEqual({ key: 'k', value: { ok: true } });
	// Organization ids are 32-bit in Atlassian's API description; null would leave Jira nothing to store.
	expect(result.items[3].json.error).toBe('Item 3: the organization "2147483648" is too large for an id (at most 2147483647)');
	expect(result.items[4].json.error).toBe('Item 4: Value (JSON) must not be empty or null');
	expect(org('4').properties.size).toBe(before + 1);

	const badUsers = await run({ operation: 'addUsers', organization: locator('4'), accountIds: 'ok-id, bad/id' });
	expect(badUsers.error?.message).toBe('Item 0: "bad/id" in Account IDs is not an account ID, for example 5b10ac8d82e05b22cc7d4ef5');
});
