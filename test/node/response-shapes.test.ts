// Answers of an unexpected shape become a clear item error naming the operation, never a JavaScript TypeError.
// Every operation of the node runs with valid parameters while the sandbox rewrites the answers of its declared
// API operations into shapes their OpenAPI response schemas do not give: a list where an object is documented
// and an object where a list is (as in Atlassian's own example for GET /rest/api/3/user/groups, a single group
// object), null, and a JSON text (what a proxy or an upgrade page in front of Jira may send).
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { catalogue, type CatalogueEntry } from '../helpers/catalogue';
import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';
import { resources } from '../../nodes/JiraServiceManagement/actions/resources';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpecs } = require('../sandbox/specs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addForm, formsState } = require('../sandbox/routes/forms');

const MODES = ['swap', 'null', 'string'] as const;

/** How the editor names the operation: `User → Get Groups`. */
function labelOf(entry: CatalogueEntry): string {
	const resource = entry.resource.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());
	const description = (resources as Record<string, { description: INodeProperties[] }>)[entry.resource].description;
	const options = description.find((property) => property.name === 'operation')?.options as Array<{ name: string; value: string }>;
	return `${resource} → ${options.find((option) => option.value === entry.operation)!.name}`;
}

let sb: Sandbox;
const laptopType = (): any => [...sb.state.assets.objectTypes.values()].find((type: any) => type.name === 'Laptop');
let controls: Record<string, unknown>;
const locator = (mode: string, value: string) => ({ __rl: true, mode, value });
const file = (text: string) => ({ data: Buffer.from(text).toString('base64'), fileName: 'note.txt', mimeType: 'text/plain' });

beforeAll(async () => {
	sb = await startSandbox({ requestCount: 60 });
	const issues: any[] = [...sb.state.issues.values()];
	const request = issues.find((issue) => issue.serviceDeskId === '1' && issue.approvals.length && issue.comments.length);
	const customer = sb.state.users.get('qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae');
	controls = {
		serviceDesk: locator('id', '1'),
		requestType: locator('id', [...sb.state.requestTypes.values()].find((type: any) => type.serviceDeskId === '1').id),
		request: locator('id', request.key),
		issue: locator('id', request.key),
		organization: locator('id', '1'),
		queue: locator('id', '1'),
		user: locator('id', '5b10a2844c20165700ede21g'),
		group: locator('name', 'jira-users'),
		applicationRole: locator('id', 'jira-servicedesk'),
		approvalId: request.approvals[0].id,
		commentId: request.comments[0].id,
		attachmentId: [...sb.state.attachments.values()][0].id,
		pageId: String(sb.state.articles[0].pageId),
		propertyKey: 'tier',
		propertyValue: '{"level": "gold"}',
		accountIds: customer.accountId,
		accountId: customer.accountId,
		email: 'someone.new@example.com',
		displayName: 'Someone New',
		name: 'Shapes test',
		query: 'vpn',
		jql: 'project = ITS',
		binaryPropertyName: 'data',
		'site.customApiCall.path': '/rest/api/3/myself',
		'comment.create.body': 'A comment',
		'comment.update.body': 'An edited comment',
		'request.create.requestFieldValues': { mappingMode: 'defineBelow', value: { summary: 'Shapes test' }, matchingColumns: [], schema: [] },
		// JSM Operations (its seeded ids do not change on reset).
		alert: locator('id', [...sb.state.ops.alerts.values()].find((alert: any) => alert.status === 'open').id),
		schedule: locator('id', [...sb.state.ops.schedules.keys()][0]),
		team: locator('id', [...sb.state.ops.teams.keys()][0]),
		assignee: locator('id', '5b10ac8d82e05b22cc7d4ef5'),
		escalationId: [...sb.state.ops.escalations.keys()][0],
		heartbeatName: 'Nightly backup',
		message: 'Shapes test alert',
		note: 'A note',
		// Assets: the IT Assets schema, its Laptop type and one laptop.
		objectSchema: locator('id', laptopType().schemaId),
		objectType: locator('id', laptopType().id),
		object: locator('id', [...sb.state.assets.objects.values()].find((object: any) => object.objectTypeId === laptopType().id).id),
		aql: 'objectType = Laptop',
		// By key, so the AQL lookup it declares is sent too.
		'assetsObject.delete.object': locator('key', `ITAM-${[...sb.state.assets.objects.values()].find((object: any) => object.objectTypeId === laptopType().id).id}`),
		'assetsObject.create.attributes': { mappingMode: 'defineBelow', value: { Name: 'Shapes laptop', Lifecycle: 'In Stock' } },
		'assetsObject.update.attributes': { mappingMode: 'defineBelow', value: { Name: 'Shapes laptop' } },
		'form.saveAnswers.answers': '{"1": "Shapes laptop"}',
	};
});
afterAll(async () => sb?.close());

