// The trigger in a real n8n (each supported version: 2.41 and 1.123, on Node 24), installed as users
// install it, against the sandbox:
// activation through the public API registers exactly one signed admin webhook; the sandbox's own
// deliveries start exactly one execution each; forged, unsigned, repeated and unselected deliveries
// start nothing; a restart of n8n on the same user folder keeps exactly one webhook; a non-admin
// account is refused with the Administer Jira message and registers nothing.
import { createHmac } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

import { exampleWorkflows, executionItems, executionsSettled, N8N_VERSIONS, publicationSettled, sandboxCredential, type Credential, type N8nInstance, type Workflow } from './n8n';
import { preparedInstance, removeAll, startSignedIn, type Running } from './session';
import { until, unsignedPost, untilListening } from './until';
import { TRIGGER_TYPE, triggerWorkflow } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { availableTransitions } = require('../sandbox/workflow');

// The first run may install Node 24 and n8n (several minutes).
jest.setTimeout(10 * 60_000);

const TRIGGER_NAME = 'JSM Trigger';

const ADMIN_WORKFLOW = 'JsmE2eTrigger001';
const ADMIN_WEBHOOK_ID = '3f1c8a52-6d0e-4b8b-9a51-0c6f0e2d7a11';
const AGENT_WORKFLOW = 'JsmE2eTrigger002';
const AGENT_WEBHOOK_ID = '9b7e4c20-5a3f-4e61-8d2c-7f1a6b3e9c42';

interface SandboxWebhook extends IDataObject {
	id: string;
	url: string;
	events: string[];
	secret: string | null;
}

/** The trigger on status changes and comments, with `credential`. */
const statusAndComments = (id: string, name: string, webhookId: string, credential: Credential): Workflow =>
	triggerWorkflow(id, name, { nodeName: TRIGGER_NAME, webhookId, events: ['statusChanged', 'commentCreated'] }, credential);

/** The examples started by this package's trigger (the others start by hand and run in the slice test). */
const startsOnEvents = (workflow: Workflow) => workflow.nodes.some((node) => node.type === TRIGGER_TYPE);

