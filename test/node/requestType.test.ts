import { getIssueTypes } from '../../nodes/JiraServiceManagement/methods/loadOptions';
import { loadOptionsContext } from '../helpers/load-options';
import { adminCredentials } from '../helpers/sandbox';
import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const AGENT = '5b10ac8d82e05b22cc7d4ef5';
const run = resourceRunner(sb, 'requestType');
const typesOf = (deskId: string): any[] => [...sb.state.requestTypes.values()].filter((rt: any) => rt.serviceDeskId === deskId);

test('get one request type and query the groups of a service desk', async () => {
	const rt = typesOf('1')[2];
	const got = await run({ operation: 'get', serviceDesk: locator('1'), requestType: locator(rt.id) });
	expect(got.items[0].json).toMatchObject({ id: rt.id, name: rt.name, serviceDeskId: '1', issueTypeId: rt.issueTypeId });

	const groups = await run({ operation: 'queryGroups', serviceDesk: locator('1'), returnAll: true });
	const expected = [...sb.state.requestTypeGroups.values()].filter((g: any) => g.serviceDeskId === '1');
	expect(groups.items.map((item) => item.json)).toEqual(expected.map((g: any) => ({ serviceDeskId: '1', id: g.id, name: g.name })));
});

test('create and delete a request type', async () => {
	const created = await run({
		operation: 'create',
		serviceDesk: locator('3'),
		name: 'Report a lost key card',
		issueTypeId: '10001',
		additionalFields: { description: 'Lost or broken building passes', helpText: 'Tell us where you last had it' },
	});
	expect(created.error).toBeUndefined();
	const id = String(created.items[0].json.id);
	expect(sb.state.requestTypes.get(id)).toMatchObject({
		serviceDeskId: '3',
		name: 'Report a lost key card',
		issueTypeId: '10001',
		description: 'Lost or broken building passes',
		helpText: 'Tell us where you last had it',
	});

	const deleted = await run({ operation: 'delete', serviceDesk: locator('3'), requestType: locator(id) });
	expect(deleted.items[0].json).toEqual({ serviceDeskId: '3', requestTypeId: id, deleted: true });
	expect(sb.state.requestTypes.has(id)).toBe(false);
});

test('the issue type dropdown of Create lists the issue types of the service desk’s project, without sub-tasks', async () => {
	const desk = sb.state.serviceDesks.get('3');
	const project = sb.state.projects.get(desk.projectId);
	project.issueTypeIds = ['10001', '10003', '10007'];
	const context = loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi, {
		resource: 'requestType',
		operation: 'create',
		serviceDesk: locator('3'),
	});
	const options = await getIssueTypes.call(context);
	expect(options).toEqual([
		{ name: 'Service Request', value: '10001', description: 'Requests for help or information.' },
		{ name: 'Incident', value: '10003', description: 'For system outages or incidents.' },
	]);
	expect(sb.requests.at(-1)).toMatchObject({ method: 'GET', path: `/rest/api/3/issue/createmeta/${project.key}/issuetypes` });

	const none = loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi, { resource: 'requestType', operation: 'create' });
	expect(await getIssueTypes.call(none)).toEqual([]);
});

test('check permissions for the connected account and for another user', async () => {
	const ids = typesOf('1').map((rt) => Number(rt.id));
	const mine = await run({ operation: 'checkPermissions', serviceDesk: locator('1') });
	expect(mine.items[0].json).toEqual({ serviceDeskId: '1', canAdminister: ids, canCreateRequest: ids });

	const some = ids.slice(0, 2);
	const theirs = await run({
		operation: 'checkPermissions',
		serviceDesk: locator('1'),
		options: { accountId: AGENT, permissions: ['canCreateRequest'], requestTypeIds: some.join(', ') },
	});
	expect(theirs.items[0].json).toEqual({ serviceDeskId: '1', accountId: AGENT, canCreateRequest: some });
});

test('entity properties: set, list keys, get and delete', async () => {
	const rt = typesOf('2')[0];
	const target = { serviceDesk: locator('2'), requestType: locator(rt.id) };
	const set = await run({ operation: 'setProperty', ...target, propertyKey: 'form-version', propertyValue: '3' });
	expect(set.items[0].json).toEqual({ key: 'form-version', value: 3 });
	expect(rt.properties.get('form-version')).toBe(3);

	const keys = await run({ operation: 'getPropertyKeys', ...target });
	expect(keys.items.map((item) => item.json.key)).toEqual(['form-version']);

	const got = await run({ operation: 'getProperty', ...target, propertyKey: 'form-version' });
	expect(got.items[0].json).toEqual({ key: 'form-version', value: 3 });

	await run({ operation: 'deleteProperty', ...target, propertyKey: 'form-version' });
	expect(rt.properties.size).toBe(0);
});

test('bad input names the item and the field, and every item yields one item', async () => {
	const before = sb.state.requestTypes.size;
	const result = await run(
		{ operation: 'create', serviceDesk: locator('1'), name: '={{ $json.name }}', issueTypeId: '={{ $json.type }}' },
		{ input: [{ name: 'A', type: 'abc' }, { name: ' ', type: '10001' }, { name: 'Fine', type: '10001' }], continueOnFail: true },
	);
	expect(result.items).toHaveLength(3);
	expect(result.items[0].json.error).toBe('Item 0: the issue type "abc" is not a valid id (a whole number such as 1)');
	expect(result.items[1].json.error).toBe('Item 1: Name is empty');
	expect(result.items[2].json.name).toBe('Fine');
	expect(sb.state.requestTypes.size).toBe(before + 1);

	const tooMany = await run({
		operation: 'checkPermissions',
		serviceDesk: locator('1'),
		options: { requestTypeIds: '1, two' },
	});
	expect(tooMany.error?.message).toBe('Item 0: "two" in Request Type IDs is not a request type ID (a whole number such as 1)');
});