const ADMIN = '5b10a2844c20165700ede21g';
const requestIssue = (): any => sb.state.issues.get(sb.state.issueKeys.get((controls.request as { value: string }).value));
const formTemplates = (): any[] => formsState(sb.state).templates.get(requestIssue().projectId);
const issues = (): any[] => [...sb.state.issues.values()];

/** Valid values that depend on the (freshly reset) sandbox's state, so the control run succeeds. */
function prepare(entry: CatalogueEntry): Record<string, unknown> {
	const name = `${entry.resource}.${entry.operation}`;
	const feedbackRequest = () => issues().find((issue) => issue.serviceDeskId && issue.reporterId === ADMIN);
	switch (name) {
		case 'approval.answer': {
			const issue = issues().find((candidate) =>
				candidate.approvals.some((a: any) => a.finalDecision === 'pending' && a.approvers.some((p: any) => p.accountId === ADMIN)),
			);
			const approval = issue.approvals.find((a: any) => a.finalDecision === 'pending');
			return { request: locator('id', issue.key), approvalId: approval.id };
		}
		case 'attachment.download': {
			const issue = issues().find((candidate) => candidate.serviceDeskId && candidate.attachmentIds.length > 0);
			return { request: locator('id', issue.key), attachmentId: issue.attachmentIds[0] };
		}
		case 'group.addUser': {
			const hr: any = [...sb.state.groups.values()].find((group: any) => group.name === 'hr-team');
			const user: any = [...sb.state.users.values()].find(
				(candidate: any) => String(candidate.emailAddress).endsWith('@dev.sandbox.test') && !hr.members.has(candidate.accountId),
			);
			return { group: locator('name', 'hr-team'), user: locator('id', user.accountId) };
		}
		case 'issue.update':
		case 'request.update':
			return { updateFields: { summary: 'Shapes test' } };
		case 'organization.getProperty':
		case 'organization.deleteProperty':
			sb.state.organizations.get('1').properties.set('tier', { level: 'gold' });
			return {};
		case 'requestType.getProperty':
		case 'requestType.deleteProperty':
			sb.state.requestTypes.get((controls.requestType as { value: string }).value).properties.set('tier', { level: 'gold' });
			return {};
		case 'request.postFeedback':
			return { request: locator('id', feedbackRequest().key), rating: 4 };
		case 'request.getFeedback':
		case 'request.deleteFeedback': {
			const issue = feedbackRequest();
			issue.feedback = { type: 'csat', rating: 4, comment: { body: 'Fine' } };
			return { request: locator('id', issue.key) };
		}
		case 'request.transition': {
			const waiting = [...sb.state.statuses.values()].find((status: any) => status.name === 'Waiting for support') as { id: string };
			const issue = issues().find((candidate) => candidate.serviceDeskId === '1' && candidate.statusId === waiting.id);
			return { request: locator('id', issue.key), transitionBy: 'idOrName', transitionIdOrName: 'start PROGRESS' };
		}
		case 'requestType.create':
			return { serviceDesk: locator('id', '3'), issueTypeId: '10001' };
		case 'form.attach':
			return { formTemplate: locator('id', formTemplates()[0].id) };
		case 'form.getMany':
			return {};
		default:
			// Every other Form operation works on a form already on the request (the Laptop request template, answered).
			if (entry.resource === 'form') return { formId: addForm(sb.state, requestIssue(), formTemplates()[0], Date.now(), { 1: { text: 'Shapes laptop' } }).id };
			return {};
	}
}
afterEach(() => sb.configure({ faults: { wrongShape: null } }));

