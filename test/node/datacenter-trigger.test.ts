// The webhook trigger on Jira Data Center, against the sandbox's Data Center mode. Jira DC 10 moved admin webhooks to
// /rest/jira-webhook/1.0/webhooks and signs deliveries with the webhook's secret (X-Hub-Signature, HMAC-SHA256:
// confluence.atlassian.com/adminjiraserver/managing-webhooks-938846912.html; n8n issue #12351 is n8n's Jira trigger
// breaking on self-hosted Jira 10). Jira 9 keeps /rest/webhooks/1.0/webhook and has no secret: the trigger refuses it.
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { startTrigger, type RunningTrigger } from '../helpers/run-trigger';

const running: RunningTrigger[] = [];
afterEach(async () => {
	for (const trigger of running.splice(0)) {
		await trigger.deactivate().catch(() => undefined);
		await trigger.close();
	}
});

const dataCenter = (sb: Sandbox, apiToken = 'sandbox-admin-pat') => ({
	jiraServiceManagementApi: { deployment: 'datacenter', siteUrl: sb.url, authType: 'bearer', apiToken } as ICredentialDataDecryptedObject,
});

async function trigger(sb: Sandbox, credentials = dataCenter(sb)): Promise<RunningTrigger> {
	const started = await startTrigger({ parameters: { options: {}, events: ['commentCreated'] }, credentials });
	running.push(started);
	return started;
}

const sentSince = (sb: Sandbox, before: number) => sb.requests.slice(before).map((request) => `${request.method} ${request.path} ${request.status}`);

describe('Jira Data Center 10', () => {
	let sb: Sandbox;
	beforeAll(async () => {
		sb = await startSandbox({ requestCount: 40, deployment: 'datacenter', version: '10.3' });
	});
	afterAll(async () => sb.close());
	afterEach(() => {
		expect(sb.violations).toEqual([]);
		expect(sb.serverErrors).toEqual([]);
	});

	test('activate registers at /rest/jira-webhook/1.0/webhooks with a secret; signed deliveries start the workflow, forged ones not; deactivate removes it', async () => {
		const started = await trigger(sb);
		const before = sb.requests.length;
		await started.activate();
		expect(sentSince(sb, before)).toEqual([
			'GET /rest/api/2/mypermissions 200',
			'GET /rest/api/2/serverInfo 200',
			'GET /rest/jira-webhook/1.0/webhooks 200',
			'GET /rest/api/2/serverInfo 200',
			'POST /rest/jira-webhook/1.0/webhooks 201',
		]);
		const [hook] = [...sb.state.webhooks.values()] as any[];
		expect(hook).toMatchObject({ url: started.url, events: ['comment_created'] });
		expect(hook.secret).toMatch(/^[0-9a-f]{64}$/);

		const issue: any = [...sb.state.issues.values()].find((candidate: any) => candidate.serviceDeskId);
		const response = await fetch(`${sb.url}/rest/servicedeskapi/request/${issue.key}/comment`, {
			method: 'POST',
			headers: { authorization: 'Bearer sandbox-agent-pat', 'content-type': 'application/json' },
			body: JSON.stringify({ body: 'Signed on Data Center', public: true }),
		});
		expect(response.status).toBe(201);
		await sb.flushDeliveries();
		expect(started.executions()).toEqual([[expect.objectContaining({ event: 'commentCreated', requestKey: issue.key })]]);

		const body = JSON.stringify({ timestamp: Date.now(), webhookEvent: 'comment_created', comment: { id: '1', body: 'forged' }, issue: { key: issue.key } });
		const forged = await sb.deliver(hook.id, body, { signature: `sha256=${'0'.repeat(64)}` });
		expect(forged.status).toBe(401);
		expect(started.executions()).toHaveLength(1);

		await started.deactivate();
		expect(sb.state.webhooks.size).toBe(0);
	});

	test('an account without Administer Jira is told so, checked through /rest/api/2/mypermissions', async () => {
		const started = await trigger(sb, dataCenter(sb, 'sandbox-agent-pat'));
		await expect(started.activate()).rejects.toThrow(/lacks the "Administer Jira" global permission/);
		expect(sb.state.webhooks.size).toBe(0);
	});
});

describe('Jira Data Center 9', () => {
	let sb: Sandbox;
	beforeAll(async () => {
		sb = await startSandbox({ requestCount: 20, deployment: 'datacenter', version: '9.12' });
	});
	afterAll(async () => sb.close());

	test('activation is refused before registering: Jira 9 cannot sign webhooks; the poll trigger is offered', async () => {
		const started = await trigger(sb);
		const before = sb.requests.length;
		await expect(started.activate()).rejects.toThrow(
			'This Jira Data Center (9.12.0) cannot sign webhooks: a webhook secret needs Jira 10 or newer, and this trigger accepts signed deliveries only. Use the Jira Service Management Poll Trigger instead, or upgrade Jira to 10',
		);
		expect(sentSince(sb, before).filter((line) => line.startsWith('POST'))).toEqual([]);
		expect(sb.state.webhooks.size).toBe(0);
		expect(sb.violations).toEqual([]);
	});
});
