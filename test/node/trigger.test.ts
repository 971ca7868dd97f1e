// The webhook trigger run through n8n-core's hook and webhook contexts against the sandbox, which
// registers its webhooks and sends its deliveries as Jira Cloud does (trimmed comment payloads,
// attachment events without an issue and unfiltered by JQL).
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { issueCreatedBody } from '../helpers/jira-webhook-body';
import { MemoryCredentialsHelper, runNode } from '../helpers/run-node';
import { adminCredentials, oauth2Credentials, oauth2Tokens, startSandbox, type Sandbox } from '../helpers/sandbox';
import { startTrigger, type RunningTrigger } from '../helpers/run-trigger';

let sb: Sandbox;
const running: RunningTrigger[] = [];
beforeAll(async () => {
	sb = await startSandbox({ requestCount: 60 });
});
afterAll(async () => sb.close());
afterEach(async () => {
	for (const trigger of running.splice(0)) {
		await trigger.deactivate().catch(() => undefined);
		await trigger.close();
	}
	expect(sb.violations).toEqual([]);
	expect(sb.serverErrors).toEqual([]);
});

async function trigger(
	parameters: IDataObject,
	credentials: Record<string, ICredentialDataDecryptedObject> = adminCredentials(sb),
	webhookId?: string,
	port?: number,
): Promise<RunningTrigger> {
	const started = await startTrigger({ parameters: { options: {}, ...parameters }, credentials, webhookId, port });
	running.push(started);
	return started;
}

/**
 * n8n stopping `stopped` and starting its workflow again (a restart, a deployment): the same URL and the static data
 * it saved, with `credentials` as they are now.
 */
async function restart(
	stopped: RunningTrigger,
	parameters: IDataObject,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	webhookId: string,
): Promise<RunningTrigger> {
	const staticData = stopped.staticData();
	await stopped.close();
	running.splice(running.indexOf(stopped), 1);
	const restarted = await startTrigger({ parameters: { options: {}, ...parameters }, credentials, webhookId, staticData, port: stopped.port });
	running.push(restarted);
	return restarted;
}

const basic = () => `Basic ${Buffer.from('admin@sandbox.test:sandbox-admin-token').toString('base64')}`;