/** The operation's parameters with valid values (operation-specific first, then by name, else the default). */
function parametersFor(entry: CatalogueEntry): IDataObject {
	const seen = new Set<string>();
	const parameters: IDataObject = { resource: entry.resource, operation: entry.operation };
	const prepared = prepare(entry);
	for (const property of entry.module.description as INodeProperties[]) {
		if (seen.has(property.name)) continue;
		seen.add(property.name);
		parameters[property.name] = (prepared[property.name] ??
			controls[`${entry.resource}.${entry.operation}.${property.name}`] ??
			controls[property.name] ??
			property.default) as IDataObject[string];
	}
	return parameters;
}

/** The declared API operations whose 2xx answer is typed (object, array or string) in the OpenAPI files. */
function reshapeable(entry: CatalogueEntry): string[] {
	const { operations, documents } = loadSpecs() as {
		operations: Array<{ api: string; key: string; operation: { responses?: Record<string, any> } }>;
		documents?: Record<string, any>;
	};
	const typed = (api: string, schema: any): boolean => {
		for (let hops = 0; schema?.$ref && hops < 5; hops++) {
			schema = documents?.[api]?.components?.schemas?.[String(schema.$ref).split('/').pop() ?? ''] ?? { type: 'object' };
		}
		return ['array', 'object', 'string'].includes(schema?.type) || Boolean(schema?.properties || schema?.additionalProperties);
	};
	return entry.module.api.filter((key) => {
		// Assets operations read the workspace id once per credential and keep it: a later run sends no such request.
		if (entry.resource.startsWith('assets') && key === 'GET /rest/servicedeskapi/assets/workspace') return false;
		const operation = operations.find((candidate) => candidate.key === key);
		return Object.entries(operation?.operation.responses ?? {}).some(
			([status, response]) => status.startsWith('2') && typed(operation!.api, response?.content?.['application/json']?.schema),
		);
	});
}

const run = (entry: CatalogueEntry) =>
	runNode({
		parameters: parametersFor(entry),
		credentials: adminCredentials(sb),
		binary: entry.resource === 'attachment' && entry.operation === 'create' ? [{ data: file('hello') }] : undefined,
		continueOnFail: true,
	});

// The custom API call hands back whatever Jira answers, by design. Refresh App Webhooks works with an OAuth2
// credential only (this file runs with the API token one); its answers go through the same transport check.
const operations = catalogue.filter(
	(entry) => entry.resource !== 'site' || (entry.operation !== 'customApiCall' && entry.operation !== 'refreshAppWebhooks'),
);
const untouched: string[] = [];

describe.each(operations.map((entry) => [`${entry.resource}.${entry.operation}`, entry] as const))('%s', (_name, entry) => {
	const keys = reshapeable(entry);
	const label = labelOf(entry);

	test('valid answers: the item succeeds (the control)', async () => {
		sb.reset();
		const result = await run(entry);
		expect(result.items.map((item) => item.json.error).filter(Boolean)).toEqual([]);
		if (!keys.length) untouched.push(`${entry.resource}.${entry.operation}`);
	});

	test.each(MODES)('answers rewritten (%s): one error item naming the operation', async (to) => {
		if (!keys.length) return;
		sb.reset();
		sb.configure({ faults: { wrongShape: { to, operations: keys } } });
		const result = await run(entry);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		const error = String(result.items[0].json.error);
		expect(error.startsWith(`${label}: Jira answered `)).toBe(true);
		expect(error).not.toMatch(/is not a function|Cannot read|undefined|TypeError/);
	});
});

test('User → Get Groups, answered with the single group object of Atlassian’s own example', async () => {
	sb.configure({ faults: { wrongShape: { to: 'swap', operations: ['GET /rest/api/3/user/groups'] } } });
	const result = await runNode({
		parameters: { resource: 'user', operation: 'getGroups', user: locator('id', '5b10a2844c20165700ede21g') },
		credentials: adminCredentials(sb),
		continueOnFail: true,
	});
	expect(result.items).toHaveLength(1);
	expect(result.items[0].json.error).toBe('User → Get Groups: Jira answered GET /rest/api/3/user/groups with an object where a list was expected');
	process.stdout.write(`\nOperations whose answers have no JSON schema to contradict (204 or untyped): ${untouched.join(', ')}\n`);
});
