// Request → Transition with both kinds of transition. JSM's `GET /rest/servicedeskapi/request/{key}/transition`
// lists customer transitions only ("Get customer transitions"), for agents too; the rest of the workflow (Start
// progress, Resolve this issue with its screen...) goes through the platform's
// `GET/POST /rest/api/3/issue/{issueIdOrKey}/transitions`, which sets only the fields of the transition's screen.
import { loadOptionsContext } from '../helpers/load-options';
import { runNode } from '../helpers/run-node';
import { adminCredentials } from '../helpers/sandbox';
import { sandboxForFile } from '../helpers/node-file';
import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';

const sb = sandboxForFile({ requestCount: 300 });

const WAITING_FOR_SUPPORT = '10001';
const RESOLVED = '10005';
const locator = (value: string) => ({ __rl: true, mode: 'id', value });
const issues = (): any[] => [...sb.state.issues.values()];
const issueByKey = (key: string) => issues().find((issue) => issue.key === key);
const used = new Set<string>();
/** A service-request-workflow request waiting for support that no earlier test touched. */
function freshRequest(): any {
	const issue = issues().find(
		(candidate) =>
			candidate.serviceDeskId &&
			candidate.statusId === WAITING_FOR_SUPPORT &&
			sb.state.issueTypes.get(candidate.issueTypeId).workflow === 'service-request' &&
			!used.has(candidate.key),
	);
	used.add(issue.key);
	return issue;
}
const transition = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	runNode({ parameters: { resource: 'request', operation: 'transition', ...parameters }, credentials: adminCredentials(sb), ...extra });
const admin = `Basic ${Buffer.from('admin@sandbox.test:sandbox-admin-token').toString('base64')}`;
async function call(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sb.url}${path}`, {
		method,
		headers: { authorization: admin, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
const sentSince = (before: number) => sb.requests.slice(before).map((request) => `${request.method} ${request.path}`);

describe('sandbox', () => {
	test('JSM lists customer transitions only, for an admin too, and refuses an agent transition there', async () => {
		const issue = freshRequest();
		const jsm = await call('GET', `/rest/servicedeskapi/request/${issue.key}/transition`);
		expect(jsm.body.values).toEqual([{ id: '81', name: 'Cancel request' }]);
		const refused = await call('POST', `/rest/servicedeskapi/request/${issue.key}/transition`, { id: '11' });
		expect(refused.status).toBe(400);
		expect(issueByKey(issue.key).statusId).toBe(WAITING_FOR_SUPPORT);
	});

	test('the platform lists the workflow with its screens and sets only screen fields', async () => {
		const issue = freshRequest();
		const listed = await call('GET', `/rest/api/3/issue/${issue.key}/transitions?expand=transitions.fields`);
		const resolve = listed.body.transitions.find((t: any) => t.id === '51');
		expect(resolve).toMatchObject({ name: 'Resolve this issue', hasScreen: true, fields: { resolution: { key: 'resolution', operations: ['set'] } } });
		expect(resolve.fields.resolution.allowedValues.map((value: any) => value.name)).toContain("Won't Do");
		expect(listed.body.transitions.find((t: any) => t.id === '11')).toMatchObject({ hasScreen: false, fields: {} });

		const offScreen = await call('POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '11' }, fields: { resolution: { name: 'Done' } } });
		expect(offScreen).toEqual({
			status: 400,
			body: { errorMessages: [], errors: { resolution: "Field 'resolution' cannot be set. It is not on the appropriate screen, or unknown." } },
		});
		const badValue = await call('POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '51' }, fields: { resolution: { name: 'Teleported' } } });
		expect(badValue.status).toBe(400);
		expect(issueByKey(issue.key).statusId).toBe(WAITING_FOR_SUPPORT);

		const done = await call('POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '51' }, fields: { resolution: { name: 'Duplicate' } } });
		expect(done.status).toBe(204);
		const stored = issueByKey(issue.key);
		expect([stored.statusId, sb.state.resolutions.get(stored.resolutionId).name]).toEqual([RESOLVED, 'Duplicate']);
	});
});

describe('node', () => {
	test('the dropdown says which kind each transition is, agent ones marked in their value', async () => {
		const issue = freshRequest();
		const context = loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi, { resource: 'request', operation: 'transition', request: locator(issue.key) });
		const options = await new JiraServiceManagement().methods.loadOptions.getTransitions.call(context);
		expect(options).toEqual([
			{ name: 'Cancel request (customer transition)', value: '81' },
			{ name: 'Start progress (agent transition)', value: 'agent:11' },
			{ name: 'Respond to customer (agent transition)', value: 'agent:21' },
			{ name: 'Resolve this issue (agent transition)', value: 'agent:51' },
		]);
	});

	test('a stored plain id of a customer transition still goes through JSM, with a public reply', async () => {
		const issue = freshRequest();
		const before = sb.requests.length;
		const result = await transition({ request: locator(issue.key), transitionBy: 'list', transition: '81', comment: 'Not needed any more' });
		expect(result.items.map((item) => item.json)).toEqual([
			{ requestKey: issue.key, transitionId: '81', transition: 'Cancel request', kind: 'customer', commented: true },
		]);
		expect(sentSince(before)).toEqual([
			`GET /rest/servicedeskapi/request/${issue.key}/transition`,
			`POST /rest/servicedeskapi/request/${issue.key}/transition`,
		]);
		const stored = issueByKey(issue.key);
		expect(sb.state.statuses.get(stored.statusId).name).toBe('Canceled');
		expect(stored.comments.at(-1)).toMatchObject({ body: 'Not needed any more', public: true });
	});

	test('an agent transition from the list sets its screen fields and adds an internal note in ADF', async () => {
		const issue = freshRequest();
		const before = sb.requests.length;
		const result = await transition({
			request: locator(issue.key),
			transitionBy: 'list',
			transition: 'agent:51',
			comment: 'Duplicate of the printer outage',
			agentTransitionOptions: { fields: '{"resolution": {"name": "Duplicate"}}', internalComment: true },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ requestKey: issue.key, transitionId: '51', transition: 'Resolve this issue', kind: 'agent', commented: true });
		expect(sentSince(before)).toEqual([`GET /rest/api/3/issue/${issue.key}/transitions`, `POST /rest/api/3/issue/${issue.key}/transitions`]);
		const stored = issueByKey(issue.key);
		expect([sb.state.statuses.get(stored.statusId).name, sb.state.resolutions.get(stored.resolutionId).name]).toEqual(['Resolved', 'Duplicate']);
		expect(stored.comments.at(-1)).toMatchObject({ body: 'Duplicate of the printer outage', public: false, adf: { type: 'doc', version: 1 } });
	});

	test('by name, an agent transition is found after the customer ones', async () => {
		const issue = freshRequest();
		const result = await transition({ request: locator(issue.key), transitionBy: 'idOrName', transitionIdOrName: 'respond to CUSTOMER' });
		expect(result.items[0].json).toMatchObject({ transitionId: '21', kind: 'agent', commented: false });
		expect(sb.state.statuses.get(issueByKey(issue.key).statusId).name).toBe('Waiting for customer');
	});

	test("a field off the transition's screen fails the item with Jira's words; customer transitions take no fields", async () => {
		const issue = freshRequest();
		const result = await transition(
			{ request: locator(issue.key), transitionBy: 'list', transition: 'agent:11', agentTransitionOptions: { fields: '{"resolution": {"name": "Done"}}' } },
			{ input: [{}, {}], continueOnFail: true },
		);
		expect(result.items.map((item) => item.json.error)).toEqual([
			expect.stringContaining("Field 'resolution' cannot be set. It is not on the appropriate screen, or unknown."),
			expect.stringContaining("Field 'resolution' cannot be set"),
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(issueByKey(issue.key).statusId).toBe(WAITING_FOR_SUPPORT);

		const before = sb.requests.length;
		const customer = await transition({ request: locator(issue.key), transitionBy: 'list', transition: '81', agentTransitionOptions: { internalComment: true } });
		expect(customer.error?.message).toBe(
			'Item 0: "Cancel request" is a customer transition, which takes no Screen Fields or Internal Comment (Agent Transition Options); choose its agent transition (agent:81) or clear those options',
		);
		expect(sentSince(before).filter((request) => request.startsWith('POST'))).toEqual([]);
		expect(issueByKey(issue.key).statusId).toBe(WAITING_FOR_SUPPORT);

		const notJson = await transition({ request: locator(issue.key), transition: 'agent:51', agentTransitionOptions: { fields: '{resolution' } });
		expect(notJson.error?.message).toMatch(/^Item 0: Agent Transition Options → Screen Fields is not valid JSON/);
	});
});