async function site(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<any> {
	const isForm = body instanceof FormData;
	const response = await fetch(`${sb.url}${path}`, {
		method,
		headers: { authorization: basic(), ...(isForm || body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
		body: isForm ? body : body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
	return text ? JSON.parse(text) : undefined;
}

/** A request of the given desk (project key), of the given request type or of any other when `otherThan` is set. */
function requestOf(projectKey: string, { requestTypeId, otherThan }: { requestTypeId?: string; otherThan?: string }) {
	for (const issue of sb.state.issues.values()) {
		if (sb.state.projects.get(issue.projectId).key !== projectKey) continue;
		const type = String(issue.requestTypeId);
		if ((requestTypeId && type === requestTypeId) || (otherThan !== undefined && type !== otherThan)) return issue;
	}
	throw new Error(`No ${projectKey} request found`);
}

const comment = (key: string, body: string) => site('POST', `/rest/servicedeskapi/request/${key}/comment`, { body, public: true });

async function attach(issue: any, filename: string) {
	const form = new FormData();
	form.append('file', new Blob([Buffer.from('log line\n')], { type: 'text/plain' }), filename);
	const upload = await site('POST', `/rest/servicedeskapi/servicedesk/${issue.serviceDeskId}/attachTemporaryFile`, form, {
		'x-atlassian-token': 'no-check',
		'x-experimentalapi': 'opt-in',
	});
	await site('POST', `/rest/servicedeskapi/request/${issue.key}/attachment`, {
		temporaryAttachmentIds: [upload.temporaryAttachments[0].temporaryAttachmentId],
		public: true,
	});
}

describe('request type filter on comment events (Jira sends them with a trimmed issue)', () => {
	test('starts the workflow for a comment on a request of the chosen type, with its request type, and not for others', async () => {
		const chosen = requestOf('ITS', { requestTypeId: '1' });
		const other = requestOf('ITS', { otherThan: '1' });
		const started = await trigger({ events: ['commentCreated'], serviceDesks: ['ITS'], requestTypes: ['1'] });
		await started.activate();

		const marker = Date.now();
		await comment(chosen.key, `Chosen type (${marker})`);
		await comment(other.key, `Other type (${marker})`);
		await sb.flushDeliveries();

		// Both comments reached the node (Jira filters comment events by the project JQL only).
		expect(started.deliveries).toHaveLength(2);
		const type = sb.state.requestTypes.get('1');
		expect(started.executions()).toEqual([
			[
				expect.objectContaining({
					event: 'commentCreated',
					requestKey: chosen.key,
					requestType: { id: '1', name: type.name },
					comment: expect.objectContaining({ body: `Chosen type (${marker})` }),
				}),
			],
		]);
		// One read of each commented request, nothing else per delivery.
		const reads = sb.requests.filter((request) => request.method === 'GET' && request.path.startsWith('/rest/servicedeskapi/request/'));
		expect(reads.map((request) => request.path).sort()).toEqual(
			[`/rest/servicedeskapi/request/${chosen.key}`, `/rest/servicedeskapi/request/${other.key}`].sort(),
		);
	});

	test('reads nothing when no request type filter is set', async () => {
		const issue = requestOf('HR', { otherThan: '' });
		const started = await trigger({ events: ['commentCreated'] });
		await started.activate();
		const before = sb.requests.length;
		await comment(issue.key, `No filter (${Date.now()})`);
		await sb.flushDeliveries();
		expect(started.executions()).toEqual([[expect.objectContaining({ event: 'commentCreated', requestKey: issue.key })]]);
		expect(sb.requests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual([
			`POST /rest/servicedeskapi/request/${issue.key}/comment`,
		]);
	});
});

describe('attachment events (Jira sends them without the issue, whatever the JQL)', () => {
	test('activation with a service desk or request type filter is refused, saying why, and registers nothing', async () => {
		for (const parameters of [
			{ events: ['attachmentCreated'], serviceDesks: ['ITS'] },
			{ events: ['*'], requestTypes: ['1'] },
		]) {
			const started = await trigger(parameters);
			await expect(started.activate()).rejects.toThrow(
				/service desk and request type filters cannot be applied to Attachment Created.*Jira sends attachment events without the request/,
			);
			expect(sb.state.webhooks.size).toBe(0);
		}
	});

	test('the site sends them to a webhook whose JQL names another project, without an issue', async () => {
		const issue = requestOf('HR', { otherThan: '' });
		const hook = await site('POST', '/rest/webhooks/1.0/webhook', {
			name: 'ITS attachments',
			url: 'http://127.0.0.1:9/unreachable',
			events: ['attachment_created'],
			filters: { 'issue-related-events-section': 'project = ITS' },
		});
		await attach(issue, 'hr.log');
		await sb.flushDeliveries();
		const sent = sb.deliveries.filter((delivery) => delivery.webhookId === String(hook.self).split('/').pop());
		expect(sent).toHaveLength(1);
		expect(JSON.parse(sent[0].body)).toEqual({ timestamp: expect.any(Number), webhookEvent: 'attachment_created', attachment: expect.objectContaining({ filename: 'hr.log' }) });
		await site('DELETE', `/rest/webhooks/1.0/webhook/${String(hook.self).split('/').pop()}`);
	});

	test('without those filters an attachment starts the workflow once', async () => {
		const issue = requestOf('HR', { otherThan: '' });
		const started = await trigger({ events: ['attachmentCreated'] });
		await started.activate();
		await attach(issue, 'trace.log');
		await sb.flushDeliveries();
		expect(started.executions()).toEqual([
			[expect.objectContaining({ event: 'attachmentCreated', attachment: expect.objectContaining({ filename: 'trace.log' }) })],
		]);
	});
});

describe('OAuth2 dynamic webhooks', () => {
	const DAY = 24 * 3600 * 1000;

	const oauthCredentials = async () => oauth2Credentials(sb, await oauth2Tokens(sb), sb.state.cloudId);

	const dynamicWebhooks = () => [...sb.state.dynamicWebhooks.values()] as IDataObject[];

	afterEach(() => {
		sb.setNow(null);
		sb.state.dynamicWebhooks.clear();
	});

	test('a second trigger on the same OAuth2 app is refused, naming the conflict and the way out; the first keeps its deliveries', async () => {
		const credentials = await oauthCredentials();
		const first = await trigger({ authentication: 'oAuth2', events: ['commentCreated'] }, credentials, 'first-trigger');
		await first.activate();
		const second = await trigger({ authentication: 'oAuth2', events: ['commentCreated'] }, credentials, 'second-trigger');
		const refusal = second.activate();
		await expect(refusal).rejects.toThrow(`This OAuth2 app already has dynamic webhooks for ${first.url}`);
		await expect(refusal).rejects.toThrow(/one trigger per OAuth2 app .*API token credential.*Poll Trigger/);
		expect(dynamicWebhooks().map((hook) => hook.url)).toEqual([first.url]);

		const issue = requestOf('ITS', { otherThan: '' });
		await comment(issue.key, `Still reaches the first (${Date.now()})`);
		await sb.flushDeliveries();
		expect(first.executions()).toEqual([[expect.objectContaining({ event: 'commentCreated', requestKey: issue.key })]]);
		expect(second.deliveries).toEqual([]);
	});

	test('activating again after n8n lost its static data repairs its own webhook instead of refusing', async () => {
		const credentials = await oauthCredentials();
		const started = await trigger({ authentication: 'oAuth2', events: ['commentCreated'] }, credentials, 'lost-data');
		await started.activate();
		const [before] = dynamicWebhooks();
		await started.close();
		// The same workflow and node (same URL) with empty static data.
		const again = await trigger({ authentication: 'oAuth2', events: ['commentCreated'] }, credentials, 'lost-data', started.port);
		await again.activate();
		expect(again.url).toBe(started.url);
		expect(dynamicWebhooks()).toEqual([expect.objectContaining({ url: again.url })]);
		expect(dynamicWebhooks()[0].id).not.toBe(before.id);
	});

	test.each([['priority = High'], ['status = Done ORDER BY created'], ['assignee IS EMPTY'], ['summary ~ printer']])(
		'custom JQL outside the dynamic-webhook subset (%s) is refused before Jira is asked',
		async (jql) => {
			const started = await trigger({ authentication: 'oAuth2', events: ['requestCreated'], options: { jql } }, await oauthCredentials());
			const before = sb.requests.length;
			await expect(started.activate()).rejects.toThrow(
				`The custom JQL "${jql}" cannot filter an OAuth2 trigger`,
			);
			expect(sb.requests.slice(before).filter((request) => request.method === 'POST')).toEqual([]);
			expect(dynamicWebhooks()).toEqual([]);
		},
	);

	test('custom JQL inside the subset registers, combined with the service desks', async () => {
		const jql = 'issuetype = "Service Request" AND status NOT IN (Done, Closed) OR assignee = currentUser()';
		const started = await trigger({ authentication: 'oAuth2', events: ['requestCreated'], serviceDesks: ['ITS'], options: { jql } }, await oauthCredentials());
		await started.activate();
		expect(dynamicWebhooks()).toEqual([expect.objectContaining({ jqlFilter: `project in ("ITS") AND (${jql})` })]);
	});

	test('a quiet desk keeps its webhook with the daily "Refresh App Webhooks" example; without it Jira drops it after 30 days', async () => {
		const credentials = await oauthCredentials();
		const started = await trigger({ authentication: 'oAuth2', events: ['commentCreated'] }, credentials, 'quiet-desk');
		await started.activate();
		const issue = requestOf('ITS', { otherThan: '' });
		const t0 = sb.now();

		// The example's action node, as the Schedule Trigger runs it every day.
		const example = JSON.parse(readFileSync(path.resolve(__dirname, '../../examples/keep-oauth-webhooks-alive.json'), 'utf8'));
		const refresh = example.nodes.find((node: IDataObject) => node.type === 'n8n-nodes-jira-service-management.jiraServiceManagement');
		for (let day = 1; day <= 40; day += 1) {
			sb.setNow(t0 + day * DAY);
			if (day % 10 !== 0) continue;
			const run = await runNode({ parameters: refresh.parameters, credentials });
			expect(run.error).toBeUndefined();
			expect(run.items.map((item) => item.json)).toEqual([
				{ refreshed: 1, webhookIds: [Number(dynamicWebhooks()[0].id)], urls: [started.url], expirationDate: expect.any(String) },
			]);
			expect(Date.parse(String(run.items[0].json.expirationDate))).toBeGreaterThanOrEqual(t0 + (day + 30) * DAY - 60_000);
		}
		await comment(issue.key, `Day 40 (${Date.now()})`);
		await sb.flushDeliveries();
		expect(started.executions()).toHaveLength(1);

		// Thirty days without a refresh: the webhook is gone and nothing arrives.
		sb.setNow(t0 + 71 * DAY);
		await comment(issue.key, `Day 71 (${Date.now()})`);
		await sb.flushDeliveries();
		expect(started.executions()).toHaveLength(1);
		expect(dynamicWebhooks().filter((hook) => Number(hook.expirationDate) > sb.now())).toEqual([]);
	});

	test('n8n starting again refreshes the webhook (checkExists on init)', async () => {
		const credentials = await oauthCredentials();
		const started = await trigger({ authentication: 'oAuth2', events: ['commentCreated'] }, credentials, 'restart');
		await started.activate();
		const t0 = sb.now();
		sb.setNow(t0 + 25 * DAY);
		const restarted = await restart(started, { authentication: 'oAuth2', events: ['commentCreated'] }, credentials, 'restart');
		const before = sb.requests.length;
		await restarted.activate('init');
		expect(sb.requests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET /ex/jira/${sb.state.cloudId}/rest/api/3/webhook`,
			`PUT /ex/jira/${sb.state.cloudId}/rest/api/3/webhook/refresh`,
		]);
		expect(dynamicWebhooks()).toHaveLength(1);
		expect(Number(dynamicWebhooks()[0].expirationDate)).toBeGreaterThanOrEqual(t0 + 55 * DAY - 60_000);
	});

	test('Refresh App Webhooks with an API token credential says it needs OAuth2', async () => {
		const run = await runNode({ parameters: { resource: 'site', operation: 'refreshAppWebhooks' }, credentials: adminCredentials(sb) });
		expect(run.error?.message).toMatch(/needs the OAuth2 credential/);
	});
});

// Issue 16: n8n hands a workflow's static data to anyone who can read the workflow (public API, exports), so it
// must hold nothing that signs a delivery; a genuine delivery replayed later must start nothing.
describe('no webhook secret at rest, no replay', () => {
	const sign = (key: string, body: string) => `sha256=${createHmac('sha256', key).update(body).digest('hex')}`;
	const stringsOf = (value: unknown): string[] =>
		typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

	test('static data keeps no secret: nothing in it signs a delivery the trigger accepts; Jira holds the secret', async () => {
		const started = await trigger({ events: ['requestCreated'] });
		await started.activate();
		const [hook] = [...sb.state.webhooks.values()] as any[];
		expect(hook.secret).toMatch(/^[0-9a-f]{64}$/);
		const stored = started.staticData();
		expect(JSON.stringify(stored)).not.toContain(hook.secret);
		expect(Object.keys(stored).sort()).toEqual(['kind', 'secretFingerprint', 'url', 'webhookId']);

		const issue = requestOf('ITS', { otherThan: '' });
		const body = JSON.stringify(issueCreatedBody(issue));
		for (const value of stringsOf(stored)) await sb.deliver(hook.id, body, { signature: sign(value, body) });
		await sb.deliver(hook.id, body, { signature: `sha256=${stored.secretFingerprint}` });
		expect(started.deliveries.map((delivery) => delivery.status)).toEqual(stringsOf(stored).map(() => 401).concat(401));
		expect(started.executions()).toEqual([]);

		// The genuine one, signed by the site with the secret it was given, starts the workflow.
		await sb.deliver(hook.id, body);
		expect(started.executions()).toHaveLength(1);
	});

	test('a genuine delivery whose signed timestamp is older than the window starts nothing; a fresh one does', async () => {
		const started = await trigger({ events: ['requestCreated'], options: { maxDeliveryAgeMinutes: 45 } });
		await started.activate();
		const [hook] = [...sb.state.webhooks.values()] as any[];
		const issue = requestOf('ITS', { otherThan: '' });
		const replayed = await sb.deliver(hook.id, issueCreatedBody(issue, { timestamp: Date.now() - 46 * 60_000 }));
		expect(replayed.status).toBe(401);
		expect(started.executions()).toEqual([]);
		const retried = await sb.deliver(hook.id, issueCreatedBody(issue, { timestamp: Date.now() - 30 * 60_000 }));
		expect(retried.status).toBe(200);
		expect(started.executions()).toHaveLength(1);
		const noTimestamp = await sb.deliver(hook.id, { ...issueCreatedBody(issue), timestamp: undefined });
		expect(noTimestamp.status).toBe(401);
	});

	test('a rotated token: deliveries signed with the old secret are refused until activation registers the new one', async () => {
		const first = await trigger({ events: ['requestCreated'] }, adminCredentials(sb), 'rotation-hook');
		await first.activate();
		const issue = requestOf('ITS', { otherThan: '' });

		// Same account, another token (its personal access token): the derived secret changes.
		const rotated = adminCredentials(sb, { authType: 'bearer', apiToken: sb.credentials.admin.pat });
		const restarted = await restart(first, { events: ['requestCreated'] }, rotated, 'rotation-hook');
		const [hook] = [...sb.state.webhooks.values()] as any[];
		expect((await sb.deliver(hook.id, issueCreatedBody(issue))).status).toBe(401);
		expect(restarted.executions()).toEqual([]);

		await restarted.activate();
		expect(sb.state.webhooks.size).toBe(1);
		const [renewed] = [...sb.state.webhooks.values()] as any[];
		expect(renewed.secret).not.toBe(hook.secret);
		expect((await sb.deliver(renewed.id, issueCreatedBody(issue))).status).toBe(200);
		expect(restarted.executions()).toHaveLength(1);
	});
});

describe('intake at n8n\'s rate, and a delivery identifier for de-duplication across processes', () => {
	test('each delivery carries its X-Atlassian-Webhook-Identifier as deliveryId; distinct deliveries carry distinct ones', async () => {
		const started = await trigger({ events: ['requestCreated'] }, adminCredentials(sb), 'delivery-id-hook');
		await started.activate();
		const hook = [...sb.state.webhooks.values()].find((candidate: any) => String(candidate.url).includes('delivery-id-hook')) as any;
		const issue = requestOf('ITS', { otherThan: '' });
		const first = await sb.deliver(hook.id, issueCreatedBody(issue), { identifier: 'b4c1e0f2-0d5c-4b0e-9a55-1f3e2d7c9a01' });
		expect(first.status).toBe(200);
		expect(started.executions()).toEqual([[expect.objectContaining({ event: 'requestCreated', requestKey: issue.key, deliveryId: 'b4c1e0f2-0d5c-4b0e-9a55-1f3e2d7c9a01' })]]);
		// Sandbox deliveries get a fresh identifier each unless told otherwise, as Jira's distinct events do.
		await sb.deliver(hook.id, issueCreatedBody(issue));
		const [, second] = started.executions();
		expect(second[0].deliveryId).toMatch(/^[0-9a-f-]{36}$/);
		expect(second[0].deliveryId).not.toBe('b4c1e0f2-0d5c-4b0e-9a55-1f3e2d7c9a01');
	});

	test('reads the credential once for many deliveries (n8n decrypts it from its database on every read), and at once again when a delivery does not match', async () => {
		const started = await trigger({ events: ['requestCreated'] }, adminCredentials(sb), 'secret-reuse-hook');
		await started.activate();
		const hook = [...sb.state.webhooks.values()].find((candidate: any) => String(candidate.url).includes('secret-reuse-hook')) as any;
		const issue = requestOf('ITS', { otherThan: '' });
		const reads = jest.spyOn(MemoryCredentialsHelper.prototype, 'getDecrypted');
		try {
			for (let i = 0; i < 20; i++) expect((await sb.deliver(hook.id, issueCreatedBody(issue))).status).toBe(200);
			expect(started.executions()).toHaveLength(20);
			expect(reads).toHaveBeenCalledTimes(1);
			// A forged signature is checked against the credential as it is now, and refused.
			expect((await sb.deliver(hook.id, issueCreatedBody(issue), { signature: `sha256=${'0'.repeat(64)}` })).status).toBe(401);
			expect(reads).toHaveBeenCalledTimes(2);
			expect(started.executions()).toHaveLength(20);
		} finally {
			reads.mockRestore();
		}
	});

	test('a rotated token in a running process: once activation registers the new secret, its deliveries are accepted at once', async () => {
		const first = await trigger({ events: ['requestCreated'] }, adminCredentials(sb), 'warm-rotation-hook');
		await first.activate();
		const issue = requestOf('ITS', { otherThan: '' });
		const [hook] = [...sb.state.webhooks.values()].filter((candidate: any) => String(candidate.url).includes('warm-rotation-hook')) as any[];
		// The process has derived and kept the secret.
		expect((await sb.deliver(hook.id, issueCreatedBody(issue))).status).toBe(200);

		const rotated = adminCredentials(sb, { authType: 'bearer', apiToken: sb.credentials.admin.pat });
		const again = await restart(first, { events: ['requestCreated'] }, rotated, 'warm-rotation-hook');
		await again.activate();
		const [renewed] = [...sb.state.webhooks.values()].filter((candidate: any) => String(candidate.url).includes('warm-rotation-hook')) as any[];
		expect(renewed.secret).not.toBe(hook.secret);
		expect((await sb.deliver(renewed.id, issueCreatedBody(issue))).status).toBe(200);
		expect(again.executions()).toHaveLength(1);
	});
});
