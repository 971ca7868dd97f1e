// Webhooks under load in a real n8n (2.41, Node 24), the trigger installed as users install it: 1,000
// deliveries to the registered admin webhook, of which 100 repeat an earlier delivery's
// X-Atlassian-Webhook-Identifier (sent after that delivery's execution finished, as Jira's retries come)
// and 50 are forged. Exactly the 850 unique genuine deliveries become executions, one each. Then measured
// only: what happens when a repeat arrives while its original is still being handled.
import { createHmac, randomUUID } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

import { issueCreatedBody } from '../helpers/jira-webhook-body';
import { registerSecret, leakedSecrets } from '../helpers/secrets';
import { allExecutions, sandboxCredential, type N8nInstance } from './n8n';
import { preparedInstance, removeAll, startSignedIn, type Running } from './session';
import { sleep, until, untilListening } from './until';
import { triggerWorkflow } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');

// The first run may install Node 24 and n8n (several minutes).
jest.setTimeout(15 * 60_000);

const WORKFLOW = 'JsmE2eWebhookLoad1';
const WEBHOOK_ID = '5a0e6c1f-2b7d-4e93-8c4a-1f6e9d2b3a70';
const TRIGGER_NAME = 'JSM Trigger';

const UNIQUE = 850;
const REPEATS = 100;
const FORGED = 50;
const ROUNDS = 10;
/** Deliveries in flight at once (Jira sends a busy site's webhooks in parallel). */
const PARALLEL = 10;

const payload = (n: number): IDataObject =>
	issueCreatedBody({ id: String(200000 + n), key: `LOAD-${n}`, summary: `Load delivery ${n}` }, { fields: { project: { key: 'LOAD' }, status: { name: 'Open' } } });

/** Runs `work` over `list` with at most `parallel` at once. */
async function inParallel<T, R>(list: T[], parallel: number, work: (entry: T) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(list.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			while (next < list.length) {
				const index = next++;
				results[index] = await work(list[index]);
			}
		}),
	);
	return results;
}

