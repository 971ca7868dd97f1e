// The built package in a real n8n (2.41, Node 24) in queue mode: Redis, PostgreSQL, one main process,
// two webhook processes behind a load-balancing proxy and two workers, all on 127.0.0.1 (test/e2e/queue-cluster.ts).
// Action nodes run on the workers with the same results as a single instance. The webhook trigger registers
// one webhook; signed deliveries spread over both webhook processes start one execution per distinct
// delivery, except that a repeated delivery (same X-Atlassian-Webhook-Identifier) is only recognised by
// the process that took the first one: measured with round-robin balancing, exact with balancing by that
// header (see README, "Running at scale"). With any balancing, the example examples/drop-jira-retries-in-queue-mode.json
// (the trigger's deliveryId claimed in the cluster's Redis with an atomic INCR) lets exactly one execution per
// distinct delivery continue, also when both copies arrive at once on different processes; n8n's Remove
// Duplicates node beside it is measured (it is not atomic). The poll trigger, polled by the main process,
// emits each change once.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { issueCreatedBody } from '../helpers/jira-webhook-body';
import { identity } from '../helpers/poll-site';

import { allExecutions, executeWorkflow, executionItems, itemsOf, publicApi, sandboxCredential, type Credential, type Workflow, type WorkflowNode } from './n8n';
import { freePort, startQueueCluster, type QueueCluster } from './queue-cluster';
import { sleep, until, unsignedPost, untilListening } from './until';
import { byId, createPrinterRequest, first, NODE_TYPE, pollTriggerWorkflow, TRIGGER_TYPE, usesApiToken, webhookNode } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createPrng } = require('../sandbox/prng');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { availableTransitions } = require('../sandbox/workflow');

// The first run may install Node 24, n8n, redis-server and postgresql (several minutes).
jest.setTimeout(10 * 60_000);

const ACTIONS_WORKFLOW = 'JsmQueueActions01';
const ACTIONS_PATH = 'jsm-queue-actions';
const TRIGGER_WORKFLOW = 'JsmQueueTrigger01';
const TRIGGER_WEBHOOK_ID = '6d2f0b8e-3c1a-4f7e-9b25-8e4a1c7d9f03';
const ONCE_EXAMPLE = path.resolve(__dirname, '../../examples/drop-jira-retries-in-queue-mode.json');
/** The example's nodes: its trigger and the node that runs once per distinct delivery. */
const TRIGGER_NAME = 'New request';
const ONCE_NAME = 'The event, once';
/** Beside the example, n8n's Remove Duplicates node keyed on the same field, measured. */
const DEDUPE_NAME = 'Remove Duplicates';
const PAST_DEDUPE_NAME = 'Past Remove Duplicates';
const REDIS_CREDENTIAL = { id: 'QueueModeRedis01', name: 'Queue mode Redis' };
const POLL_WORKFLOW = 'JsmQueuePoll0001';
const POLL_NAME = 'JSM Poll Trigger';

/** Deliveries per run: 450 distinct events, 50 of them sent a second time with the same identifier. */
const DISTINCT = 450;
const REPEATED = 50;
/** Deliveries in flight at once (Jira sends a busy site's webhooks in parallel). */
const PARALLEL = 8;


type Node = WorkflowNode & { webhookId?: string; onError?: 'continueRegularOutput' };

