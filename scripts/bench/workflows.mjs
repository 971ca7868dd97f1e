// The workflows the benchmark imports into the real n8n: one measured node each, named "Measured".
import { randomUUID } from 'node:crypto';

export const JSM_NODE = 'n8n-nodes-jira-service-management.jiraServiceManagement';
export const JSM_TRIGGER = 'n8n-nodes-jira-service-management.jiraServiceManagementTrigger';
export const JIRA_NODE = 'n8n-nodes-base.jira';
export const MEASURED = 'Measured';

/** The fields this package's Issue → Query returns by default (and Simplify reads). */
export const PACKAGE_DEFAULT_ISSUE_FIELDS =
	'summary,status,issuetype,priority,assignee,reporter,project,created,updated,resolution,resolutiondate,description';

const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });

export function credentialsFor(sandboxUrl) {
	return {
		jsm: {
			id: 'JsmBenchSandbox1',
			name: 'JSM sandbox (bench)',
			type: 'jiraServiceManagementApi',
			data: { deployment: 'custom', siteUrl: sandboxUrl, authType: 'basic', email: 'admin@sandbox.test', apiToken: 'sandbox-admin-token' },
		},
		jira: {
			id: 'JiraBenchSandbox1',
			name: 'Jira sandbox (bench)',
			type: 'jiraSoftwareCloudApi',
			data: { email: 'admin@sandbox.test', apiToken: 'sandbox-admin-token', domain: sandboxUrl },
		},
	};
}

function chain(id, name, nodes) {
	const all = [
		{ id: `${id}-start`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		...nodes.map((node, index) => ({ id: `${id}-${index}`, position: [220 * (index + 1), 0], ...node })),
	];
	const connections = {};
	for (let i = 1; i < all.length; i++) connections[all[i - 1].name] = { main: [[{ node: all[i].name, type: 'main', index: 0 }]] };
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes: all, connections };
}

const jsm = (credentials, parameters) => ({
	name: MEASURED,
	type: JSM_NODE,
	typeVersion: 1,
	parameters,
	credentials: { jiraServiceManagementApi: { id: credentials.jsm.id, name: credentials.jsm.name } },
});

const jira = (credentials, parameters) => ({
	name: MEASURED,
	type: JIRA_NODE,
	typeVersion: 1,
	parameters: { jiraVersion: 'cloud', ...parameters },
	credentials: { jiraSoftwareCloudApi: { id: credentials.jira.id, name: credentials.jira.name } },
});

/** `count` input items `{ summary }` made by a Set node and split into items (no Code node, no task runner). */
function itemNodes(count, prefix) {
	return [
		{
			name: 'Make items',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: {
				mode: 'raw',
				jsonOutput: `={{ JSON.stringify({ items: Array.from({ length: ${count} }, (_, i) => ({ summary: '${prefix} ' + String(i).padStart(5, '0') })) }) }}`,
				options: {},
			},
		},
		{ name: 'One item each', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'items', options: {} } },
	];
}

/** Every workflow of the benchmark, by role. */
export function benchWorkflows({ credentials, jql, creates, createPrefix, jsmTarget, jiraTarget }) {
	return {
		baseline: chain('BenchBaseline001', 'Bench: baseline (no work)', [
			{ name: MEASURED, type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} },
		]),
		packageQueryAll: chain('BenchJsmQueryAll', 'Bench: this package, Request → Query, Return All', [
			jsm(credentials, { resource: 'request', operation: 'query', returnAll: true }),
		]),
		jiraJql: chain('BenchJiraJqlAll1', "Bench: n8n's Jira node, Issue → Get Many, Return All (default fields)", [
			jira(credentials, { resource: 'issue', operation: 'getAll', returnAll: true, options: { jql } }),
		]),
		jiraJqlSameFields: chain('BenchJiraJqlSame', "Bench: n8n's Jira node, Issue → Get Many, this package's default fields", [
			jira(credentials, { resource: 'issue', operation: 'getAll', returnAll: true, options: { jql, fields: PACKAGE_DEFAULT_ISSUE_FIELDS } }),
		]),
		packageJql: chain('BenchJsmJqlAll01', 'Bench: this package, Issue → Query by JQL, Return All', [
			jsm(credentials, { resource: 'issue', operation: 'query', jql, returnAll: true }),
		]),
		packageCreate: chain('BenchJsmCreate01', 'Bench: this package, Request → Create', [
			...itemNodes(creates, `${createPrefix} jsm`),
			jsm(credentials, {
				resource: 'request',
				operation: 'create',
				serviceDesk: byId(jsmTarget.serviceDeskId),
				requestType: byId(jsmTarget.requestTypeId),
				requestFieldValues: { mappingMode: 'defineBelow', value: { summary: '={{ $json.summary }}' }, matchingColumns: [], schema: [] },
				options: {},
			}),
		]),
		jiraCreate: chain('BenchJiraCreate1', "Bench: n8n's Jira node, Issue → Create", [
			...itemNodes(creates, `${createPrefix} jira`),
			jira(credentials, {
				resource: 'issue',
				operation: 'create',
				project: byId(jiraTarget.projectId),
				issueType: byId(jiraTarget.issueTypeId),
				summary: '={{ $json.summary }}',
				additionalFields: {},
			}),
		]),
	};
}

/** The trigger workflow: one Jira Service Management Trigger on "Request Created". */
export function triggerWorkflow(credentials) {
	const webhookId = randomUUID();
	return {
		webhookId,
		workflow: {
			id: 'BenchJsmTrigger1',
			name: 'Bench: Jira Service Management Trigger',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				{
					id: 'BenchJsmTrigger1-0',
					name: 'JSM Trigger',
					type: JSM_TRIGGER,
					// The version the editor adds today.
					typeVersion: 1.1,
					position: [0, 0],
					webhookId,
					parameters: { authentication: 'apiToken', events: ['requestCreated'] },
					credentials: { jiraServiceManagementApi: { id: credentials.jsm.id, name: credentials.jsm.name } },
				},
			],
			connections: {},
		},
	};
}

/** Reference: n8n's own Webhook node receiving the same POSTs (no signature check, no registration). */
export function plainWebhookWorkflow() {
	const webhookId = randomUUID();
	return {
		webhookId,
		path: `bench-${webhookId}`,
		workflow: {
			id: 'BenchPlainHook01',
			name: "Bench: n8n's Webhook node (reference)",
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				{
					id: 'BenchPlainHook01-0',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2.1,
					position: [0, 0],
					webhookId,
					parameters: { httpMethod: 'POST', path: `bench-${webhookId}`, responseMode: 'onReceived', options: {} },
				},
			],
			connections: {},
		},
	};
}