describe.each(N8N_VERSIONS)('the trigger in a real n8n %s', (n8nVersion) => {
	let sb: any;
	let instance: N8nInstance;
	let running: Running | undefined;
	let webhookUrl: string;
	const timings: string[] = [];

	async function start(): Promise<void> {
		const began = Date.now();
		running = await startSignedIn(instance, { onOutput: (chunk) => { if (process.env.DEBUG_N8N) process.stderr.write(chunk); } });
		timings.push(`n8n start: ${Date.now() - began} ms`);
	}

	async function control(method: string, path: string, body?: unknown): Promise<any> {
		const response = await fetch(`${sb.url}${path}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const data = await response.json();
		if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(data)}`);
		return data;
	}

	const settled = (workflowId: string, statuses: string[]) => publicationSettled(instance, running!.cookie, workflowId, statuses);

	async function activate(workflowId: string) {
		await running!.n8n.activate(workflowId);
		return await settled(workflowId, ['published', 'partial', 'failed']);
	}

	async function deactivate(workflowId: string) {
		await running!.n8n.deactivate(workflowId);
		return await settled(workflowId, ['not_published']);
	}

	const webhooks = async (): Promise<SandboxWebhook[]> => (await control('GET', '/sandbox/webhooks')).admin;

	/** After unpublishing: n8n 1.x may answer the deactivation before the trigger's delete hook has finished. */
	async function webhooksOnceRemoved(): Promise<SandboxWebhook[]> {
		return await until(webhooks, (left) => left.length === 0, { timeoutMs: 15_000, everyMs: 250 });
	}

	const executions = (workflowId: string, count: number) => executionsSettled(running!.n8n, () => sb.flushDeliveries(), workflowId, count);
	const triggerOutput = (execution: IDataObject) => executionItems(execution, TRIGGER_NAME);

	/** A request of the IT Support desk that can move to another status now, and that transition. */
	function transitionable(skip: string[] = []): { key: string; transitionId: string; to: string } {
		for (const issue of sb.state.issues.values()) {
			if (sb.state.projects.get(issue.projectId).key !== 'ITS' || skip.includes(issue.key)) continue;
			const [transition] = availableTransitions(sb.state, issue);
			if (transition) return { key: issue.key, transitionId: transition.id, to: sb.state.statuses.get(transition.to).name };
		}
		throw new Error('No ITS request can be transitioned');
	}

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 120 });
		const admin = sandboxCredential(sb);
		const { email, token } = sb.credentials.agent;
		const agent: Credential = {
			...admin,
			id: 'JsmSandboxAgent1',
			name: 'JSM Sandbox (agent, not a Jira admin)',
			data: { ...admin.data, email, apiToken: token },
		};
		const workflows = [
			statusAndComments(ADMIN_WORKFLOW, 'E2E trigger (admin)', ADMIN_WEBHOOK_ID, admin),
			statusAndComments(AGENT_WORKFLOW, 'E2E trigger (agent)', AGENT_WEBHOOK_ID, agent),
			...exampleWorkflows().filter(startsOnEvents),
		];
		instance = await preparedInstance([admin, agent], workflows, { n8nVersion });
		webhookUrl = `${instance.url}/webhook/${ADMIN_WEBHOOK_ID}/webhook`;
		await start();
	});

	afterAll(async () => {
		await removeAll(running?.server, sb, instance);
		process.stdout.write(`trigger e2e timings (n8n ${n8nVersion}):\n  ${timings.join('\n  ')}\n`);
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
	});

	let webhook: SandboxWebhook;
	let statusDelivery: { identifier: string; body: string };
	let transitioned: { key: string; transitionId: string; to: string };

	it('registers exactly one admin webhook with a fresh secret on activation', async () => {
		expect(await activate(ADMIN_WORKFLOW)).toMatchObject({ status: 'published' });
		const registered = await webhooks();
		expect(registered).toHaveLength(1);
		[webhook] = registered;
		expect(webhook).toMatchObject({ url: webhookUrl, enabled: true });
		expect(webhook.secret).toMatch(/^[0-9a-f]{64}$/);
		expect([...webhook.events].sort()).toEqual(['comment_created', 'jira:issue_updated']);
		await untilListening(unsignedPost(webhookUrl));
	});

	it("turns the sandbox's signed delivery of a status change into exactly one execution", async () => {
		transitioned = transitionable();
		const before = sb.deliveries.length;
		await control('POST', `/sandbox/requests/${transitioned.key}/transition`, { transitionId: transitioned.transitionId });
		const list = await executions(ADMIN_WORKFLOW, 1);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ finished: true, mode: 'webhook' });

		const [event] = triggerOutput(list[0]);
		const issue = [...sb.state.issues.values()].find((candidate: IDataObject) => candidate.key === transitioned.key);
		const requestType = sb.state.requestTypes.get(String(issue.requestTypeId));
		expect(event).toMatchObject({
			event: 'statusChanged',
			webhookEvent: 'jira:issue_updated',
			requestKey: transitioned.key,
			serviceDesk: { projectKey: 'ITS', name: 'IT Support' },
			requestType: { id: String(requestType.id), name: requestType.name },
			status: transitioned.to,
		});
		expect(event.changelog).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'status', toString: transitioned.to })]));

		// The sandbox signed it and got a 2xx at the first attempt (no retry, so nothing to deduplicate yet).
		const sent = sb.deliveries.slice(before).filter((delivery: IDataObject) => delivery.kind === 'admin');
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({ status: 'delivered', event: 'jira:issue_updated' });
		expect(sent[0].attempts).toHaveLength(1);
		statusDelivery = { identifier: sent[0].identifier, body: sent[0].body };
	});

	it('starts one execution for a comment, with the comment', async () => {
		const { key } = transitioned;
		const body = `Vendor says the fix ships Friday (${Date.now()})`;
		const { email, token } = sb.credentials.admin;
		const response = await fetch(`${sb.url}/rest/servicedeskapi/request/${key}/comment`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}` },
			body: JSON.stringify({ body, public: false }),
		});
		expect(response.status).toBe(201);
		const list = await executions(ADMIN_WORKFLOW, 2);
		expect(list).toHaveLength(2);
		const [event] = triggerOutput(list[1]);
		expect(event).toMatchObject({
			event: 'commentCreated',
			requestKey: key,
			serviceDesk: { projectKey: 'ITS' },
			comment: { body, public: false },
		});
	});

	it('answers forged and unsigned deliveries with 401 and starts nothing', async () => {
		const payload = JSON.parse(statusDelivery.body);
		const forged = await sb.deliver(webhook.id, payload, { signature: `sha256=${'0'.repeat(64)}` });
		expect(forged.status).toBe(401);
		const otherSecret = await sb.deliver(webhook.id, payload, {
			signature: `sha256=${createHmac('sha256', 'not-the-secret').update(statusDelivery.body).digest('hex')}`,
		});
		expect(otherSecret.status).toBe(401);
		const unsigned = await sb.deliver(webhook.id, payload, { signature: '' });
		expect(unsigned.status).toBe(401);
		expect(await executions(ADMIN_WORKFLOW, 2)).toHaveLength(2);
	});

	it('starts nothing for a repeated delivery (same X-Atlassian-Webhook-Identifier)', async () => {
		const repeated = await sb.deliver(webhook.id, statusDelivery.body, { identifier: statusDelivery.identifier, retry: 1 });
		expect(repeated.status).toBe(200);
		expect(await executions(ADMIN_WORKFLOW, 2)).toHaveLength(2);
	});

	it('starts nothing for events that were not selected', async () => {
		// A real edit that is not a status change: Jira sends jira:issue_updated (registered for Status Changed).
		const { key } = transitioned;
		const { email, token } = sb.credentials.admin;
		const before = sb.deliveries.length;
		const response = await fetch(`${sb.url}/rest/api/3/issue/${key}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}` },
			body: JSON.stringify({ fields: { summary: `Renamed (${Date.now()})` } }),
		});
		expect(response.status).toBe(204);
		await sb.flushDeliveries();
		const sent = sb.deliveries.slice(before).filter((delivery: IDataObject) => delivery.kind === 'admin');
		expect(sent).toEqual([expect.objectContaining({ event: 'jira:issue_updated', status: 'delivered' })]);
		// A correctly signed event type the node was not asked for.
		const created = await sb.deliver(webhook.id, { ...JSON.parse(statusDelivery.body), webhookEvent: 'jira:issue_created', changelog: undefined });
		expect(created.status).toBe(200);
		expect(await executions(ADMIN_WORKFLOW, 2)).toHaveLength(2);
	});

	it('removes its webhook on deactivation', async () => {
		await deactivate(ADMIN_WORKFLOW);
		expect(await webhooks()).toEqual([]);
	});

	it('keeps exactly one webhook across a restart of n8n, and it still takes deliveries', async () => {
		// A copy left behind in Jira (e.g. by a workflow whose data was lost) is repaired on activation.
		const { email, token } = sb.credentials.admin;
		const stale = await fetch(`${sb.url}/rest/webhooks/1.0/webhook`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}` },
			body: JSON.stringify({ name: 'stale copy', url: webhookUrl, events: ['jira:issue_updated'], secret: 'lost' }),
		});
		expect(stale.status).toBe(201);
		expect(await activate(ADMIN_WORKFLOW)).toMatchObject({ status: 'published' });
		const [registered, ...others] = await webhooks();
		expect(others).toEqual([]);
		expect(registered).toMatchObject({ url: webhookUrl });
		expect(registered.secret).toMatch(/^[0-9a-f]{64}$/);
		expect(registered.id).not.toBe(webhook.id);

		// SIGTERM leaves the webhook registered (n8n does not call delete on shutdown), and n8n (2.41 and 1.123) trusts its
		// stored webhook rows on the next start: the same webhook, with the secret kept in static data, goes on.
		await running!.server.stop();
		running = undefined;
		expect(await webhooks()).toHaveLength(1);
		await start();
		expect(await settled(ADMIN_WORKFLOW, ['published'])).toMatchObject({ status: 'published' });
		await untilListening(unsignedPost(webhookUrl));
		expect(await webhooks()).toEqual([expect.objectContaining({ id: registered.id, secret: registered.secret })]);

		const before = (await running!.n8n.executions(ADMIN_WORKFLOW)).length;
		const next = transitionable([transitioned.key]);
		await control('POST', `/sandbox/requests/${next.key}/transition`, { transitionId: next.transitionId });
		const list = await executions(ADMIN_WORKFLOW, before + 1);
		expect(list).toHaveLength(before + 1);
		expect(triggerOutput(list[list.length - 1])[0]).toMatchObject({ event: 'statusChanged', requestKey: next.key, status: next.to });

		// Deactivate and activate again after the restart: delete, then checkExists and create; still exactly one.
		await deactivate(ADMIN_WORKFLOW);
		expect(await webhooks()).toEqual([]);
		const logged = sb.requests.length;
		expect(await activate(ADMIN_WORKFLOW)).toMatchObject({ status: 'published' });
		const calls = sb.requests.slice(logged).map((entry: IDataObject) => `${entry.method} ${entry.path}`);
		expect(calls).toEqual(['GET /rest/api/3/mypermissions', 'GET /rest/webhooks/1.0/webhook', 'POST /rest/webhooks/1.0/webhook']);
		expect(await webhooks()).toHaveLength(1);
		await deactivate(ADMIN_WORKFLOW);
		expect(await webhooks()).toEqual([]);
	});

	it('runs the example "Acknowledge new IT Support requests": one public reply to a new IT Support request, none elsewhere', async () => {
		const [example] = exampleWorkflows().filter(startsOnEvents);
		expect(await activate(example.id)).toMatchObject({ status: 'published' });
		expect(await webhooks()).toEqual([expect.objectContaining({ events: ['jira:issue_created'] })]);
		const { email, token } = sb.credentials.admin;
		const raise = async (serviceDeskId: string, requestTypeId: string, summary: string) => {
			const response = await fetch(`${sb.url}/rest/servicedeskapi/request`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}` },
				body: JSON.stringify({ serviceDeskId, requestTypeId, requestFieldValues: { summary } }),
			});
			expect(response.status).toBe(201);
			return String(((await response.json()) as IDataObject).issueKey);
		};
		const itKey = await raise('1', '1', `VPN drops every hour (${Date.now()})`);
		const hrKey = await raise('2', '7', `Offboard a contractor (${Date.now()})`);
		const list = await executions(example.id, 1);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ finished: true, mode: 'webhook' });

		const replies = (key: string) =>
			[...sb.state.issues.values()].find((issue: IDataObject) => issue.key === key).comments as Array<{ body: string; public: boolean }>;
		expect(replies(itKey)).toEqual([
			expect.objectContaining({ public: true, body: expect.stringMatching(new RegExp(`^Thanks, we have your request "VPN drops every hour .*" \\(${itKey}\\)\\. An agent of IT Support`)) }),
		]);
		expect(replies(hrKey)).toEqual([]);
		await deactivate(example.id);
		expect(await webhooks()).toEqual([]);
	});

	it('runs the example "Open a JSM Operations alert": a P1 alert and an internal note for a Highest-priority request, nothing for others', async () => {
		const example = exampleWorkflows().find((workflow) => workflow.id === 'JsmExampleAlerts')!;
		expect(await activate(example.id)).toMatchObject({ status: 'published' });
		const { email, token } = sb.credentials.admin;
		const raise = async (summary: string, priorityId: string) => {
			const response = await fetch(`${sb.url}/rest/servicedeskapi/request`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}` },
				body: JSON.stringify({ serviceDeskId: '1', requestTypeId: '1', requestFieldValues: { summary, priority: { id: priorityId } } }),
			});
			expect(response.status).toBe(201);
			return String(((await response.json()) as IDataObject).issueKey);
		};
		const urgent = await raise(`Payment terminal down in every store (${Date.now()})`, '1');
		const routine = await raise(`New mouse please (${Date.now()})`, '3');
		const list = await executions(example.id, 1);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ finished: true, mode: 'webhook' });

		const alertsFor = (key: string) => [...sb.state.ops.alerts.values()].filter((alert: IDataObject) => alert.alias === `jsm-request-${key}`);
		const [alert] = alertsFor(urgent) as IDataObject[];
		expect(alert).toMatchObject({ priority: 'P1', status: 'open', entity: urgent, tags: ['jsm-request', 'highest-priority'] });
		expect(String(alert.message)).toMatch(new RegExp(`^${urgent}: Payment terminal down in every store`));
		expect(alertsFor(routine)).toEqual([]);
		const notes = (key: string) =>
			[...sb.state.issues.values()].find((issue: IDataObject) => issue.key === key).comments as Array<{ body: string; public: boolean }>;
		expect(notes(urgent)).toEqual([expect.objectContaining({ public: false, body: `JSM Operations alert #${String(alert.tinyId)} (P1) is open for this request.` })]);
		expect(notes(routine)).toEqual([]);
		await deactivate(example.id);
		expect(await webhooksOnceRemoved()).toEqual([]);
	});

	it('refuses activation for an account without Administer Jira, naming it, and registers nothing', async () => {
		const logged = sb.requests.length;
		const outcome = await activate(AGENT_WORKFLOW);
		expect(outcome.status).toBe('failed');
		const [trigger] = outcome.triggers;
		expect(trigger.status).toBe('failed');
		expect(trigger.errorMessage).toContain(`The account ${sb.credentials.agent.email} lacks the "Administer Jira" global permission`);
		expect(trigger.errorMessage).toContain('Global permissions');
		expect(await webhooks()).toEqual([]);
		// The node stopped at the permission check: the site's webhook endpoint was never called.
		const calls = sb.requests.slice(logged).map((entry: IDataObject) => `${entry.method} ${entry.path}`);
		expect(calls).toContain('GET /rest/api/3/mypermissions');
		expect(calls.filter((call: string) => call.includes('/rest/webhooks/'))).toEqual([]);
		expect((await running!.n8n.executions(AGENT_WORKFLOW)).length).toBe(0);
	});
});