describe('webhook deliveries under load in a real n8n', () => {
	let sb: any;
	let instance: N8nInstance;
	let running: Running | undefined;
	let webhook: { id: string; secret: string };
	const serverOutput: Buffer[] = [];
	const figures: string[] = [];

	const executions = (includeData = false) => allExecutions(instance, running!.apiKey, WORKFLOW, includeData);

	/** Waits until `count` executions have finished (and no execution is still running). */
	async function finished(count: number, timeoutMs = 120_000): Promise<IDataObject[]> {
		const allDone = (list: IDataObject[]) => {
			const done = list.filter((execution) => execution.stoppedAt);
			return done.length >= count && done.length === list.length;
		};
		return await until(() => executions(), allDone, { timeoutMs, everyMs: 200 });
	}

	/** The admin webhook activation registered in the sandbox (it may land a moment after the API answers). */
	async function registeredWebhook(): Promise<{ id: string; secret: string }> {
		const first = () => [...sb.state.webhooks.values()][0];
		return await until(first, (registered) => Boolean(registered), { timeoutMs: 15_000, everyMs: 100, failure: () => 'Activation registered no webhook in the sandbox' });
	}

	const latencies: number[] = [];
	async function deliver(n: number, options: IDataObject = {}): Promise<{ status: number }> {
		const sent = Date.now();
		const result = (await sb.deliver(webhook.id, payload(n), options)) as { status: number; error?: string };
		latencies.push(Date.now() - sent);
		return result;
	}
	const histogram = (list: number[]) => JSON.stringify(list.reduce<Record<number, number>>((all, status) => ({ ...all, [status]: (all[status] ?? 0) + 1 }), {}));
	const forgedSignature = (n: number) =>
		`sha256=${createHmac('sha256', randomUUID()).update(JSON.stringify(payload(n))).digest('hex')}`;

	beforeAll(async () => {
		// Deliveries wait up to 30 s for n8n's answer (Jira waits 30 s too): a loaded machine is slow, not wrong.
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 60, webhookTimeoutMs: 30_000 });
		const credential = sandboxCredential(sb);
		registerSecret(String(credential.data.apiToken));
		const workflow = triggerWorkflow(WORKFLOW, 'E2E webhook load', { nodeName: TRIGGER_NAME, webhookId: WEBHOOK_ID, events: ['requestCreated'] }, credential);
		instance = await preparedInstance([credential], [workflow]);
		running = await startSignedIn(instance, { onOutput: (chunk) => serverOutput.push(chunk) });
		await running.n8n.activate(WORKFLOW);
		const registered = await registeredWebhook();
		webhook = { id: String(registered.id), secret: registered.secret };
		registerSecret(webhook.secret);
		// The production URL answers 404 for a moment after activation; unsigned deliveries get 401 once live.
		await untilListening(async () => (await sb.deliver(webhook.id, {}, { signature: '' })).status);
	});

	afterAll(async () => {
		await removeAll(running?.server, sb, instance);
		process.stdout.write(`\nWebhook load figures:\n  ${figures.join('\n  ')}\n`);
	});

	it(`turns exactly the ${UNIQUE} unique genuine deliveries of 1,000 into executions`, async () => {
		const started = Date.now();
		const statuses = { genuine: [] as number[], repeated: [] as number[], forged: [] as number[] };
		const perRound = UNIQUE / ROUNDS;
		for (let round = 0; round < ROUNDS; round++) {
			const first = round * perRound;
			const numbers = Array.from({ length: perRound }, (_, i) => first + i);
			const identifiers = new Map(numbers.map((n) => [n, randomUUID()]));
			const forged = Array.from({ length: FORGED / ROUNDS }, (_, i) => UNIQUE + round * (FORGED / ROUNDS) + i);
			// Genuine and forged deliveries mixed, several in flight at once.
			const batch = [...numbers.map((n) => ({ n, forged: false })), ...forged.map((n) => ({ n, forged: true }))].sort(
				(a, b) => ((a.n * 7919) % 97) - ((b.n * 7919) % 97),
			);
			await inParallel(batch, PARALLEL, async ({ n, forged: isForged }) => {
				const { status } = await deliver(n, isForged ? { signature: forgedSignature(n) } : { identifier: identifiers.get(n) });
				(isForged ? statuses.forged : statuses.genuine).push(status);
			});
			// Jira retries a delivery after it was answered: repeat some of this round's, once they have run.
			await finished(first + perRound);
			const repeats = numbers.filter((_, i) => i % Math.round(perRound / (REPEATS / ROUNDS)) === 0).slice(0, REPEATS / ROUNDS);
			await inParallel(repeats, PARALLEL, async (n) => {
				const { status } = await deliver(n, { identifier: identifiers.get(n), retry: 1 });
				statuses.repeated.push(status);
			});
		}
		const elapsed = (Date.now() - started) / 1000;
		const sorted = [...latencies].sort((a, b) => a - b);
		figures.push(
			`answers: genuine ${histogram(statuses.genuine)}, repeats ${histogram(statuses.repeated)}, forged ${histogram(statuses.forged)}; ` +
				`answer time median ${sorted[Math.floor(sorted.length / 2)]} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]} ms`,
		);
		await sleep(1500);
		const list = await finished(UNIQUE);

		expect(statuses.genuine).toHaveLength(UNIQUE);
		expect(statuses.repeated).toHaveLength(REPEATS);
		expect(statuses.forged).toHaveLength(FORGED);
		expect(statuses.genuine.every((status) => status === 200)).toBe(true);
		expect(statuses.repeated.every((status) => status === 200)).toBe(true);
		expect(statuses.forged.every((status) => status === 401)).toBe(true);
		expect(list).toHaveLength(UNIQUE);
		expect(list.every((execution) => execution.finished === true && execution.mode === 'webhook')).toBe(true);

		// One execution per unique delivery: every key exactly once, no forged one.
		const withData = await executions(true);
		const keys = withData.map((execution) => {
			const runData = ((execution.data as IDataObject).resultData as IDataObject).runData as IDataObject;
			const [run] = runData[TRIGGER_NAME] as IDataObject[];
			const [[item]] = (run.data as IDataObject).main as Array<Array<{ json: IDataObject }>>;
			return String(item.json.requestKey);
		});
		expect(new Set(keys).size).toBe(UNIQUE);
		expect([...keys].sort()).toEqual(Array.from({ length: UNIQUE }, (_, n) => `LOAD-${n}`).sort());

		// No secret in what n8n stored or logged.
		const secrets = [webhook.secret, String(sandboxCredential(sb).data.apiToken)];
		expect(leakedSecrets(JSON.stringify(withData), secrets)).toEqual([]);
		expect(leakedSecrets(Buffer.concat(serverOutput).toString('utf8'), secrets)).toEqual([]);
		figures.push(
			`1,000 deliveries (${UNIQUE} unique genuine, ${REPEATS} repeats after completion, ${FORGED} forged), ${PARALLEL} in flight: ` +
				`${list.length} executions, one per unique delivery; repeats answered 200 and ignored, forged answered 401; ` +
				`${elapsed.toFixed(1)} s (${(1000 / elapsed).toFixed(0)} deliveries/s including the waits before repeats)`,
		);
	});

	it('measures (without asserting) repeats that arrive while their original is still being handled', async () => {
		const before = (await executions()).length;
		const pairs = 50;
		const numbers = Array.from({ length: pairs }, (_, i) => 5000 + i);
		await inParallel(numbers, PARALLEL / 2, async (n) => {
			const identifier = randomUUID();
			await Promise.all([deliver(n, { identifier }), deliver(n, { identifier, retry: 1 })]);
		});
		await sleep(1500);
		const started = (await finished(before + pairs)).length - before;
		figures.push(
			`Concurrent repeats (measured, not asserted): ${pairs} deliveries each sent twice at the same moment -> ${started} executions (${started - pairs} duplicates)`,
		);
	});
});
