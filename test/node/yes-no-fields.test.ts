import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ requestCount: 60 });
});
afterAll(async () => sb.close());
afterEach(() => expect(sb.violations).toEqual([]));

const locator = (value: string) => ({ __rl: true, mode: 'id', value });
const maybe = '={{ "maybe" }}';

// Yes/no fields that operations once read with a bare cast, which took any text as "yes". Each now refuses an
// expression's "maybe" for its item, naming the field, like every other yes/no field of the node.
const cases: Array<[string, IDataObject, string]> = [
	['Queue → Query Issues', { resource: 'queue', operation: 'queryIssues', serviceDesk: locator('1'), queue: locator('1'), limit: 1, simplify: maybe }, 'Simplify'],
	['Request → Query', { resource: 'request', operation: 'query', returnAll: maybe }, 'Return All'],
	['Group → Query Members', { resource: 'group', operation: 'queryMembers', group: { __rl: true, mode: 'name', value: 'hr-team' }, includeInactiveUsers: maybe }, 'Include Inactive Users'],
	['Workspace → Query', { resource: 'workspace', operation: 'query', legacyInsight: maybe }, 'Legacy Insight Endpoint'],
	['Site → Custom API Call', { resource: 'site', operation: 'customApiCall', method: 'GET', path: '/rest/servicedeskapi/info', experimental: maybe }, 'Experimental API'],
];

test.each(cases)('%s refuses "maybe" in a yes/no field as an item error naming it', async (_name, parameters, field) => {
	const result = await runNode({ parameters, credentials: adminCredentials(sb), input: [{}, {}], continueOnFail: true });
	expect(result.items).toHaveLength(2);
	result.items.forEach((item, index) => {
		expect(String(item.json.error)).toBe(`Item ${index}: ${field} must be true or false, not "maybe"`);
	});
});
