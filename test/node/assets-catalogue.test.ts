// Assets object schemas and object types, and the editor callbacks built on them: the schema / type / object
// lists and the attribute mapper of Create and Update, against the sandbox's Assets API.
import type { INodeParameters } from 'n8n-workflow';

import {
	searchAssetsObjects,
	searchAssetsObjectSchemas,
	searchAssetsObjectTypes,
} from '../../nodes/JiraServiceManagement/methods/listSearch';
import { getAssetsObjectTypeAttributes } from '../../nodes/JiraServiceManagement/methods/resourceMapping';
import { loadOptionsContext } from '../helpers/load-options';
import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';
import { adminCredentials } from '../helpers/sandbox';

const sb = sandboxForFile({ requestCount: 40 }, { serverErrors: true });

const assets = () => sb.state.assets;
const schemaKeyed = (key: string) => [...assets().schemas.values()].find((s: any) => s.key === key);
const typeNamed = (name: string) => [...assets().objectTypes.values()].find((t: any) => t.name === name);
const run = (resource: string, operation: string, parameters: Record<string, unknown>) => resourceRunner(sb, resource)({ operation, ...parameters });
// The lists run in Object → Update, whose form has the schema, type and object locators and the mapper.
const editor = (parameters: INodeParameters = {}) =>
	loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi, { resource: 'assetsObject', operation: 'update', ...parameters });

describe('Object Schema', () => {
	test('Query lists every schema, with counts when asked', async () => {
		const plain = await run('assetsObjectSchema', 'query', { returnAll: true });
		expect(plain.items.map((item) => item.json.objectSchemaKey)).toEqual(['ITAM', 'HR']);
		expect(plain.items[0].json).toMatchObject({ objectCount: 0, objectTypeCount: 0 });
		const counted = await run('assetsObjectSchema', 'query', { limit: 1, includeCounts: true });
		expect(counted.items).toHaveLength(1);
		expect(counted.items[0].json).toMatchObject({ name: 'IT Assets', objectTypeCount: 2, objectCount: assets().objects.size - 3 });
	});

	test('Get reads one schema; an unknown one is a 404 with Assets\' words', async () => {
		const found = await run('assetsObjectSchema', 'get', { objectSchema: locator(schemaKeyed('HR').id) });
		expect(found.items[0].json).toMatchObject({ id: schemaKeyed('HR').id, name: 'Human Resources', objectTypeCount: 1 });
		const missing = await run('assetsObjectSchema', 'get', { objectSchema: locator('999') });
		expect(missing.error).toMatchObject({ httpCode: '404', message: expect.stringContaining('No object schema found with id 999') });
	});
});

describe('Object Type', () => {
	test('Query lists the object types of a schema', async () => {
		const result = await run('assetsObjectType', 'query', { objectSchema: locator(schemaKeyed('ITAM').id), returnAll: true, includeObjectCounts: true });
		expect(result.items.map((item) => [item.json.name, item.json.objectCount])).toEqual([
			['Location', 3],
			['Laptop', [...assets().objects.values()].filter((o: any) => o.objectTypeId === typeNamed('Laptop').id).length],
		]);
	});

	test('Get Attributes gives kinds, required flags, options and referenced types', async () => {
		const result = await run('assetsObjectType', 'getAttributes', { objectType: locator(typeNamed('Laptop').id) });
		const byName = Object.fromEntries(result.items.map((item) => [item.json.name, item.json]));
		expect(Object.keys(byName)).toEqual(['Key', 'Name', 'Created', 'Updated', 'Serial Number', 'RAM (GB)', 'Purchase Date', 'Lifecycle', 'Location', 'Owner']);
		expect(byName.Lifecycle).toMatchObject({ type: 0, defaultType: { name: 'Select' }, options: 'In Use,In Stock,Retired', minimumCardinality: 1 });
		expect(byName.Location).toMatchObject({ type: 1, referenceObjectType: expect.objectContaining({ name: 'Location' }) });
		expect(byName.Owner).toMatchObject({ type: 2 });
	});

	test('an object type ID that is not a number is refused before any request', async () => {
		const before = sb.requests.length;
		const result = await run('assetsObjectType', 'getAttributes', { objectType: { __rl: true, mode: 'id', value: '={{ "2/../../objectschema/list" }}' } });
		expect(result.error?.message).toMatch(/^Item 0: the object type "2\/..\/..\/objectschema\/list" is not a valid ID/);
		expect(sb.requests.length).toBe(before);
	});
});

describe('editor lists and the attribute mapper', () => {
	test('schemas, then the types of the chosen schema, then objects by name or key', async () => {
		expect((await searchAssetsObjectSchemas.call(editor(), 'human')).results).toEqual([{ name: 'Human Resources (HR)', value: schemaKeyed('HR').id }]);
		expect((await searchAssetsObjectTypes.call(editor())).results).toEqual([]);
		const types = await searchAssetsObjectTypes.call(editor({ objectSchema: locator(schemaKeyed('ITAM').id) }), 'lap');
		expect(types.results).toEqual([{ name: 'Laptop', value: typeNamed('Laptop').id }]);

		const laptopsPage = await searchAssetsObjects.call(editor({ objectType: locator(typeNamed('Laptop').id) }));
		expect(laptopsPage.results).toHaveLength(25);
		expect(laptopsPage.paginationToken).toBe('25');
		const thinkpads = await searchAssetsObjects.call(editor({ objectType: locator(typeNamed('Laptop').id) }), 'thinkpad');
		expect(thinkpads.results.length).toBeGreaterThan(0);
		expect(thinkpads.results.every((r) => /ThinkPad .*\(ITAM-\d+\)$/.test(r.name))).toBe(true);
		expect((await searchAssetsObjects.call(editor(), 'itam-1')).results).toEqual([{ name: 'Sydney HQ (ITAM-1)', value: '1' }]);
	});

	test('the mapper offers the settable attributes with their kinds; nothing is required on Update', async () => {
		const create = await getAssetsObjectTypeAttributes.call(editor({ operation: 'create', objectType: locator(typeNamed('Laptop').id) }));
		const fields = Object.fromEntries(create.fields.map((field) => [field.id, field]));
		expect(Object.keys(fields)).toEqual(['Name', 'Serial Number', 'RAM (GB)', 'Purchase Date', 'Lifecycle', 'Location', 'Owner']);
		expect(fields.Name).toMatchObject({ required: true, type: 'string' });
		expect(fields['RAM (GB)']).toMatchObject({ required: false, type: 'number' });
		expect(fields['Purchase Date']).toMatchObject({ type: 'dateTime' });
		expect(fields.Lifecycle).toMatchObject({ required: true, type: 'options', options: ['In Use', 'In Stock', 'Retired'].map((o) => ({ name: o, value: o })) });
		expect(fields.Location.displayName).toBe('Location (object key of a Location, e.g. ITAM-1)');
		expect(fields.Owner.displayName).toBe('Owner (account ID)');

		const update = await getAssetsObjectTypeAttributes.call(editor({ operation: 'update', objectType: locator(typeNamed('Laptop').id) }));
		expect(update.fields.some((field) => field.required)).toBe(false);
		expect(await getAssetsObjectTypeAttributes.call(editor({ operation: 'create' }))).toMatchObject({ fields: [] });
	});
});
