// Assets objects through n8n-core's real execution against the sandbox's Assets API: AQL queries with paging,
// get, create and update through the attribute mapper, delete, history and connected requests, asserting the
// sandbox's Assets state, and OAuth2 reaching Assets through the gateway.
import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../helpers/run-node';
import { adminCredentials, oauth2Credentials, oauth2Tokens, startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ requestCount: 80 });
});
afterAll(async () => sb.close());
afterEach(() => {
	expect(sb.violations).toEqual([]);
	expect(sb.serverErrors).toEqual([]);
});

const AGENT = '5b10ac8d82e05b22cc7d4ef5';
const CUSTOMER = 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae';

const assets = () => sb.state.assets;
const typeNamed = (name: string) => [...assets().objectTypes.values()].find((type: any) => type.name === name);
const attributeOf = (typeName: string, name: string) =>
	[...assets().attributes.values()].find((a: any) => a.objectTypeId === typeNamed(typeName).id && a.name === name);
const laptops = () => [...assets().objects.values()].filter((o: any) => o.objectTypeId === typeNamed('Laptop').id);
const valueOf = (object: any, name: string) => object.values.get(attributeOf('Laptop', name).id);
const laptopOf = (accountId: string) => laptops().find((o: any) => valueOf(o, 'Owner')?.[0] === accountId);
const keyOf = (object: any) => `ITAM-${object.id}`;
const assetsPath = () => `/jsm/assets/workspace/${sb.state.assetsWorkspaceId}/v1`;

const run = (operation: string, parameters: Record<string, unknown>, input?: IDataObject[], continueOnFail?: boolean) =>
	runNode({ parameters: { resource: 'assetsObject', operation, ...parameters }, credentials: adminCredentials(sb), input, continueOnFail });

describe('Query (AQL)', () => {
	test('finds the laptop a person owns, flattened to attribute name -> value; the workspace is discovered once', async () => {
		const before = sb.requests.length;
		const result = await run('query', { aql: `objectType = Laptop AND Owner = "${AGENT}"`, limit: 10 });
		expect(result.error).toBeUndefined();
		const laptop = laptopOf(AGENT);
		expect(result.items.map((item) => item.json)).toEqual([
			expect.objectContaining({
				id: laptop.id,
				objectKey: keyOf(laptop),
				objectType: 'Laptop',
				Name: valueOf(laptop, 'Name')[0],
				'Serial Number': valueOf(laptop, 'Serial Number')[0],
				'RAM (GB)': Number(valueOf(laptop, 'RAM (GB)')[0]),
				'Purchase Date': valueOf(laptop, 'Purchase Date')[0],
				Lifecycle: 'In Use',
				Location: `ITAM-${valueOf(laptop, 'Location')[0]}`,
				Owner: AGENT,
			}),
		]);
		await run('query', { aql: 'Key = ITAM-1', limit: 1 });
		const calls = sb.requests.slice(before);
		expect(calls.filter((r) => r.path === '/rest/servicedeskapi/assets/workspace')).toHaveLength(1);
		expect(calls.filter((r) => r.path === `${assetsPath()}/object/aql`)).toHaveLength(2);
	});

	test('Return All pages by isLast, advancing by what each page held (Assets serves fewer than asked)', async () => {
		const before = sb.requests.length;
		const result = await run('query', { aql: 'objectType = Laptop', returnAll: true, options: { includeAttributes: false } });
		expect(result.error).toBeUndefined();
		const ids = result.items.map((item) => item.json.id);
		expect(ids).toEqual(laptops().map((o: any) => o.id));
		expect(ids.length).toBeGreaterThan(25);
		const pages = sb.requests.slice(before).filter((r) => r.path.endsWith('/object/aql')) as unknown as Array<{ query: IDataObject }>;
		expect(pages.map((p) => Number(p.query.startAt))).toEqual([0, 25, 50].slice(0, Math.ceil(ids.length / 25)));
		expect(result.items[0].json).not.toHaveProperty('Serial Number');
	});

	test('429 and 503 answers from Assets are waited out and retried: every page arrives once', async () => {
		sb.configure({ faults: { rate429: 0.3, rate503: 0.2 }, retryAfterSeconds: 0 });
		const before = sb.requests.length;
		try {
			const result = await run('query', { aql: 'objectType = Laptop', returnAll: true, options: { includeAttributes: false } });
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.id)).toEqual(laptops().map((o: any) => o.id));
		} finally {
			sb.configure({ faults: { rate429: 0, rate503: 0 }, retryAfterSeconds: 1 });
		}
		expect(sb.requests.slice(before).some((r) => r.status === 429 || r.status === 503)).toBe(true);
	});

	test('Limit stops early; without Simplify the objects come as Assets sends them', async () => {
		const result = await run('query', { aql: 'objectType = Laptop AND Lifecycle = "In Stock"', limit: 2, simplify: false });
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({ objectKey: expect.stringMatching(/^ITAM-/), attributes: expect.any(Array) });
	});

	test('an AQL Assets refuses is an item error with its words; the other items still run', async () => {
		const result = await run('query', { aql: '={{ $json.aql }}', limit: 5 }, [{ aql: 'Colour = red' }, { aql: 'Key = ITAM-1' }], true);
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.error).toMatch(/invalid.*Colour/);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].json).toMatchObject({ objectKey: 'ITAM-1', Name: 'Sydney HQ' });
	});
});

