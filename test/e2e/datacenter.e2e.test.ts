// Jira Data Center in a real n8n (2.41, Node 24), the package installed as users install it, against the sandbox's
// Data Center mode (Jira 10.3: /rest/api/2, usernames, /rest/jira-webhook/1.0/webhooks): one credential with an
// admin's personal access token (Bearer; n8n issue #14471), action workflows for people by username, an issue update
// in wiki text and JQL through /rest/api/2/search, and the trigger's lifecycle (activate, signed delivery, forged
// refused, deactivate; n8n issue #12351).
import { rmSync } from 'node:fs';
import type { IDataObject } from 'n8n-workflow';

import {
	api,
	createApiKey,
	createInstance,
	ensureOwner,
	executeWorkflows,
	executionsSettled,
	importCredentials,
	importWorkflows,
	installPackage,
	itemsOf,
	publicationSettled,
	sandboxCredential,
	startServer,
	type BatchExecution,
	type Credential,
	type N8nInstance,
	type Server,
	type Workflow,
} from './n8n';
import { byId, chainWorkflow } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');

jest.setTimeout(10 * 60_000);

const TRIGGER_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagementTrigger';
const OWNER = { email: 'owner@e2e.test', password: 'E2e-Owner-Passw0rd', firstName: 'E2E', lastName: 'Owner' };
const TRIGGER_WORKFLOW = 'JsmE2eDcTrig0001';
const WEBHOOK_ID = '5d2a7c14-8e3b-4f9a-b6c1-2e7d9f0a4b63';
const AGENT = { username: 'avery.agent', accountId: '5b10ac8d82e05b22cc7d4ef5' };
const CUSTOMER = { username: 'casey.customer@sandbox.test', accountId: 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Jira Data Center 10 in a real n8n', () => {
	let sb: any;
	let instance: N8nInstance;
	let server: Server | undefined;
	let credential: Credential;
	let batch: BatchExecution;
	const workflows: Record<string, Workflow> = {};
	const requests = (): any[] => [...sb.state.issues.values()].filter((issue: any) => issue.serviceDeskId);
	/** The requests the participants and the issue workflows change. */
	let forParticipants: any;
	let forDescription: any;

	function output(name: string, node: string): IDataObject[] {
		const result = batch.results[workflows[name].id];
		if (!result?.run) throw new Error(`The ${name} workflow failed: ${result?.error ?? 'did not run'}\n${batch.log.slice(-3000)}`);
		return itemsOf(result.run, node);
	}

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 60, deployment: 'datacenter', version: '10.3' });
		instance = await createInstance();
		installPackage(instance.userFolder);
		credential = {
			...sandboxCredential(sb),
			id: 'JsmSandboxDc0001',
			name: 'JSM Data Center (admin PAT)',
			data: { deployment: 'datacenter', siteUrl: sb.url, authType: 'bearer', apiToken: sb.credentials.admin.pat },
		};
		[forParticipants, forDescription] = requests().filter((issue) => issue.participants.length === 0);
		workflows.participants = chainWorkflow('JsmE2eDcPart0001', 'DC: participants by username', credential, [
			{ name: 'Add', parameters: { resource: 'participant', operation: 'add', request: byId(forParticipants.key), accountIds: `${AGENT.username}, ${CUSTOMER.username}` } },
		]);
		workflows.issue = chainWorkflow('JsmE2eDcIssu0001', 'DC: issue update and JQL', credential, [
			{ name: 'Update', parameters: { resource: 'issue', operation: 'update', issue: byId(forDescription.key), updateFields: { description: 'Printer jams\nLevel 3' } } },
			{ name: 'Query', executeOnce: true, parameters: { resource: 'issue', operation: 'query', jql: 'project = ITS ORDER BY key ASC', returnAll: true, fields: 'summary' } },
		]);
		const trigger: Workflow = {
			id: TRIGGER_WORKFLOW,
			name: 'DC: trigger',
			active: false,
			settings: { executionOrder: 'v1' },
			connections: {},
			nodes: [
				{
					id: `${TRIGGER_WORKFLOW}-0`,
					name: 'JSM Trigger',
					type: TRIGGER_TYPE,
					typeVersion: 1,
					position: [0, 0],
					webhookId: WEBHOOK_ID,
					parameters: { authentication: 'apiToken', events: ['commentCreated'], options: {} },
					credentials: { jiraServiceManagementApi: { id: credential.id, name: credential.name } },
				} as Workflow['nodes'][number],
			],
		};
		await importCredentials(instance, [credential]);
		await importWorkflows(instance, [...Object.values(workflows), trigger]);
		batch = await executeWorkflows(instance, Object.values(workflows).map((workflow) => workflow.id));
	});

	afterAll(async () => {
		await server?.stop();
		await sb?.close();
		if (instance) rmSync(instance.userFolder, { recursive: true, force: true });
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
		expect(sb.serverErrors).toEqual([]);
	});

	it('adds participants by username (a dot, an @)', () => {
		expect(output('participants', 'Add')).toHaveLength(1);
		expect(forParticipants.participants).toEqual([AGENT.accountId, CUSTOMER.accountId]);
	});

	it('updates an issue in wiki text on /rest/api/2 and finds issues through /rest/api/2/search', () => {
		expect(output('issue', 'Update')[0]).toMatchObject({ issueKey: forDescription.key, updated: true });
		expect(forDescription.description).toBe('Printer jams\nLevel 3');
		const keys = output('issue', 'Query').map((item) => item.key);
		expect(keys).toEqual(requests().filter((issue) => issue.key.startsWith('ITS-')).map((issue) => issue.key).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1])));
		expect(sb.requests.some((request: any) => request.path === '/rest/api/2/search')).toBe(true);
		expect(sb.requests.some((request: any) => request.path.startsWith('/rest/api/3/'))).toBe(false);
	});

	it('the trigger: activate registers a signed DC 10 webhook, a comment starts one execution, a forged delivery none, deactivate removes it', async () => {
		server = await startServer(instance);
		const cookie = await ensureOwner(instance, OWNER);
		const n8n = api(instance, await createApiKey(instance, cookie));
		await n8n.activate(TRIGGER_WORKFLOW);
		expect(await publicationSettled(instance, cookie, TRIGGER_WORKFLOW, ['published', 'partial', 'failed'])).toMatchObject({ status: 'published' });
		const [hook] = [...sb.state.webhooks.values()] as any[];
		const webhookUrl = `${instance.url}/webhook/${WEBHOOK_ID}/webhook`;
		expect(hook).toMatchObject({ url: webhookUrl, events: ['comment_created'] });
		expect(hook.secret).toMatch(/^[0-9a-f]{64}$/);
		expect(sb.requests.some((request: any) => request.method === 'POST' && request.path === '/rest/jira-webhook/1.0/webhooks')).toBe(true);
		for (const deadline = Date.now() + 15_000; ; await sleep(200)) {
			const probe = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
			if (probe.status === 401) break;
			if (Date.now() > deadline) throw new Error(`The webhook URL still answers ${probe.status}`);
		}

		const issue = requests()[5];
		const posted = await fetch(`${sb.url}/rest/servicedeskapi/request/${issue.key}/comment`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sb.credentials.agent.pat}`, 'content-type': 'application/json' },
			body: JSON.stringify({ body: 'From Data Center', public: true }),
		});
		expect(posted.status).toBe(201);
		const executions = await executionsSettled(n8n, () => sb.flushDeliveries(), TRIGGER_WORKFLOW, 1);
		expect(executions).toHaveLength(1);

		const forged = await sb.deliver(hook.id, JSON.stringify({ timestamp: Date.now(), webhookEvent: 'comment_created', issue: { key: issue.key } }), {
			signature: `sha256=${'0'.repeat(64)}`,
		});
		expect(forged.status).toBe(401);
		await sleep(1000);
		expect(await n8n.executions(TRIGGER_WORKFLOW)).toHaveLength(1);

		await n8n.deactivate(TRIGGER_WORKFLOW);
		await publicationSettled(instance, cookie, TRIGGER_WORKFLOW, ['not_published']);
		expect(sb.state.webhooks.size).toBe(0);
	});
});
