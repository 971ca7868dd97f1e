// The webhook trigger run through n8n-core's hook and webhook contexts against the sandbox, which
// registers its webhooks and sends its deliveries as Jira Cloud does (trimmed comment payloads,
// attachment events without an issue and unfiltered by JQL).
import type { IDataObject } from 'n8n-workflow';

import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';
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

async function trigger(parameters: IDataObject, credentials = adminCredentials(sb), webhookId?: string): Promise<RunningTrigger> {
	const started = await startTrigger({ parameters: { options: {}, ...parameters }, credentials, webhookId });
	running.push(started);
	return started;
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