describe('Get, history and connected requests', () => {
	test('Get by key and by ID give the same object', async () => {
		const laptop = laptopOf(AGENT);
		const byKey = await run('get', { object: { __rl: true, mode: 'key', value: keyOf(laptop).toLowerCase() } });
		const byId = await run('get', { object: { __rl: true, mode: 'id', value: laptop.id } });
		expect(byKey.error).toBeUndefined();
		expect(byKey.items[0].json).toEqual(byId.items[0].json);
		expect(byKey.items[0].json).toMatchObject({ objectKey: keyOf(laptop), Owner: AGENT, Lifecycle: 'In Use' });
	});

	test('an unknown key and a malformed one are refused naming the item', async () => {
		const unknown = await run('get', { object: { __rl: true, mode: 'key', value: 'ITAM-99999' } });
		expect(unknown.error?.message).toBe('Item 0: no Assets object has the key ITAM-99999');
		const before = sb.requests.length;
		const malformed = await run('get', { object: { __rl: true, mode: 'key', value: '={{ "../object/1" }}' } });
		expect(malformed.error?.message).toMatch(/^Item 0: the object "..\/object\/1" is not an object key or ID/);
		expect(sb.requests.length).toBe(before);
	});

	test('Get Connected Requests lists the requests connected to the object', async () => {
		const [objectId, issueIds] = [...assets().tickets.entries()][0] as [string, Set<string>];
		const result = await run('getConnectedRequests', { object: { __rl: true, mode: 'id', value: objectId } });
		expect(result.error).toBeUndefined();
		const keys = [...issueIds].map((id) => sb.state.issues.get(id).key);
		expect(result.items.map((item) => item.json.key)).toEqual(keys);
		expect(result.items[0].json).toMatchObject({ title: expect.any(String), allTicketsQuery: `issue in (${keys.join(', ')})` });
	});
});