function actionsWorkflow(credential: Credential): Workflow {
	const created = first('Create request', 'key');
	const steps: Array<Pick<Node, 'name' | 'parameters' | 'executeOnce'>> = [
		{ name: 'Service desks', parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true } },
		{
			name: 'Request types',
			executeOnce: true,
			parameters: { resource: 'requestType', operation: 'query', scope: 'serviceDesk', serviceDesk: byId('1'), returnAll: true, filters: {} },
		},
		{ name: 'Queues', executeOnce: true, parameters: { resource: 'queue', operation: 'query', serviceDesk: byId('1'), returnAll: true } },
		{ name: 'Comments', executeOnce: true, parameters: { resource: 'comment', operation: 'query', request: byId('ITS-2'), visibility: 'all', returnAll: true } },
		createPrinterRequest('4', 'Queue mode: printer on level 3 jams', 'Raised by a worker.'),
		{ name: 'Get created', executeOnce: true, parameters: { resource: 'request', operation: 'get', request: byId(created) } },
	];
	const nodes: Node[] = [
		{ id: 'qa-manual', name: 'Run by hand', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		webhookNode('qa-webhook', 'Called', '2b9d7f31-0c4e-4a8b-8f6d-5e1a3c9b7d20', 'POST', ACTIONS_PATH, [0, 200]),
		...steps.map((step, index) => ({
			...step,
			id: `qa-${index}`,
			type: NODE_TYPE,
			typeVersion: 1,
			position: [220 * (index + 1), 100] as [number, number],
			credentials: usesApiToken(credential),
		})),
	];
	const connections: IDataObject = {
		'Run by hand': { main: [[{ node: steps[0].name, type: 'main', index: 0 }]] },
		Called: { main: [[{ node: steps[0].name, type: 'main', index: 0 }]] },
	};
	for (let i = 1; i < steps.length; i++) connections[steps[i - 1].name] = { main: [[{ node: steps[i].name, type: 'main', index: 0 }]] };
	return { id: ACTIONS_WORKFLOW, name: 'Queue mode: actions', active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

/**
 * The shipped example as users import it (its credentials pointed at this cluster), with n8n's Remove
 * Duplicates node (v2, "Remove Items Processed in Previous Executions", keyed on deliveryId; it keeps the
 * values it saw in n8n's database) on a second branch of the trigger, to measure it beside the example.
 */
function triggerWorkflow(credential: Credential): Workflow {
	const example = JSON.parse(readFileSync(ONCE_EXAMPLE, 'utf8')) as Workflow & { connections: IDataObject };
	const nodes = (example.nodes as Node[]).map((node) => {
		if (node.type === TRIGGER_TYPE) {
			return { ...node, webhookId: TRIGGER_WEBHOOK_ID, credentials: usesApiToken(credential) };
		}
		return node.credentials?.redis ? { ...node, credentials: { redis: REDIS_CREDENTIAL } } : node;
	});
	expect(nodes.map((node) => node.name)).toEqual(expect.arrayContaining([TRIGGER_NAME, ONCE_NAME]));
	const dedupe: Node = {
		id: 'qt-dedupe',
		name: DEDUPE_NAME,
		type: 'n8n-nodes-base.removeDuplicates',
		typeVersion: 2,
		position: [220, 200],
		// The first executions race to create its database row: those that lose fail the node; counted, not hidden.
		onError: 'continueRegularOutput',
		parameters: { operation: 'removeItemsSeenInPreviousExecutions', dedupeValue: '={{ $json.deliveryId }}', options: {} },
	};
	const past: Node = { id: 'qt-past', name: PAST_DEDUPE_NAME, type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [440, 200], parameters: {} };
	const connections = { ...example.connections } as Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }>;
	connections[TRIGGER_NAME] = { main: [[...connections[TRIGGER_NAME].main[0], { node: DEDUPE_NAME, type: 'main', index: 0 }]] };
	connections[DEDUPE_NAME] = { main: [[{ node: PAST_DEDUPE_NAME, type: 'main', index: 0 }]] };
	return { ...example, id: TRIGGER_WORKFLOW, name: 'Queue mode: trigger', active: false, nodes: [...nodes, dedupe, past], connections };
}

/** A Jira `jira:issue_created` body whose key names the delivery (the trigger puts it in `requestKey`). */
function createdEvent(key: string): IDataObject {
	return issueCreatedBody(
		{ id: String(100_000 + Number(key.replace(/\D/g, ''))), key, summary: `Delivery ${key}` },
		{ fields: { project: { id: '10000', key: 'ITS', name: 'IT Support' }, status: { name: 'Waiting for support', statusCategory: { key: 'new' } } } },
	);
}

interface Delivery {
	key: string;
	identifier: string;
	repeat: boolean;
}

/**
 * DISTINCT deliveries, and REPEATED of them sent a second time with the same identifier, as Jira does when
 * it got no answer in time: each repeat goes out 2 to 8 "in flight" windows after its original.
 */
function schedule(prefix: string, seed: number): Delivery[] {
	const prng = createPrng(seed);
	const list: Delivery[] = Array.from({ length: DISTINCT }, (_, index) => ({ key: `${prefix}-${index + 1}`, identifier: prng.uuid(), repeat: false }));
	const originals = prng.sample(list.slice(0, DISTINCT - 2 * PARALLEL), REPEATED) as Delivery[];
	for (const original of originals) {
		const at = list.indexOf(original) + prng.int(2 * PARALLEL, 8 * PARALLEL);
		list.splice(Math.min(at, list.length), 0, { ...original, repeat: true });
	}
	return list;
}

/** The JSON of every item each node output, from an execution read through the public API. */

describe('the package in n8n queue mode (main, 2 webhook processes, 2 workers)', () => {
	let sb: any;
	let cluster: QueueCluster;
	let admin: Credential;
	const figures: string[] = [];

	const api = (method: string, path: string, body?: unknown) => publicApi(cluster.main, cluster.apiKey, method, path, body);

	const executions = (workflowId: string, includeData = false) => allExecutions(cluster.main, cluster.apiKey, workflowId, includeData);

	/** Waits until no execution of the workflow is waiting or running and the count held still for `settleMs`. */
	async function settled(workflowId: string, atLeast: number, timeoutMs = 120_000, settleMs = 2000): Promise<IDataObject[]> {
		let last = -1;
		let stableSince = Date.now();
		const finished = (list: IDataObject[]) => list.filter((execution) => execution.stoppedAt).length;
		const heldStill = (list: IDataObject[]) => {
			if (finished(list) === last && last === list.length) return last >= atLeast && Date.now() - stableSince >= settleMs;
			last = finished(list);
			stableSince = Date.now();
			return false;
		};
		await until(() => executions(workflowId), heldStill, {
			timeoutMs,
			everyMs: 250,
			failure: (list) => `${finished(list)}/${list.length} executions finished after ${timeoutMs} ms`,
		});
		return executions(workflowId, true);
	}

	const registered = async (): Promise<IDataObject[]> =>
		((await (await fetch(`${sb.url}/sandbox/webhooks`)).json()) as { admin: IDataObject[] }).admin;

	/**
	 * n8n 2.41 publishes (activates and deactivates) workflows asynchronously, through an outbox that the
	 * main process works off: wait until the site holds `count` webhooks, then check that it stays so.
	 */
	async function webhooksSettleAt(count: number, timeoutMs = 40_000): Promise<IDataObject[]> {
		const hooks = await until(registered, (now) => now.length === count, {
			timeoutMs,
			everyMs: 200,
			failure: (now) => `The site holds ${now.length} webhooks after ${timeoutMs} ms, not ${count}`,
		});
		await sleep(3000);
		expect(await registered()).toEqual(hooks);
		return hooks;
	}

	beforeAll(async () => {
		// Five n8n processes share this machine's CPUs: give the webhook processes time to answer under load
		// (the figures below show the real answer times).
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 120, webhookTimeoutMs: 15_000 });
		admin = sandboxCredential(sb);
		// The example's Redis credential points at the cluster's own Redis (the one queue mode needs anyway).
		const redis = (redisPort: number): Credential => ({ ...REDIS_CREDENTIAL, type: 'redis', data: { host: '127.0.0.1', port: redisPort, database: 0 } });
		cluster = await startQueueCluster({
			credentials: ({ redisPort }) => [admin, redis(redisPort)],
			workflows: [actionsWorkflow(admin), triggerWorkflow(admin), pollTriggerWorkflow(POLL_WORKFLOW, 'Queue mode: poll', POLL_NAME, admin)],
		});
		const { servicesMs, importMs, processesMs, totalMs } = cluster.timings;
		figures.push(
			`cluster up in ${(totalMs / 1000).toFixed(1)} s (Redis + PostgreSQL ${(servicesMs / 1000).toFixed(1)} s, import ${(importMs / 1000).toFixed(1)} s, 5 n8n processes side by side ${(processesMs / 1000).toFixed(1)} s)`,
		);
	});

	afterAll(async () => {
		if (process.env.JSM_QUEUE_DEBUG) {
			for (const { kind, log } of cluster?.processes ?? []) process.stdout.write(`--- ${kind}\n${log.join('\n')}\n`);
		}
		await cluster?.stop();
		await sb?.close();
		process.stdout.write(`queue-mode e2e figures:\n  ${figures.join('\n  ')}\n`);
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
	});

	it('runs an action-node workflow on a worker with the same results as a single instance', async () => {
		// A single instance: the same workflow run in one process (`n8n execute`, regular mode) on the same database.
		const single = await executeWorkflow(
			{ ...cluster.main, env: { ...cluster.main.env, EXECUTIONS_MODE: 'regular', N8N_RUNNERS_BROKER_PORT: String(await freePort()) } },
			ACTIONS_WORKFLOW,
		);
		if (single.code !== 0) throw new Error(`The single-instance run failed:\n${single.log}`);

		// Queue mode: the production webhook reaches a webhook process through the proxy; a worker runs it.
		await api('POST', `/workflows/${ACTIONS_WORKFLOW}/activate`);
		const began = Date.now();
		const call = () => fetch(`${cluster.proxy.url}/webhook/${ACTIONS_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
		const response = await until(call, (answer) => answer.status !== 404, { timeoutMs: 40_000, everyMs: 200 });
		expect(response.status).toBe(200);
		const answered = (await response.json()) as IDataObject[];
		figures.push(`action workflow (6 JSM operations) through proxy, webhook process and worker: ${Date.now() - began} ms`);
		await api('POST', `/workflows/${ACTIONS_WORKFLOW}/deactivate`);

		const [execution] = await settled(ACTIONS_WORKFLOW, 1);
		expect(execution).toMatchObject({ finished: true, mode: 'webhook', status: 'success' });
		expect(cluster.workerExecutions().flat()).toContain(String(execution.id));

		for (const node of ['Service desks', 'Request types', 'Queues', 'Comments']) {
			const items = executionItems(execution, node);
			expect(items.length).toBeGreaterThan(0);
			expect(items).toEqual(itemsOf(single.run, node));
		}
		// Created records differ only in their key, id and time of creation.
		const [createdHere] = executionItems(execution, 'Get created');
		const [createdThere] = itemsOf(single.run, 'Get created');
		const comparable = ({ key, id, created, portalUrl, ...rest }: IDataObject) => {
			expect(String(created)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
			return { ...rest, keyed: String(portalUrl).endsWith(`/${key}`), id: typeof id };
		};
		expect(createdHere.key).not.toEqual(createdThere.key);
		expect(comparable(createdHere)).toEqual(comparable(createdThere));
		expect(createdHere).toMatchObject({ summary: 'Queue mode: printer on level 3 jams', serviceDeskId: '1', requestTypeId: '4' });
		expect(answered).toEqual([createdHere]);
		// Both requests exist on the site.
		for (const key of [createdHere.key, createdThere.key]) {
			const record = (await (await fetch(`${sb.url}/sandbox/requests/${key}`)).json()) as IDataObject;
			expect(record).toMatchObject({ summary: 'Queue mode: printer on level 3 jams' });
		}
	});

	let webhookId: string;

	it('activates the webhook trigger once: exactly one webhook, at the proxy, and both webhook processes answer for it', async () => {
		const began = Date.now();
		await api('POST', `/workflows/${TRIGGER_WORKFLOW}/activate`);
		const hooks = await webhooksSettleAt(1);
		figures.push(`webhook trigger activation: webhook registered ${Date.now() - began - 3000} ms after the API call (n8n publishes asynchronously)`);
		const url = `${cluster.proxy.url}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`;
		expect(hooks[0]).toMatchObject({ url, enabled: true, events: ['jira:issue_created'] });
		webhookId = String(hooks[0].id);

		// Unsigned calls: the node answers 401 on whichever process gets them (round-robin: both, in turn).
		for (let answered401 = 0; answered401 < 4; answered401++) await untilListening(unsignedPost(url));
		// The webhook and worker processes registered nothing more.
		expect((await registered()).map((hook) => hook.id)).toEqual([webhookId]);
	});

	// The poll trigger: changes made by an agent through the site's API, and their event identities.
	const touched: string[] = [];
	const changes: string[] = [];
	let lastChangeAt = 0;

	async function agentCall(method: string, path: string, body: unknown): Promise<IDataObject> {
		const { email, token } = sb.credentials.agent;
		const response = await fetch(`${sb.url}${path}`, {
			method,
			headers: { authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
		return text ? (JSON.parse(text) as IDataObject) : {};
	}

	/** A new request, a status change, a public reply and an internal note on the IT desk (and a change the filter drops). */
	async function someChanges(label: string): Promise<string[]> {
		const created = await agentCall('POST', '/rest/servicedeskapi/request', {
			serviceDeskId: '1',
			requestTypeId: '1',
			requestFieldValues: { summary: `Queue mode poll ${label}` },
			raiseOnBehalfOf: sb.credentials.customer.accountId,
		});
		touched.push(String(created.issueKey));
		let move: { key: string; transitionId: string } | undefined;
		for (const issue of sb.state.issues.values()) {
			if (sb.state.projects.get(issue.projectId).key !== 'ITS' || touched.includes(issue.key)) continue;
			const transition = availableTransitions(sb.state, issue).find((t: IDataObject) => ['11', '21', '71'].includes(String(t.id)));
			if (transition) {
				move = { key: issue.key, transitionId: transition.id };
				break;
			}
		}
		if (!move) throw new Error('No ITS request can move');
		touched.push(move.key);
		await agentCall('POST', `/sandbox/requests/${move.key}/transition`, { transitionId: move.transitionId });
		const reply = await agentCall('POST', `/rest/servicedeskapi/request/${move.key}/comment`, { body: `Reply ${label}`, public: true });
		const note = await agentCall('POST', `/rest/servicedeskapi/request/${move.key}/comment`, { body: `Note ${label}`, public: false });
		const issue = sb.state.issues.get(sb.state.issueKeys.get(move.key));
		const statusEntry = issue.changelog[issue.changelog.length - 1];
		const hr = [...sb.state.issues.values()].find(
			(candidate: IDataObject) => sb.state.projects.get(candidate.projectId).key === 'HR' && availableTransitions(sb.state, candidate).length,
		);
		await agentCall('POST', `/sandbox/requests/${hr.key}/transition`, { transitionId: availableTransitions(sb.state, hr)[0].id });
		lastChangeAt = Date.now();
		return [`created ${String(created.issueId)}`, `status ${statusEntry.id}`, `comment ${String(reply.id)}`, `comment ${String(note.id)}`];
	}

	it('activates the poll trigger (polled by the main process) and sees changes made after it', async () => {
		await someChanges('before activation');
		await api('POST', `/workflows/${POLL_WORKFLOW}/activate`);
		// Activation runs the first poll (it only notes Jira's clock) before the workflow reports "published".
		const status = async () => {
			const response = await fetch(`${cluster.main.url}/rest/workflows/${POLL_WORKFLOW}/publication-status`, {
				headers: { cookie: cluster.cookie, 'browser-id': 'jsm-e2e' },
			});
			return response.ok ? String(((await response.json()) as { data: { status: string } }).data.status) : `HTTP ${response.status}`;
		};
		const ended = await until(status, (now) => now === 'published' || now === 'failed', { timeoutMs: 40_000, everyMs: 200 });
		if (ended !== 'published') throw new Error(`Poll trigger activation ended ${ended}`);
		changes.push(...(await someChanges('batch 1')));
	});

	/** Sends the deliveries through the proxy, PARALLEL at a time; resolves with the wall time and answer times. */
	async function send(deliveries: Delivery[]): Promise<{ ms: number; p50: number; p95: number }> {
		const began = Date.now();
		let next = 0;
		const failures: string[] = [];
		const times: number[] = [];
		await Promise.all(
			Array.from({ length: PARALLEL }, async () => {
				while (next < deliveries.length) {
					const { key, identifier, repeat } = deliveries[next++];
					const sent = Date.now();
					const result = await sb.deliver(webhookId, createdEvent(key), { identifier, retry: repeat ? 1 : 0 });
					times.push(Date.now() - sent);
					if (result.status !== 200) failures.push(`${key}: ${result.status} ${result.error ?? result.body ?? ''}`);
				}
			}),
		);
		expect(failures).toEqual([]);
		times.sort((a, b) => a - b);
		return { ms: Date.now() - began, p50: times[times.length >> 1], p95: times[Math.floor(times.length * 0.95)] };
	}

	/** The items a node output in an execution; none when it did not run (an If sent nothing its way). */
	function itemsIfRan(execution: IDataObject, node: string): IDataObject[] {
		const runData = ((execution.data as IDataObject).resultData as IDataObject).runData as IDataObject;
		return runData[node] ? executionItems(execution, node) : [];
	}

	/**
	 * Per delivery key of one run: executions, items that continued past the example's Redis claim, and
	 * items past Remove Duplicates (and its failures).
	 */
	function perKey(list: IDataObject[], prefix: string) {
		const counts = new Map<string, number>();
		const once = new Map<string, number>();
		const pastDedupe = new Map<string, number>();
		let dedupeFailures = 0;
		const add = (map: Map<string, number>, key: string, by: number) => by && map.set(key, (map.get(key) ?? 0) + by);
		for (const execution of list) {
			expect(execution).toMatchObject({ status: 'success', mode: 'webhook' });
			const [event] = executionItems(execution, TRIGGER_NAME);
			const key = String(event.requestKey);
			if (!key.startsWith(`${prefix}-`)) continue;
			add(counts, key, 1);
			add(once, key, itemsIfRan(execution, ONCE_NAME).filter((item) => item.deliveryId === event.deliveryId).length);
			const past = itemsIfRan(execution, PAST_DEDUPE_NAME);
			add(pastDedupe, key, past.filter((item) => item.deliveryId === event.deliveryId).length);
			dedupeFailures += past.filter((item) => item.error !== undefined).length;
		}
		const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
		return { counts, total: sum(counts), once, pastDedupe, dedupeFailures, onceTotal: sum(once), pastDedupeTotal: sum(pastDedupe) };
	}

	/** Sends one run of deliveries and reads back what they started, and where. */
	async function measure(prefix: string, deliveries: Delivery[]) {
		const earlier = new Set((await executions(TRIGGER_WORKFLOW)).map((execution) => String(execution.id)));
		const routesBefore = cluster.proxy.routes.length;
		const sent = await send(deliveries);
		const drainBegan = Date.now();
		const list = await settled(TRIGGER_WORKFLOW, earlier.size + DISTINCT);
		const drainMs = Date.now() - drainBegan;
		const keyed = perKey(list, prefix);
		const { total } = keyed;
		// Which webhook process took each attempt of each delivery.
		const backends = new Map<string, number[]>();
		for (const { identifier, backend } of cluster.proxy.routes.slice(routesBefore)) {
			backends.set(identifier, [...(backends.get(identifier) ?? []), backend]);
		}
		const perProcess = [0, 1].map((index) => cluster.proxy.routes.slice(routesBefore).filter(({ backend }) => backend === index).length);
		const ids = new Set(list.map((execution) => String(execution.id)).filter((id) => !earlier.has(id)));
		const perWorker = cluster.workerExecutions().map((started) => started.filter((id) => ids.has(id)).length);
		// Every execution of the trigger ran on a worker.
		expect(perWorker.reduce((a, b) => a + b, 0)).toBe(ids.size);
		const repeats = deliveries.filter((delivery) => delivery.repeat);
		const crossed = repeats.filter(({ identifier }) => new Set(backends.get(identifier)).size > 1);
		const rate = ((DISTINCT + REPEATED) * 1000) / sent.ms;
		const summary =
			`${DISTINCT + REPEATED} deliveries, ${PARALLEL} in flight, in ${(sent.ms / 1000).toFixed(1)} s (${rate.toFixed(1)}/s; answer p50 ${sent.p50} ms, p95 ${sent.p95} ms), ` +
			`all executions done ${(drainMs / 1000).toFixed(1)} s later; webhook processes took ${perProcess.join(' + ')}, workers ran ${perWorker.join(' + ')}; ` +
			`${REPEATED - crossed.length} repeats reached the process of their first attempt, ${crossed.length} the other one; ` +
			`${total} executions for ${DISTINCT} distinct deliveries (${total - DISTINCT} duplicates, ${(((total - DISTINCT) / REPEATED) * 100).toFixed(0)}% of repeats); ` +
			`${keyed.onceTotal} items continued past the example's Redis claim; ${keyed.pastDedupeTotal} past Remove Duplicates (${keyed.dedupeFailures} failed in it)`;
		return { ...keyed, perProcess, crossed, summary };
	}

	it(`round-robin balancing: ${DISTINCT + REPEATED} deliveries, ${REPEATED} repeated, start ${DISTINCT} executions plus one per repeat that reached the other webhook process`, async () => {
		cluster.proxy.balance = 'round-robin';
		const deliveries = schedule('RR', 1);
		const run = await measure('RR', deliveries);
		figures.push(`round-robin: ${run.summary}`);
		// Nothing is lost and nothing runs more than twice.
		expect(run.counts.size).toBe(DISTINCT);
		// The measured rule, delivery by delivery: a repeat is suppressed exactly when it reaches the process
		// that took the first attempt (that process remembers the identifier; n8n does not persist the node's
		// static data from a webhook call that starts an execution, so no other process learns it).
		const crossed = new Set(run.crossed.map(({ key }) => key));
		for (const [key, count] of run.counts) expect([key, count]).toEqual([key, crossed.has(key) ? 2 : 1]);
		expect(run.total).toBe(DISTINCT + crossed.size);
		expect(run.perProcess.every((count) => count > 0)).toBe(true);
		// The example's claim in Redis: exactly one item per distinct delivery continues, whichever process ran it.
		expect(run.onceTotal).toBe(DISTINCT);
		expect([...run.once.values()].every((count) => count === 1)).toBe(true);
	});

	it(`balancing by X-Atlassian-Webhook-Identifier: ${DISTINCT + REPEATED} deliveries, ${REPEATED} repeated, start exactly ${DISTINCT} executions`, async () => {
		// More changes for the poll trigger while the webhook processes are busy.
		changes.push(...(await someChanges('batch 2')));
		cluster.proxy.balance = 'identifier';
		const run = await measure('ID', schedule('ID', 2));
		figures.push(`by identifier: ${run.summary}`);
		expect(run.crossed).toEqual([]);
		expect(run.counts.size).toBe(DISTINCT);
		expect([...run.counts.values()].every((count) => count === 1)).toBe(true);
		expect(run.total).toBe(DISTINCT);
		expect(run.onceTotal).toBe(DISTINCT);
		// Both processes still share the load.
		for (const count of run.perProcess) expect(count).toBeGreaterThan((DISTINCT + REPEATED) * 0.3);
	});

	/** Pairs of deliveries per concurrency test: both copies of each sent at the same moment. */
	const PAIRS = 50;

	it(`concurrent repeats: ${PAIRS} deliveries sent twice at the same moment (round-robin: one copy to each webhook process) continue once each past the Redis claim`, async () => {
		cluster.proxy.balance = 'round-robin';
		const prefix = 'CC';
		const earlier = new Set((await executions(TRIGGER_WORKFLOW)).map((execution) => String(execution.id)));
		const routesBefore = cluster.proxy.routes.length;
		const prng = createPrng(3);
		const began = Date.now();
		const statuses: number[] = [];
		// PARALLEL / 2 pairs in flight, so as many requests are open as in the runs above.
		let next = 0;
		await Promise.all(
			Array.from({ length: PARALLEL / 2 }, async () => {
				while (next < PAIRS) {
					const key = `${prefix}-${++next}`;
					const identifier = prng.uuid() as string;
					const both = await Promise.all([0, 1].map((retry) => sb.deliver(webhookId, createdEvent(key), { identifier, retry })));
					statuses.push(...both.map((result: IDataObject) => Number(result.status)));
				}
			}),
		);
		const sentMs = Date.now() - began;
		expect(statuses.every((status) => status === 200)).toBe(true);
		const fresh = (await settled(TRIGGER_WORKFLOW, earlier.size + PAIRS)).filter((execution) => !earlier.has(String(execution.id)));
		const run = perKey(fresh, prefix);
		const backends = new Map<string, Set<number>>();
		for (const { identifier, backend } of cluster.proxy.routes.slice(routesBefore)) backends.set(identifier, (backends.get(identifier) ?? new Set()).add(backend));
		const split = [...backends.values()].filter((set) => set.size === 2).length;
		const twice = [...run.counts.values()].filter((count) => count === 2).length;
		const dedupeTwice = [...run.pastDedupe.values()].filter((count) => count === 2).length;
		figures.push(
			`concurrent repeats: ${PAIRS} pairs in ${(sentMs / 1000).toFixed(1)} s, ${split} pairs split over both webhook processes; ${run.total} executions (${twice} keys ran twice); ` +
				`${run.onceTotal} items continued past the Redis claim; ${run.pastDedupeTotal} past Remove Duplicates (${dedupeTwice} keys twice, ${run.dedupeFailures} failed in it)`,
		);
		expect(run.counts.size).toBe(PAIRS);
		// Atomic INCR: one copy of every pair continues, even where both copies ran.
		expect(run.onceTotal).toBe(PAIRS);
		expect([...run.once.values()].every((count) => count === 1)).toBe(true);
	});

	it('the poll trigger emitted each change once, from executions on the workers', async () => {
		// Wait for two more polls after the last change: each searches the last minutes again (a safety
		// margin for Jira's search index) and must not emit anything twice.
		const pollMs = 60_000;
		const read = async () => {
			const list = await executions(POLL_WORKFLOW, true);
			return { list, ids: list.flatMap((execution) => executionItems(execution, POLL_NAME)).map(identity) };
		};
		const twoPollsLater = ({ ids }: { ids: string[] }) => changes.every((id) => ids.includes(id)) && Date.now() > lastChangeAt + 2 * pollMs + 5000;
		const { list, ids } = await until(read, twoPollsLater, { timeoutMs: lastChangeAt + 2 * pollMs + 60_000 - Date.now(), everyMs: 2000 });
		figures.push(`poll trigger: ${changes.length} changes emitted as ${ids.length} events in ${list.length} executions (polls by the main process, runs on workers)`);
		expect([...ids].sort()).toEqual([...changes].sort());
		expect(list.every((execution) => execution.status === 'success' && execution.mode === 'trigger')).toBe(true);
		const onWorkers = new Set(cluster.workerExecutions().flat());
		expect(list.map((execution) => String(execution.id)).filter((id) => !onWorkers.has(id))).toEqual([]);
	});

	it('removes its one webhook on deactivation', async () => {
		// Still the one webhook after 1,000 deliveries.
		expect((await registered()).map((hook) => hook.id)).toEqual([webhookId]);
		await api('POST', `/workflows/${POLL_WORKFLOW}/deactivate`);
		await api('POST', `/workflows/${TRIGGER_WORKFLOW}/deactivate`);
		await webhooksSettleAt(0);
	});
});
