// Several workflows creating requests at the same moment on one n8n instance, against a site with a rate
// limit (issue 19, item 2). Each workflow is a Webhook node (answering when the last node is done), items
// made from the posted count, and Request → Create. "Shared": all five use one credential, so they share
// the site's rate gate. "Separate": each uses its own credential on the same site, so each has its own
// gate, which is how every run behaved before the gate was shared.
import { createRequire } from 'node:module';

import { JSM_NODE, MEASURED } from './workflows.mjs';

const require = createRequire(import.meta.url);
const { startServer, ensureOwner, createApiKey, publicApi } = require('../n8n-instance.js');

const OWNER = { email: 'bench@example.com', password: 'Bench-password-1', firstName: 'Bench', lastName: 'Runner' };
const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function workflow(id, path, credential, target, prefix) {
	const nodes = [
		{
			id: `${id}-0`,
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2.1,
			position: [0, 0],
			webhookId: path,
			parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', responseData: 'noData', options: {} },
		},
		{
			id: `${id}-1`,
			name: 'Make items',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: {
				mode: 'raw',
				jsonOutput: `={{ JSON.stringify({ items: Array.from({ length: $json.body.count }, (_, i) => ({ summary: '${prefix} ' + String(i).padStart(5, '0') })) }) }}`,
				options: {},
			},
		},
		{ id: `${id}-2`, name: 'One item each', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [440, 0], parameters: { fieldToSplitOut: 'items', options: {} } },
		{
			id: `${id}-3`,
			name: MEASURED,
			type: JSM_NODE,
			typeVersion: 1,
			position: [660, 0],
			parameters: {
				resource: 'request',
				operation: 'create',
				serviceDesk: byId(target.serviceDeskId),
				requestType: byId(target.requestTypeId),
				requestFieldValues: { mappingMode: 'defineBelow', value: { summary: '={{ $json.summary }}' }, matchingColumns: [], schema: [] },
				options: {},
			},
			credentials: { jiraServiceManagementApi: { id: credential.id, name: credential.name } },
		},
	];
	const connections = {};
	for (let i = 1; i < nodes.length; i++) connections[nodes[i - 1].name] = { main: [[{ node: nodes[i].name, type: 'main', index: 0 }]] };
	return { id, name: `Bench: ${id}`, active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

/** The workflows and the extra credentials of both variants; `runs` workflows each. */
export function concurrentRunWorkflows({ credentials, target, prefix, runs }) {
	const own = Array.from({ length: runs }, (_, run) => ({ ...credentials.jsm, id: `JsmBenchOwnCred${run}`, name: `JSM sandbox, own credential ${run}` }));
	const make = (variant, credentialOf) =>
		Array.from({ length: runs }, (_, run) => workflow(`BenchRuns${variant}${String(run).padStart(2, '0')}`.padEnd(16, '0'), `bench-runs-${variant}-${run}`, credentialOf(run), target, `${prefix} ${variant} ${run}`));
	return { credentials: own, shared: make('Shr', () => credentials.jsm), separate: make('Sep', (run) => own[run]) };
}

/** Publishes both variants' workflows, then per variant posts `creates` to each of its workflows at once. */
export async function benchConcurrentRuns({ instance, sandbox, workflows, creates, rateLimitPerSecond, prefix, log }) {
	const server = await startServer(instance);
	try {
		const cookie = await ensureOwner(instance, OWNER);
		const apiKey = await createApiKey(instance, cookie);
		const post = (wf, count) =>
			fetch(`${instance.url}/webhook/${wf.nodes[0].parameters.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count }) }).then(async (r) => {
				await r.arrayBuffer();
				return r.status;
			});
		for (const wf of [...workflows.shared, ...workflows.separate]) {
			await publicApi(instance, apiKey, 'POST', `/workflows/${wf.id}/activate`);
			// n8n 2.x registers webhooks moments after the API answers; a count of 0 creates nothing.
			for (let deadline = Date.now() + 60_000; (await post(wf, 0)) !== 200; ) {
				if (Date.now() > deadline) throw new Error(`Workflow ${wf.id} never answered its webhook`);
				await pause(200);
			}
		}
		const results = [];
		for (const variant of ['separate', 'shared']) {
			// Let the limit's bucket refill and the previous variant's learnt pause run out.
			await pause(3_000);
			const mark = sandbox.requests.length;
			const before = new Set(sandbox.state.issues.keys());
			sandbox.configure({ rateLimitPerSecond });
			const started = Date.now();
			const statuses = await Promise.all(workflows[variant].map((wf) => post(wf, creates)));
			const wallMs = Date.now() - started;
			sandbox.configure({ rateLimitPerSecond: 0 });
			const created = [...sandbox.state.issues.values()].filter((issue) => !before.has(issue.id));
			const result = {
				variant,
				wallMs,
				statuses,
				created: created.length,
				distinctSummaries: new Set(created.map((issue) => issue.summary)).size,
				answered429: sandbox.requests.slice(mark).filter((r) => r.status === 429).length,
				expected: creates * workflows[variant].length,
			};
			result.exact = result.created === result.expected && result.distinctSummaries === result.expected;
			log(`concurrent runs, ${variant} gate: ${JSON.stringify(result)}`);
			results.push(result);
		}
		for (const wf of [...workflows.shared, ...workflows.separate]) await publicApi(instance, apiKey, 'POST', `/workflows/${wf.id}/deactivate`);
		return results;
	} finally {
		await server.stop();
	}
}