describe('Create, Update, Delete', () => {
	const laptopType = () => ({
		objectSchema: { __rl: true, mode: 'id', value: typeNamed('Laptop').schemaId },
		objectType: { __rl: true, mode: 'id', value: typeNamed('Laptop').id },
	});

	test('Create takes the mapper values in each attribute kind and stores them in Assets', async () => {
		const count = assets().objects.size;
		const result = await run('create', {
			...laptopType(),
			attributes: {
				mappingMode: 'defineBelow',
				value: {
					Name: 'Loaner laptop',
					'Serial Number': 'SN-LOANER-1',
					'RAM (GB)': 16,
					'Purchase Date': '2026-01-15',
					Lifecycle: 'in stock',
					Location: 'itam-2',
					Owner: CUSTOMER,
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(assets().objects.size).toBe(count + 1);
		const created = [...assets().objects.values()].at(-1) as any;
		expect(result.items[0].json).toMatchObject({ id: created.id, objectKey: keyOf(created), label: 'Loaner laptop', objectType: 'Laptop' });
		expect(Object.fromEntries([...created.values].map(([id, v]: [string, string[]]) => [assets().attributes.get(id).name, v]))).toEqual({
			Name: ['Loaner laptop'],
			'Serial Number': ['SN-LOANER-1'],
			'RAM (GB)': ['16'],
			'Purchase Date': ['2026-01-15'],
			Lifecycle: ['In Stock'],
			Location: ['2'],
			Owner: [CUSTOMER],
		});
	});

	test('values Assets cannot take are refused before any request, naming the item and attribute', async () => {
		const count = assets().objects.size;
		const bad = await run(
			'create',
			{ ...laptopType(), attributes: { mappingMode: 'defineBelow', value: '={{ $json.values }}' } },
			[{ values: { Name: 'x', Lifecycle: 'In Use', 'RAM (GB)': 'lots' } }, { values: { Name: 'y', Lifecycle: 'Lost' } }, { values: { Name: 'z', Lifecycle: 'In Use', Location: 'Sydney' } }],
			true,
		);
		expect(bad.items.map((item) => item.json.error)).toEqual([
			'Item 0: RAM (GB) must be a whole number, not "lots"',
			'Item 1: "Lost" is not an option of Lifecycle; options: In Use, In Stock, Retired',
			'Item 2: Location takes an object key such as ITAM-1, not "Sydney"',
		]);
		expect(assets().objects.size).toBe(count);
	});

	test('a required attribute left out is Assets\' own 400, with its words', async () => {
		const result = await run('create', { ...laptopType(), attributes: { mappingMode: 'defineBelow', value: { Name: 'No lifecycle' } } });
		expect(result.error).toMatchObject({ httpCode: '400', message: expect.stringContaining('Lifecycle: Lifecycle is required') });
	});

	test('Update changes only the attributes given, and the history shows the change, newest first', async () => {
		const laptop = laptopOf(AGENT);
		const serial = valueOf(laptop, 'Serial Number')[0];
		const result = await run('update', {
			object: { __rl: true, mode: 'key', value: keyOf(laptop) },
			...laptopType(),
			attributes: { mappingMode: 'defineBelow', value: { 'RAM (GB)': 64, Lifecycle: 'Retired' } },
		});
		expect(result.error).toBeUndefined();
		expect(valueOf(laptop, 'RAM (GB)')).toEqual(['64']);
		expect(valueOf(laptop, 'Lifecycle')).toEqual(['Retired']);
		expect(valueOf(laptop, 'Serial Number')).toEqual([serial]);
		expect(result.items[0].json).toMatchObject({ objectKey: keyOf(laptop), 'RAM (GB)': 64, Lifecycle: 'Retired', 'Serial Number': serial });

		const history = await run('getHistory', { object: { __rl: true, mode: 'id', value: laptop.id } });
		expect(history.items.slice(0, 2).map((item) => item.json.affectedAttribute).sort()).toEqual(['Lifecycle', 'RAM (GB)']);
		expect(history.items.find((item) => item.json.affectedAttribute === 'Lifecycle')?.json).toMatchObject({
			oldValue: 'In Use',
			newValue: 'Retired',
			actor: expect.objectContaining({ displayName: 'Alex Admin' }),
		});
		expect(history.items.at(-1)?.json.type).toBe(0);
	});

	test('Delete removes the object, and references to it with it', async () => {
		const location = [...assets().objects.values()].find((o: any) => o.objectTypeId === typeNamed('Location').id && o.values.get(attributeOf('Location', 'Name').id)[0] === 'Remote') as any;
		const referencing = laptops().filter((o: any) => valueOf(o, 'Location')?.[0] === location.id);
		expect(referencing.length).toBeGreaterThan(0);
		const result = await run('delete', { object: { __rl: true, mode: 'key', value: keyOf(location) } });
		expect(result.items.map((item) => item.json)).toEqual([{ id: location.id, deleted: true }]);
		expect(assets().objects.has(location.id)).toBe(false);
		for (const laptop of referencing) expect(valueOf(laptop, 'Location')).toBeUndefined();
	});
});

describe('access', () => {
	test('OAuth2 reaches Assets through /ex/jira/{cloudId}', async () => {
		const token = await oauth2Tokens(sb, 'agent');
		const before = sb.requests.length;
		const result = await runNode({
			parameters: { authentication: 'oAuth2', resource: 'assetsObject', operation: 'query', aql: `Owner = "${AGENT}"`, limit: 5 },
			credentials: oauth2Credentials(sb, token, sb.state.cloudId),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.Owner)).toEqual([AGENT]);
		expect(sb.requests.slice(before).map((r) => r.path)).toEqual([
			`/ex/jira/${sb.state.cloudId}/rest/servicedeskapi/assets/workspace`,
			`/ex/jira/${sb.state.cloudId}${assetsPath()}/object/aql`,
		]);
	});

	test('a portal-only customer is refused by Assets with a plain 403', async () => {
		const result = await runNode({
			parameters: { resource: 'assetsObject', operation: 'query', aql: 'objectType = Laptop', limit: 1 },
			credentials: adminCredentials(sb, { email: 'customer@sandbox.test', apiToken: 'sandbox-customer-token' }),
		});
		expect(result.error).toMatchObject({ httpCode: '403', message: expect.stringMatching(/^The account lacks the permission/) });
	});
});
