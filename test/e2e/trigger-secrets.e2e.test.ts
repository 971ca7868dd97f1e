// What n8n shows of an active trigger workflow holds nothing that signs a delivery. n8n returns a workflow's
// static data to anyone who can read it (public API `GET /api/v1/workflows/{id}`, `n8n export:workflow`,
// backups); the trigger keeps only a one-way fingerprint there and derives the secret from its credential.
// Forgeries made with anything found there start nothing; a genuine delivery past the replay window neither.
import { createHmac } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

import { issueCreatedBody } from '../helpers/jira-webhook-body';
import { captureForSecretScan, registerSecret } from '../helpers/secrets';
import { exportWorkflow, publicApi, sandboxCredential, type N8nInstance } from './n8n';
import { activated, preparedInstance, removeAll, startSignedIn, type Running } from './session';
import { sleep, until, unsignedPost, untilListening } from './until';
import { triggerWorkflow } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');

jest.setTimeout(10 * 60_000);

const WORKFLOW_ID = 'JsmE2eSecrets001';
const WEBHOOK_ID = '0d9b6c1e-2f3a-4b5c-8d7e-6f5a4b3c2d10';
const NODE_NAME = 'JSM Trigger';

const sign = (key: string, body: string) => `sha256=${createHmac('sha256', key).update(body).digest('hex')}`;
const stringsOf = (value: unknown): string[] =>
	typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

describe('the trigger keeps no webhook secret where n8n shows a workflow', () => {
	let sb: any;
	let instance: N8nInstance;
	let running: Running | undefined;
	let apiKey: string;
	let hook: { id: string; secret: string; url: string };

	const executions = async () =>
		(await publicApi(instance, apiKey, 'GET', `/executions?workflowId=${WORKFLOW_ID}`)).data as IDataObject[];

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 40 });
		const credential = sandboxCredential(sb);
		const workflow = triggerWorkflow(WORKFLOW_ID, 'E2E trigger secrets', { nodeName: NODE_NAME, webhookId: WEBHOOK_ID, events: ['requestCreated'] }, credential);
		instance = await preparedInstance([credential], [workflow]);
		running = await startSignedIn(instance);
		({ apiKey } = running);
		expect(await activated(instance, running, WORKFLOW_ID)).toMatchObject({ status: 'published' });
		[hook] = [...sb.state.webhooks.values()];
		registerSecret(hook.secret);
		// The production URL answers 404 for a moment after publication.
		await untilListening(unsignedPost(hook.url));
	});

	afterAll(async () => {
		await removeAll(running?.server, sb, instance);
	});

	afterEach(() => expect(sb.violations).toEqual([]));

	const issue = () => [...sb.state.issues.values()][0];

	it('the public API and an export show the static data, and nothing in either signs a delivery n8n accepts', async () => {
		const shown = await publicApi(instance, apiKey, 'GET', `/workflows/${WORKFLOW_ID}`);
		const exported = await exportWorkflow(instance, WORKFLOW_ID);
		captureForSecretScan('public-api-workflow', JSON.stringify(shown));
		captureForSecretScan('export-workflow', exported);
		// The registration n8n shows is the trigger's own (proof that the right thing was read)...
		const staticData = (shown.staticData as IDataObject)[`node:${NODE_NAME}`] as IDataObject;
		expect(staticData).toMatchObject({ kind: 'admin', webhookId: hook.id, url: hook.url, secretFingerprint: expect.any(String) });
		expect(exported).toContain(String(staticData.secretFingerprint));
		// ...and holds no secret.
		expect(JSON.stringify(shown)).not.toContain(hook.secret);
		expect(exported).not.toContain(hook.secret);

		const body = JSON.stringify(issueCreatedBody(issue()));
		const candidates = [...new Set([...stringsOf(staticData), ...stringsOf(JSON.parse(exported))])];
		expect(candidates.length).toBeGreaterThan(4);
		for (const value of candidates) {
			const forged = await sb.deliver(hook.id, body, { signature: sign(value, body) });
			expect(forged.status).toBe(401);
		}
		expect(await executions()).toHaveLength(0);

		expect((await sb.deliver(hook.id, body)).status).toBe(200);
		await until(executions, (list) => list.length >= 1, { timeoutMs: 10_000, everyMs: 200 });
		expect(await executions()).toHaveLength(1);
	});

	it('a genuine delivery signed an hour and a half ago (a replay past the window) starts nothing', async () => {
		const before = (await executions()).length;
		const replayed = await sb.deliver(hook.id, issueCreatedBody(issue(), { timestamp: Date.now() - 90 * 60_000 }));
		expect(replayed.status).toBe(401);
		await sleep(1000);
		expect(await executions()).toHaveLength(before);
	});
});
