import { runNode } from '../helpers/run-node';
import { adminCredentials } from '../helpers/sandbox';
import { locator, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();


test('service desks: query all and get one', async () => {
	const all = await runNode({ parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true }, credentials: adminCredentials(sb) });
	expect(all.error).toBeUndefined();
	expect(all.items.map((i) => i.json.projectKey)).toEqual(expect.arrayContaining(['ITS', 'HR', 'FAC']));
	const one = await runNode({ parameters: { resource: 'serviceDesk', operation: 'get', serviceDesk: locator('1') }, credentials: adminCredentials(sb) });
	expect(one.items[0].json).toMatchObject({ id: '1' });
});

test('request types and their fields', async () => {
	const types = await runNode({
		parameters: { resource: 'requestType', operation: 'query', scope: 'serviceDesk', serviceDesk: locator('1'), returnAll: true },
		credentials: adminCredentials(sb),
	});
	expect(types.items.length).toBeGreaterThan(1);
	const fields = await runNode({
		parameters: { resource: 'requestType', operation: 'getFields', serviceDesk: locator('1'), requestType: locator(String(types.items[0].json.id)) },
		credentials: adminCredentials(sb),
	});
	expect(fields.items.map((i) => i.json.fieldId)).toContain('summary');
});

test('create a request, add an internal note, read both back', async () => {
	const types = await runNode({
		parameters: { resource: 'requestType', operation: 'query', scope: 'serviceDesk', serviceDesk: locator('1'), returnAll: true },
		credentials: adminCredentials(sb),
	});
	const requestTypeId = String(types.items[0].json.id);
	const created = await runNode({
		parameters: {
			resource: 'request',
			operation: 'create',
			serviceDesk: locator('1'),
			requestType: locator(requestTypeId),
			requestFieldValues: { mappingMode: 'defineBelow', value: { summary: 'Printer on fire', description: 'Second floor' } },
		},
		credentials: adminCredentials(sb),
	});
	expect(created.error).toBeUndefined();
	const key = String(created.items[0].json.key);
	expect(created.items[0].json).toMatchObject({ summary: 'Printer on fire', requestTypeId });

	const note = await runNode({
		parameters: { resource: 'comment', operation: 'create', request: locator(key), body: 'Checked: toner', visibility: 'internal' },
		credentials: adminCredentials(sb),
	});
	expect(note.error).toBeUndefined();
	const stored = [...sb.state.issues.values()].find((issue: { key: string }) => issue.key === key);
	expect(stored).toMatchObject({ summary: 'Printer on fire' });
	expect(stored.comments.map((c: { body: string; public: boolean }) => [c.body, c.public])).toEqual([['Checked: toner', false]]);
	const internal = await runNode({
		parameters: { resource: 'comment', operation: 'query', request: locator(key), visibility: 'internal', returnAll: true },
		credentials: adminCredentials(sb),
	});
	expect(internal.items.map((i) => [i.json.body, i.json.public])).toEqual([['Checked: toner', false]]);
	const publicOnly = await runNode({
		parameters: { resource: 'comment', operation: 'query', request: locator(key), visibility: 'public', returnAll: true },
		credentials: adminCredentials(sb),
	});
	expect(publicOnly.items).toHaveLength(0);

	const fetched = await runNode({ parameters: { resource: 'request', operation: 'get', request: { __rl: true, mode: 'url', value: `${sb.url}/browse/${key}` } }, credentials: adminCredentials(sb) });
	expect(fetched.items[0].json).toMatchObject({ key, summary: 'Printer on fire', description: 'Second floor' });
});

test('query requests with Return All and Limit, through pages', async () => {
	const limited = await runNode({ parameters: { resource: 'request', operation: 'query', returnAll: false, limit: 7 }, credentials: adminCredentials(sb) });
	expect(limited.items).toHaveLength(7);
	const all = await runNode({ parameters: { resource: 'request', operation: 'query', returnAll: true, filters: { serviceDeskId: 1 } }, credentials: adminCredentials(sb) });
	const keys = all.items.map((i) => String(i.json.key));
	expect(new Set(keys).size).toBe(keys.length);
	expect(keys.length).toBeGreaterThan(50);
	expect(keys.every((k) => k.startsWith('ITS-'))).toBe(true);
});

test('bad input names the item and the field; continue-on-fail keeps every item', async () => {
	const run = await runNode({
		parameters: { resource: 'request', operation: 'get', request: locator('={{ $json.key }}') },
		credentials: adminCredentials(sb),
		input: [{ key: 'ITS-1' }, { key: '../../rest/api/3/myself' }, { key: 'ITS-2' }],
		continueOnFail: true,
	});
	expect(run.items).toHaveLength(3);
	expect(run.items[1].json.error).toMatch(/Item 1: the request "\.\.\/\.\.\/rest\/api\/3\/myself" is not a request key/);
	expect(run.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
});

test('wrong token: the error says the credentials are invalid', async () => {
	const run = await runNode({
		parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true },
		credentials: adminCredentials(sb, { apiToken: 'wrong' }),
	});
	expect(run.error?.message).toMatch(/credentials are invalid/);
	expect(JSON.stringify(run.error)).not.toContain('wrong');
});

test("Jira's own error text reaches the user", async () => {
	const run = await runNode({ parameters: { resource: 'request', operation: 'get', request: locator('ITS-999999') }, credentials: adminCredentials(sb) });
	expect(run.error?.message).toMatch(/^Not found, or not visible to this account: .+/);
	expect(run.error?.httpCode).toBe('404');
});
