import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const run = resourceRunner(sb, 'customer');
const desk = (id: string): any => sb.state.serviceDesks.get(id);
const userByEmail = (email: string): any => [...sb.state.users.values()].find((user: any) => user.emailAddress === email);

test('query lists the customers of a service desk, with a search term', async () => {
	const all = await run({ operation: 'query', serviceDesk: locator('2'), returnAll: true });
	expect(all.items.map((item) => item.json.accountId)).toEqual([...desk('2').customerIds]);

	const someone = sb.state.users.get([...desk('2').customerIds][1]);
	const term = someone.displayName.split(' ')[1];
	const found = await run({ operation: 'query', serviceDesk: locator('2'), returnAll: true, filters: { query: term } });
	expect(found.items.length).toBeGreaterThan(0);
	for (const item of found.items) expect(String(item.json.displayName).toLowerCase()).toContain(term.toLowerCase());
	expect(found.items.map((item) => item.json.accountId)).toContain(someone.accountId);
});

test('create a customer, add them to a service desk and remove them again', async () => {
	const created = await run({ operation: 'create', email: 'dana.new@customer.example', displayName: 'Dana New' });
	expect(created.error).toBeUndefined();
	const user = userByEmail('dana.new@customer.example');
	expect(user).toMatchObject({ displayName: 'Dana New', accountType: 'customer' });
	expect(created.items[0].json.accountId).toBe(user.accountId);

	const added = await run({ operation: 'addToServiceDesk', serviceDesk: locator('3'), accountIds: user.accountId });
	expect(added.items[0].json).toEqual({ serviceDeskId: '3', accountIds: [user.accountId], added: true });
	expect(desk('3').customerIds.has(user.accountId)).toBe(true);

	await run({ operation: 'removeFromServiceDesk', serviceDesk: locator('3'), accountIds: user.accountId });
	expect(desk('3').customerIds.has(user.accountId)).toBe(false);
});

test('invite a customer to a service desk', async () => {
	const invited = await run({ operation: 'invite', serviceDesk: locator('2'), email: 'eli.invited@customer.example', displayName: '' });
	expect(invited.error).toBeUndefined();
	const user = userByEmail('eli.invited@customer.example');
	expect(user).toBeDefined();
	expect(desk('2').customerIds.has(user.accountId)).toBe(true);
	expect(invited.items[0].json).toMatchObject({ serviceDeskId: '2', accountId: user.accountId });
});

test('revoke portal-only access', async () => {
	const customer = [...sb.state.users.values()].find((user: any) => user.accountType === 'customer' && user.active) as any;
	const result = await run({ operation: 'revokePortalOnlyAccess', accountId: customer.accountId });
	expect(result.items[0].json).toEqual({ accountId: customer.accountId, portalOnlyAccessRevoked: true });
	expect(sb.state.users.get(customer.accountId).accountType).not.toBe('customer');
});

test('bad input names the item and the field, and every item yields one item', async () => {
	const usersBefore = sb.state.users.size;
	const result = await run(
		{ operation: 'create', email: '={{ $json.email }}', displayName: '' },
		{ input: [{ email: 'not-an-email' }, { email: 'fine@customer.example' }], continueOnFail: true },
	);
	expect(result.items).toHaveLength(2);
	expect(result.items[0].json.error).toBe('Item 0: Email "not-an-email" is not an email address');
	expect(result.items[1].json.emailAddress).toBe('fine@customer.example');
	expect(sb.state.users.size).toBe(usersBefore + 1);

	const empty = await run({ operation: 'addToServiceDesk', serviceDesk: locator('1'), accountIds: ' , ' });
	expect(empty.error?.message).toBe('Item 0: Account IDs is empty; give at least one account ID');

	const unknown = await run({ operation: 'addToServiceDesk', serviceDesk: locator('1'), accountIds: 'nobody-here' });
	expect(unknown.error).toMatchObject({ httpCode: '400', message: "Jira refused the request as invalid: The user 'nobody-here' does not exist." });
	expect(desk('1').customerIds.has('nobody-here')).toBe(false);
});
