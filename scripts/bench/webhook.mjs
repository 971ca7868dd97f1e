// Webhook trigger throughput in a running n8n: the Jira Service Management Trigger is activated through
// n8n's public API (it registers its admin webhook in the sandbox), then the sandbox fires signed
// deliveries of a real "request created" event at it, several at a time; we count what n8n accepted and
// the executions it finished. As a reference, n8n's own Webhook node gets the same bodies the same way.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startServer, ensureOwner, createApiKey, publicApi, rest } = require('../n8n-instance.js');

const OWNER = { email: 'bench@example.com', password: 'Bench-password-1', firstName: 'Bench', lastName: 'Runner' };
const ADMIN_AUTH = `Basic ${Buffer.from('admin@sandbox.test:sandbox-admin-token').toString('base64')}`;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function executionsOf(instance, apiKey, workflowId) {
	const all = [];
	let cursor;
	do {
		const query = `workflowId=${workflowId}&limit=250${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
		const page = await publicApi(instance, apiKey, 'GET', `/executions?${query}`);
		all.push(...page.data);
		cursor = page.nextCursor;
	} while (cursor);
	return all;
}

/** Waits until the workflow's execution count stops changing and all of them have finished. */
async function settle(instance, apiKey, workflowId) {
	let last = -1;
	for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
		const all = await executionsOf(instance, apiKey, workflowId);
		if (all.length === last && all.every((execution) => execution.stoppedAt)) return all;
		last = all.length;
		await pause(500);
	}
	return await executionsOf(instance, apiKey, workflowId);
}

async function createRequest(sandbox, target, summary) {
	const response = await fetch(`${sandbox.url}/rest/servicedeskapi/request`, {
		method: 'POST',
		headers: { authorization: ADMIN_AUTH, accept: 'application/json', 'content-type': 'application/json' },
		body: JSON.stringify({ serviceDeskId: target.serviceDeskId, requestTypeId: target.requestTypeId, requestFieldValues: { summary } }),
	});
	if (!response.ok) throw new Error(`Creating a request answered ${response.status}`);
}

async function publish(instance, apiKey, cookie, workflowId, isReady) {
	await publicApi(instance, apiKey, 'POST', `/workflows/${workflowId}/activate`);
	// n8n 2.x publishes in the background: webhooks are registered moments after the API answers.
	let publication;
	for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
		if (await isReady()) return;
		publication = (await rest(instance, 'GET', `/rest/workflows/${workflowId}/publication-status`, { cookie })).data?.data;
		if (publication?.status === 'failed') break;
		await pause(200);
	}
	throw new Error(`Workflow ${workflowId} did not become ready (publication ${JSON.stringify(publication)})`);
}

/** `count` sends, `parallel` at a time; then waits for the executions they started to finish. */
async function burst({ instance, apiKey, workflowId, count, parallel, send }) {
	const before = new Set((await settle(instance, apiKey, workflowId)).map((execution) => execution.id));
	const started = Date.now();
	let next = 0;
	let accepted = 0;
	const refused = {};
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			while (next < count) {
				next++;
				const status = await send();
				if (status >= 200 && status < 300) accepted++;
				else refused[status] = (refused[status] ?? 0) + 1;
			}
		}),
	);
	const acceptedMs = Date.now() - started;
	let finished = [];
	for (const deadline = Date.now() + 180_000; Date.now() < deadline; ) {
		const fresh = (await executionsOf(instance, apiKey, workflowId)).filter((execution) => !before.has(execution.id));
		finished = fresh.filter((execution) => execution.stoppedAt);
		if (finished.length >= accepted) break;
		await pause(250);
	}
	const lastStop = finished.length ? Math.max(...finished.map((execution) => Date.parse(execution.stoppedAt))) : Date.now();
	const executedMs = Math.max(acceptedMs, lastStop - started);
	return {
		deliveries: count,
		parallel,
		accepted,
		refused,
		executions: finished.length,
		succeeded: finished.filter((execution) => execution.status === 'success').length,
		acceptedMs,
		executedMs,
		acceptedPerSecond: accepted / (acceptedMs / 1000),
		executionsPerSecond: finished.length / (executedMs / 1000),
	};
}

/**
 * Starts n8n on the instance (its workflows already imported), publishes the trigger workflow and the
 * reference Webhook workflow, and measures `runs` bursts of `deliveries` with `parallel` in flight on each.
 * Stops n8n at the end.
 */
export async function benchWebhook({ instance, sandbox, trigger, plain, target, deliveries, parallel, runs, log }) {
	const server = await startServer(instance);
	try {
		const cookie = await ensureOwner(instance, OWNER);
		const apiKey = await createApiKey(instance, cookie);
		const workflowId = trigger.workflow.id;
		const findHook = () => [...sandbox.state.webhooks.values()].find((candidate) => String(candidate.url).includes(trigger.webhookId));
		await publish(instance, apiKey, cookie, workflowId, async () => findHook() !== undefined);
		const hook = findHook();

		// A real event, delivered by the sandbox as Jira would; repeated until the new webhook answers.
		let template;
		for (let attempt = 0; attempt < 40 && !template; attempt++) {
			await createRequest(sandbox, target, `Webhook bench warm-up ${attempt}`);
			await sandbox.flushDeliveries();
			template = sandbox.deliveries.filter((entry) => entry.webhookId === hook.id && entry.status === 'delivered').at(-1)?.body;
			if (!template) await pause(250);
		}
		if (!template) throw new Error('The trigger never accepted a delivery');

		const plainUrl = `${instance.url}/webhook/${plain.path}`;
		const postPlain = async () =>
			(await fetch(plainUrl, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: template }).then(async (r) => {
				await r.arrayBuffer();
				return r;
			})).status;
		await publish(instance, apiKey, cookie, plain.workflow.id, async () => (await postPlain()) === 200);

		const results = { trigger: [], plain: [] };
		for (let run = 0; run < runs; run++) {
			// Each delivery gets its own X-Atlassian-Webhook-Identifier, so none is a duplicate.
			const ours = await burst({ instance, apiKey, workflowId, count: deliveries, parallel, send: async () => (await sandbox.deliver(hook.id, template)).status });
			log(`webhook run ${run + 1}, this package's trigger: ${JSON.stringify(ours)}`);
			results.trigger.push(ours);
			const reference = await burst({ instance, apiKey, workflowId: plain.workflow.id, count: deliveries, parallel, send: postPlain });
			log(`webhook run ${run + 1}, n8n's Webhook node: ${JSON.stringify(reference)}`);
			results.plain.push(reference);
		}
		await publicApi(instance, apiKey, 'POST', `/workflows/${workflowId}/deactivate`);
		await publicApi(instance, apiKey, 'POST', `/workflows/${plain.workflow.id}/deactivate`);
		return results;
	} finally {
		await server.stop();
	}
}
