// The sandbox itself: it must hold clients to the OpenAPI contract, behave like Atlassian
// (paging, auth, experimental opt-in, JQL, webhooks, faults) and answer within the spec.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('./sandbox');

type Json = any;
interface Reply {
	status: number;
	body: Json;
	headers: Headers;
}

const ADMIN_ID = '5b10a2844c20165700ede21g';
const CUSTOMER_ID = 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae';
const EXPERIMENTAL = { 'X-ExperimentalApi': 'opt-in' };
const jsonOf = async (res: Response | Promise<Response>): Promise<Json> => (await res).json();
const basic = (who: 'admin' | 'agent' | 'customer') => `Basic ${Buffer.from(`${who}@sandbox.test:sandbox-${who}-token`).toString('base64')}`;

function client(sb: Json) {
	return async function call(
		method: string,
		path: string,
		options: { as?: 'admin' | 'agent' | 'customer'; body?: unknown; headers?: Record<string, string>; authorization?: string | null } = {},
	): Promise<Reply> {
		const headers: Record<string, string> = { ...(options.headers || {}) };
		const authorization = options.authorization === undefined ? basic(options.as || 'admin') : options.authorization;
		if (authorization) headers.authorization = authorization;
		if (options.body !== undefined) headers['content-type'] = 'application/json';
		const res = await fetch(sb.url + path, {
			method,
			headers,
			body: options.body === undefined ? undefined : JSON.stringify(options.body),
			redirect: 'manual',
		});
		const text = await res.text();
		let body: Json = text;
		try {
			body = JSON.parse(text);
		} catch {
			// plain-text answers stay text
		}
		return { status: res.status, body, headers: res.headers };
	};
}

function receiver(handler: (req: http.IncomingMessage, body: string) => number) {
	const received: Array<{ headers: http.IncomingHttpHeaders; body: string; url: string }> = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			received.push({ headers: req.headers, body, url: req.url || '' });
			res.writeHead(handler(req, body));
			res.end();
		});
	});
	return {
		received,
		url: async () => {
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		},
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

describe('sandbox', () => {
	let sb: Json;
	let call: ReturnType<typeof client>;

	beforeAll(async () => {
		sb = await createSandbox({ port: 0, seed: 42, requestCount: 300, validateResponses: true, webhookRetryDelayMs: 5 });
		call = client(sb);
	});
	afterAll(async () => sb.close());
	beforeEach(() => {
		sb.reset();
		sb.configure({ latencyMs: 0, rateLimitPerSecond: 0, oauthTokenTtlSeconds: 3600, faults: { rate429: 0, rate503: 0, rateReset: 0, resetAfterProcessing: false, slowRate: 0 } });
	});
	afterEach(() => {
		expect(sb.serverErrors).toEqual([]);
		expect(sb.responseViolations).toEqual([]);
	});

	describe('OpenAPI contract', () => {
		it('rejects a body of the wrong type with 400 and records the violation', async () => {
			const before = sb.state.issues.size;
			const res = await call('POST', '/rest/servicedeskapi/request', { body: { serviceDeskId: 1, requestTypeId: '1', requestFieldValues: { summary: 'x' } } });
			expect(res.status).toBe(400);
			expect(res.body).toEqual({ errorMessages: [expect.stringContaining('OpenAPI violation: body.serviceDeskId must be string')], sandboxViolation: true });
			expect(sb.violations).toEqual([expect.objectContaining({ method: 'POST', template: '/rest/servicedeskapi/request' })]);
			expect(sb.state.issues.size).toBe(before);
		});

		it('rejects unknown query parameters, missing required ones, bad path params and undefined methods', async () => {
			expect((await call('GET', '/rest/servicedeskapi/servicedesk?limit=5&colour=red')).body.errorMessages[0]).toMatch(/unknown query parameter 'colour'/);
			expect((await call('GET', '/rest/servicedeskapi/request/ITS-1/attachment')).body.errorMessages[0]).toMatch(/missing required query parameter 'start'/);
			expect((await call('GET', '/rest/servicedeskapi/knowledgebase/article?highlight=true')).body.errorMessages[0]).toMatch(/missing required query parameter 'query'/);
			expect((await call('GET', '/rest/servicedeskapi/organization/acme')).body.errorMessages[0]).toMatch(/path parameter 'organizationId' must be integer/);
			expect((await call('GET', '/rest/servicedeskapi/servicedesk?limit=ten')).status).toBe(400);
			expect((await call('PATCH', '/rest/servicedeskapi/request/ITS-1', { body: {} })).body.errorMessages[0]).toMatch(/method PATCH is not defined/);
			expect((await call('POST', '/rest/servicedeskapi/request/ITS-1/comment', { body: { body: 'x', visibility: 'all' } })).body.errorMessages[0]).toMatch(/unknown property 'visibility'/);
			expect(sb.violations).toHaveLength(7);
		});

		it('accepts valid requests and changes the state', async () => {
			const res = await call('POST', '/rest/servicedeskapi/request', {
				body: { serviceDeskId: '1', requestTypeId: '4', requestFieldValues: { summary: 'Printer offline', description: 'Level 3', customfield_10101: { value: 'Printer' }, priority: { name: 'High' } } },
			});
			expect(res.status).toBe(201);
			expect(res.body).toMatchObject({ issueKey: expect.stringMatching(/^ITS-\d+$/), requestTypeId: '4', currentStatus: { status: 'Waiting for support', statusCategory: 'NEW' } });
			const issue = sb.state.issues.get(res.body.issueId);
			expect(issue).toMatchObject({ summary: 'Printer offline', reporterId: ADMIN_ID, priorityId: '2' });
			expect(sb.violations).toEqual([]);
		});

		it('names missing request type fields like Atlassian', async () => {
			const res = await call('POST', '/rest/servicedeskapi/request', { body: { serviceDeskId: '1', requestTypeId: '4', requestFieldValues: { summary: 'No details' } } });
			expect(res.status).toBe(400);
			expect(res.body.errorMessage).toMatch(/^Your request could not be created\. Please check the fields have been correctly filled in\. .*'Affected system'/);
		});

		it('records coverage keyed by the OpenAPI path templates', async () => {
			await call('GET', '/rest/servicedeskapi/request/ITS-1/approval');
			await call('GET', '/rest/servicedeskapi/knowledgebase/article/view/163840');
			await call('GET', '/rest/api/2/issue/ITS-1');
			const coverage = sb.coverage();
			expect(coverage.jsm.total).toBe(72);
			expect(coverage.jsm.exercised).toEqual(expect.arrayContaining(['GET /rest/servicedeskapi/request/{issueIdOrKey}/approval', 'GET /rest/servicedeskapi/knowledgebase/article/view/{pageId}']));
			expect(coverage.platformV2.exercised).toContain('GET /rest/api/2/issue/{issueIdOrKey}');
		});
	});

	describe('behaves like Atlassian', () => {
		it('caps JSM pages at 50 and reports the last page', async () => {
			const first = await call('GET', '/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&limit=500');
			expect(first.body).toMatchObject({ start: 0, limit: 50, size: 50, isLastPage: false });
			expect(first.body._links.next).toContain('start=50');
			const keys = new Set<string>();
			let start = 0;
			for (;;) {
				const page = await call('GET', `/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&start=${start}&limit=50`);
				page.body.values.forEach((r: Json) => keys.add(r.issueKey));
				start += page.body.size;
				if (page.body.isLastPage) break;
			}
			expect(keys.size).toBe(sb.state.issues.size);
		});

		it('filters requests by ownership for customers', async () => {
			const mine = [...sb.state.issues.values()].filter((i: Json) => i.reporterId === CUSTOMER_ID || i.participants.includes(CUSTOMER_ID));
			const res = await call('GET', '/rest/servicedeskapi/request?requestOwnership=OWNED_REQUESTS&requestOwnership=PARTICIPATED_REQUESTS&limit=50', { as: 'customer' });
			expect(res.body.values.length).toBe(Math.min(50, mine.length));
			expect(res.body.values.every((r: Json) => r.reporter.accountId === CUSTOMER_ID || mine.some((i: Json) => i.key === r.issueKey))).toBe(true);
		});

		it('answers 401 for missing or wrong credentials and 403 for non-admins on admin operations', async () => {
			const anonymous = await call('GET', '/rest/servicedeskapi/servicedesk', { authorization: null });
			expect(anonymous.status).toBe(401);
			expect(anonymous.body.errorMessage).toMatch(/not authenticated/);
			const wrong = await call('GET', '/rest/api/3/myself', { authorization: `Basic ${Buffer.from('admin@sandbox.test:nope').toString('base64')}` });
			expect(wrong.status).toBe(401);
			expect(wrong.body).toBe('Client must be authenticated to access this resource.');
			expect((await call('GET', '/rest/api/3/myself', { authorization: 'Bearer sandbox-agent-pat' })).body.accountId).toBe('5b10ac8d82e05b22cc7d4ef5');
			for (const [method, path, body] of [
				['GET', '/rest/api/3/auditing/record'],
				['GET', '/rest/webhooks/1.0/webhook'],
				['POST', '/rest/api/3/group/user?groupname=site-admins', { accountId: '5b10ac8d82e05b22cc7d4ef5' }],
				['POST', '/rest/servicedeskapi/customer', { email: 'x@y.example' }],
			] as const) {
				const res = await call(method, path, { as: 'agent', body });
				expect([path, res.status]).toEqual([path, 403]);
			}
			expect((await call('GET', '/rest/servicedeskapi/servicedesk/1/queue', { as: 'customer' })).status).toBe(403);
			const perms = await call('GET', '/rest/api/3/mypermissions?permissions=ADMINISTER,SERVICEDESK_AGENT', { as: 'agent' });
			expect(perms.body.permissions).toMatchObject({ ADMINISTER: { havePermission: false }, SERVICEDESK_AGENT: { havePermission: true } });
		});

		it('makes experimental operations wait for X-ExperimentalApi: opt-in', async () => {
			const without = await call('GET', '/rest/servicedeskapi/requesttype');
			expect(without.status).toBe(412);
			expect(without.body.errorMessage).toMatch(/This API is experimental/);
			const opted = await call('GET', '/rest/servicedeskapi/requesttype', { headers: EXPERIMENTAL });
			expect(opted.status).toBe(200);
			expect(opted.body.values.length).toBe(sb.state.requestTypes.size);
		});

		it('pages JQL searches with nextPageToken and rejects bad JQL', async () => {
			const expected = [...sb.state.issues.values()].filter((i: Json) => i.key.startsWith('ITS-')).length;
			const seen: string[] = [];
			let token: string | undefined;
			do {
				const res = await call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = ITS ORDER BY key ASC', maxResults: 40, fields: ['summary', 'status'], nextPageToken: token } });
				expect(res.status).toBe(200);
				seen.push(...res.body.issues.map((i: Json) => i.key));
				token = res.body.nextPageToken;
				expect(res.body.isLast).toBe(!token);
			} while (token);
			expect(seen).toHaveLength(expected);
			expect(seen[0]).toBe('ITS-1');
			const ids = await call('GET', '/rest/api/3/search/jql?jql=project%20%3D%20ITS&maxResults=10000&fields=key');
			expect(ids.body.issues).toHaveLength(expected);
			const bad = await call('GET', '/rest/api/3/search/jql?jql=project%20%3D%20ITS%20AND');
			expect(bad.status).toBe(400);
			expect(bad.body.errorMessages[0]).toMatch(/^Error in the JQL Query: Expecting a field name/);
			expect((await call('GET', '/rest/api/3/search/jql?jql=ORDER%20BY%20key')).body.errorMessages[0]).toMatch(/Unbounded JQL/);
			expect((await call('GET', '/rest/api/3/search/jql?jql=project%20%3D%20NOPE')).body.errorMessages[0]).toBe("The value 'NOPE' does not exist for the field 'project'.");
		});

		it('signs webhook deliveries and keeps the identifier across retries', async () => {
			let failures = 1;
			const hooks = receiver(() => (failures-- > 0 ? 503 : 200));
			const url = await hooks.url();
			const secret = 'n8n-secret';
			const created = await call('POST', '/rest/webhooks/1.0/webhook', {
				body: { name: 'n8n', url, events: ['jira:issue_created', 'comment_created'], filters: { 'issue-related-events-section': 'project = ITS' }, excludeBody: false, secret },
			});
			expect(created.status).toBe(201);
			const request = await call('POST', '/rest/servicedeskapi/request', { body: { serviceDeskId: '1', requestTypeId: '1', requestFieldValues: { summary: 'Signed' } } });
			await call('POST', '/rest/servicedeskapi/request', { body: { serviceDeskId: '2', requestTypeId: '8', requestFieldValues: { summary: 'Filtered out' } } });
			await sb.flushDeliveries();
			await hooks.close();

			expect(hooks.received).toHaveLength(2);
			const [first, retry] = hooks.received;
			expect(retry.headers['x-atlassian-webhook-identifier']).toBe(first.headers['x-atlassian-webhook-identifier']);
			expect([first.headers['x-atlassian-webhook-retry'], retry.headers['x-atlassian-webhook-retry']]).toEqual(['0', '1']);
			const expected = `sha256=${crypto.createHmac('sha256', secret).update(retry.body).digest('hex')}`;
			expect(retry.headers['x-hub-signature']).toBe(expected);
			const payload = JSON.parse(retry.body);
			expect(payload).toMatchObject({ webhookEvent: 'jira:issue_created', issue_event_type_name: 'issue_created', issue: { key: request.body.issueKey } });
			expect(sb.deliveries[0]).toMatchObject({ status: 'delivered', attempts: [{ status: 503 }, { status: 200 }] });
		});

		it('sends forged deliveries on request', async () => {
			const hooks = receiver(() => 200);
			const url = await hooks.url();
			const created = await call('POST', '/rest/webhooks/1.0/webhook', { body: { name: 'n8n', url, events: ['jira:issue_updated'], secret: 's' } });
			const id = created.body.self.split('/').pop();
			await sb.deliver(id, { webhookEvent: 'jira:issue_updated' }, { identifier: 'dup', signature: 'sha256=forged' });
			await hooks.close();
			expect(hooks.received[0].headers).toMatchObject({ 'x-atlassian-webhook-identifier': 'dup', 'x-hub-signature': 'sha256=forged' });
		});

		it('mints, expires and refreshes OAuth 2.0 tokens and routes the gateway prefix', async () => {
			const token = (body: Record<string, string>) =>
				jsonOf(fetch(`${sb.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: 'sandbox-client', client_secret: 'sandbox-secret', ...body }) }));
			const granted = await token({ grant_type: 'authorization_code', code: 'sandbox-code-agent', redirect_uri: 'http://localhost/cb' });
			const bearer = `Bearer ${granted.access_token}`;
			const [site] = (await call('GET', '/oauth/token/accessible-resources', { authorization: bearer })).body;
			expect(site).toMatchObject({ id: '11111111-2222-3333-4444-555555555555', url: sb.url });
			const viaGateway = await call('GET', `/ex/jira/${site.id}/rest/api/3/myself`, { authorization: bearer });
			expect(viaGateway.body.emailAddress).toBe('agent@sandbox.test');

			sb.configure({ oauthTokenTtlSeconds: 0 });
			const short = await token({ grant_type: 'refresh_token', refresh_token: granted.refresh_token });
			expect((await call('GET', '/rest/api/3/myself', { authorization: `Bearer ${short.access_token}` })).status).toBe(401);
			sb.revokeRefreshTokens();
			expect(await token({ grant_type: 'refresh_token', refresh_token: granted.refresh_token })).toMatchObject({ error: 'invalid_grant' });
		});

		it('injects 429 with Retry-After, resets before and after processing, and rate limits', async () => {
			sb.configure({ faults: { rate429: 1 } });
			const limited = await call('GET', '/rest/api/3/myself');
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after')).toBe('1');
			expect(limited.headers.get('x-ratelimit-reset')).toBeTruthy();

			sb.configure({ faults: { rate429: 0, rateReset: 1 } });
			await expect(call('GET', '/rest/api/3/myself')).rejects.toThrow();
			const before = sb.state.issues.size;
			sb.configure({ faults: { resetAfterProcessing: true } });
			await expect(call('POST', '/rest/servicedeskapi/request', { body: { serviceDeskId: '1', requestTypeId: '1', requestFieldValues: { summary: 'Ambiguous' } } })).rejects.toThrow();
			expect(sb.state.issues.size).toBe(before + 1);

			sb.configure({ faults: { rateReset: 0, resetAfterProcessing: false }, rateLimitPerSecond: 2 });
			const statuses = [];
			for (let i = 0; i < 4; i++) statuses.push((await call('GET', '/rest/api/3/myself')).status);
			expect(statuses).toContain(429);
		});

		it('exposes control endpoints for out-of-process runs', async () => {
			const summary = await jsonOf(fetch(`${sb.url}/sandbox/state/summary`));
			expect(summary).toMatchObject({ serviceDesks: 3, requests: 300 });
			const key = (await call('POST', '/rest/servicedeskapi/request', { body: { serviceDeskId: '1', requestTypeId: '1', requestFieldValues: { summary: 'Moved by an agent' } } })).body.issueKey;
			const moved = await fetch(`${sb.url}/sandbox/requests/${key}/transition`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'Resolved', comment: 'Done on our side' }) });
			expect(moved.status).toBe(200);
			expect(await jsonOf(moved)).toMatchObject({ key, status: 'Resolved', resolutionId: '10000', comments: [expect.objectContaining({ body: 'Done on our side' })] });
			const configured = await jsonOf(fetch(`${sb.url}/sandbox/configure`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: 1 }) }));
			expect(configured.latencyMs).toBe(1);
			expect((await jsonOf(fetch(`${sb.url}/sandbox/violations`))).violations).toEqual([]);
		});
	});

	it('serves every JSM operation within the contract', async () => {
		const key = (await call('POST', '/rest/servicedeskapi/request', { body: { serviceDeskId: '1', requestTypeId: '1', requestFieldValues: { summary: 'Tour' } } })).body.issueKey;
		const pending = (await call('GET', '/rest/servicedeskapi/request?requestOwnership=APPROVER&approvalStatus=MY_PENDING_APPROVAL&limit=1')).body.values[0].issueKey;
		const approvalId = (await call('GET', `/rest/servicedeskapi/request/${pending}/approval`)).body.values[0].id;
		const form = new FormData();
		form.append('file', new Blob(['log line'], { type: 'text/plain' }), 'log.txt');
		const upload = await fetch(`${sb.url}/rest/servicedeskapi/servicedesk/1/attachTemporaryFile`, { method: 'POST', headers: { authorization: basic('admin'), 'X-Atlassian-Token': 'no-check' }, body: form });
		expect(upload.status).toBe(201);
		const temporaryId = (await jsonOf(upload)).temporaryAttachments[0].temporaryAttachmentId;
		const attached = await call('POST', `/rest/servicedeskapi/request/${key}/attachment`, { body: { temporaryAttachmentIds: [temporaryId], public: true, additionalComment: { body: 'Log attached' } } });
		const commentId = attached.body.comment.id;
		const attachmentId = attached.body.attachments.values[0]._links.content.split('/').pop();
		const org = (await call('POST', '/rest/servicedeskapi/organization', { body: { name: 'Tour Org' } })).body.id;
		const rt = (await call('POST', '/rest/servicedeskapi/servicedesk/1/requesttype', { body: { issueTypeId: '10001', name: 'Tour type' }, headers: EXPERIMENTAL })).body.id;
		const customer = (await call('POST', '/rest/servicedeskapi/customer', { body: { email: 'tour@customer.example', displayName: 'Tour' } })).body.accountId;
		const image: Json = [...sb.state.attachments.values()].find((a: Json) => a.mimeType === 'image/png');
		const R = `/rest/servicedeskapi/request/${key}`;
		const D = '/rest/servicedeskapi/servicedesk/1';
		const steps: Array<[string, string, unknown?, Record<string, string>?]> = [
			['GET', '/rest/servicedeskapi/info'],
			['GET', '/rest/servicedeskapi/assets/workspace'],
			['GET', '/rest/servicedeskapi/insight/workspace'],
			['GET', '/rest/servicedeskapi/servicedesk'],
			['GET', D],
			['GET', `${D}/requesttype?expand=field`],
			['GET', `${D}/requesttype/1`],
			['GET', `${D}/requesttype/1/field`],
			['GET', `${D}/requesttypegroup`],
			['POST', `${D}/requesttype/permissions/check`, { permissions: ['canCreateRequest'] }, EXPERIMENTAL],
			['PUT', `${D}/requesttype/${rt}/property/colour`, { value: 'blue' }, EXPERIMENTAL],
			['GET', `${D}/requesttype/${rt}/property`, undefined, EXPERIMENTAL],
			['GET', `${D}/requesttype/${rt}/property/colour`, undefined, EXPERIMENTAL],
			['DELETE', `${D}/requesttype/${rt}/property/colour`, undefined, EXPERIMENTAL],
			['DELETE', `${D}/requesttype/${rt}`, undefined, EXPERIMENTAL],
			['GET', '/rest/servicedeskapi/request?expand=participant,status,sla,requestType,serviceDesk,attachment,action,comment,comment.attachment,comment.renderedBody&limit=5'],
			['GET', `${R}?expand=sla,status`],
			['GET', `${R}/status`],
			['GET', `${R}/transition`],
			['GET', `${R}/sla`],
			['GET', `${R}/sla/1`],
			['PUT', `${R}/notification`],
			['GET', `${R}/notification`],
			['DELETE', `${R}/notification`],
			['POST', `${R}/participant`, { accountIds: [CUSTOMER_ID] }],
			['GET', `${R}/participant`],
			['DELETE', `${R}/participant`, { accountIds: [CUSTOMER_ID] }],
			['POST', `${R}/comment`, { body: 'Internal note', public: false }],
			['GET', `${R}/comment?expand=attachment,renderedBody`],
			['GET', `${R}/comment/${commentId}`],
			['GET', `${R}/comment/${commentId}/attachment`, undefined, EXPERIMENTAL],
			['GET', `${R}/attachment?start=0&limit=10`],
			['GET', `${R}/attachment/${attachmentId}`],
			['GET', `/rest/servicedeskapi/request/${image.issueId}/attachment/${image.id}/thumbnail`],
			['POST', `${R}/transition`, { id: '81', additionalComment: { body: 'No longer needed' } }],
			['POST', `/rest/servicedeskapi/request/${key}/feedback`, { rating: 5, type: 'csat' }, EXPERIMENTAL],
			['GET', `/rest/servicedeskapi/request/${key}/feedback`, undefined, EXPERIMENTAL],
			['DELETE', `/rest/servicedeskapi/request/${key}/feedback`, undefined, EXPERIMENTAL],
			['GET', `/rest/servicedeskapi/request/${pending}/approval/${approvalId}`],
			['POST', `/rest/servicedeskapi/request/${pending}/approval/${approvalId}`, { decision: 'approve' }],
			['GET', '/rest/servicedeskapi/organization'],
			['GET', `/rest/servicedeskapi/organization/${org}`],
			['PUT', `/rest/servicedeskapi/organization/${org}/property/tier`, { level: 'gold' }],
			['GET', `/rest/servicedeskapi/organization/${org}/property`],
			['GET', `/rest/servicedeskapi/organization/${org}/property/tier`],
			['DELETE', `/rest/servicedeskapi/organization/${org}/property/tier`],
			['POST', `/rest/servicedeskapi/organization/${org}/user`, { accountIds: [customer] }],
			['GET', `/rest/servicedeskapi/organization/${org}/user`],
			['DELETE', `/rest/servicedeskapi/organization/${org}/user`, { accountIds: [customer] }],
			['POST', `${D}/organization`, { organizationId: Number(org) }],
			['GET', `${D}/organization`],
			['DELETE', `${D}/organization`, { organizationId: Number(org) }],
			['DELETE', `/rest/servicedeskapi/organization/${org}`],
			['POST', `${D}/customer`, { accountIds: [customer] }],
			['GET', `${D}/customer?query=tour`, undefined, EXPERIMENTAL],
			['DELETE', `${D}/customer`, { accountIds: [customer] }, EXPERIMENTAL],
			['POST', `${D}/customer/invite`, { email: 'invited@customer.example', displayName: 'Invited' }, EXPERIMENTAL],
			['PUT', `/rest/servicedeskapi/customer/user/${encodeURIComponent(customer)}/revoke-portal-only-access`],
			['GET', `${D}/queue?includeCount=true`],
			['GET', `${D}/queue/1?includeCount=true`],
			['GET', `${D}/queue/1/issue?limit=5`],
			['GET', '/rest/servicedeskapi/knowledgebase/article?query=vpn&highlight=true'],
			['GET', `${D}/knowledgebase/article?query=password`],
			['GET', '/rest/servicedeskapi/knowledgebase/article/view/163840'],
			['GET', '/rest/servicedeskapi/requesttype?searchQuery=help', undefined, EXPERIMENTAL],
		];
		for (const [method, path, body, headers] of steps) {
			const res = await call(method, path, { body, headers });
			expect([method, path, res.status < 300]).toEqual([method, path, true]);
		}
		expect(sb.violations).toEqual([]);
		const coverage = sb.coverage().jsm;
		expect(coverage.exercised).toHaveLength(coverage.total);
	});

	it('serves the platform operations the package and n8n’s Jira node use', async () => {
		const created = await call('POST', '/rest/api/3/issue', {
			body: { fields: { project: { key: 'ITS' }, issuetype: { name: 'Incident' }, summary: 'Platform issue', description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body' }] }] } } },
		});
		expect(created.status).toBe(201);
		const I = `/rest/api/3/issue/${created.body.key}`;
		const comment = await call('POST', `${I}/comment`, { body: { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] } } });
		const attachment = [...sb.state.attachments.values()][0];
		const hooks = receiver(() => 200);
		const hookUrl = await hooks.url();
		const oauth = await jsonOf(fetch(`${sb.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'authorization_code', code: 'sandbox-code-admin', client_id: 'sandbox-client', client_secret: 'sandbox-secret' }) }));
		const bearer = `Bearer ${oauth.access_token}`;
		const steps: Array<[string, string, unknown?, string?]> = [
			['GET', `${I}?expand=changelog,names,renderedFields,transitions`],
			['PUT', I, { fields: { summary: 'Renamed', labels: ['vip'] }, update: { comment: [{ add: { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Edited' }] }] } } }] } }],
			['GET', `${I}/changelog`],
			['GET', `${I}/comment`],
			['PUT', `${I}/comment/${comment.body.id}`, { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] }] } }],
			['GET', `${I}/transitions`],
			['POST', `${I}/transitions`, { transition: { id: '11' } }],
			['DELETE', `${I}/comment/${comment.body.id}`],
			['GET', `/rest/api/3/attachment/${attachment.id}`],
			['GET', `/rest/api/3/attachment/content/${attachment.id}?redirect=false`],
			['DELETE', `/rest/api/3/attachment/${attachment.id}`],
			['GET', '/rest/api/3/search/jql?jql=project%3DITS&fields=*all&expand=names'],
			['GET', '/rest/api/3/myself?expand=groups,applicationRoles'],
			['GET', '/rest/api/3/mypermissions?permissions=ADMINISTER'],
			['GET', '/rest/api/3/serverInfo'],
			['GET', '/rest/api/3/users/search?maxResults=100'],
			['GET', '/rest/api/3/user/search?query=avery'],
			['GET', `/rest/api/3/user?accountId=${ADMIN_ID}&expand=groups`],
			['GET', `/rest/api/3/user/groups?accountId=${ADMIN_ID}`],
			['GET', '/rest/api/3/group/member?groupname=jira-servicemanagement-users'],
			['POST', '/rest/api/3/group/user?groupname=hr-team', { accountId: '5b10ac8d82e05b22cc7d4ef5' }],
			['DELETE', '/rest/api/3/group/user?groupname=hr-team&accountId=5b10ac8d82e05b22cc7d4ef5'],
			['GET', '/rest/api/3/groups/picker?query=team'],
			['GET', '/rest/api/3/group/bulk'],
			['GET', '/rest/api/3/applicationrole'],
			['GET', '/rest/api/3/auditing/record?limit=5&filter=group'],
			['GET', '/rest/api/3/field'],
			['GET', '/rest/api/3/project'],
			['GET', '/rest/api/3/project/search?expand=lead,issueTypes'],
			['GET', '/rest/api/3/issuetype'],
			['POST', '/rest/api/3/webhook', { url: hookUrl, webhooks: [{ events: ['jira:issue_updated'], jqlFilter: 'project = ITS' }] }, bearer],
			['GET', '/rest/api/3/webhook', undefined, bearer],
			['PUT', '/rest/api/3/webhook/refresh', { webhookIds: [1001] }, bearer],
			['DELETE', '/rest/api/3/webhook', { webhookIds: [1001] }, bearer],
			['DELETE', I],
		];
		for (const [method, path, body, authorization] of steps) {
			const res = await call(method, path, { body, authorization });
			expect([method, path, res.status < 300]).toEqual([method, path, true]);
		}
		await hooks.close();
		expect(sb.violations).toEqual([]);
	});

	it('seeds 10,000 requests deterministically and pages through them quickly', async () => {
		const baseTime = Date.UTC(2026, 0, 15);
		const started = Date.now();
		const big = await createSandbox({ port: 0, seed: 7, requestCount: 10000, baseTime });
		const again = await createSandbox({ port: 0, seed: 7, requestCount: 10000, baseTime });
		try {
			expect(Date.now() - started).toBeLessThan(6000);
			expect(big.state.issues.size).toBe(10000);
			expect([...again.state.issues.values()].map((i: Json) => i.summary)).toEqual([...big.state.issues.values()].map((i: Json) => i.summary));
			const pageAll = client(big);
			const t = Date.now();
			let start = 0;
			let count = 0;
			for (;;) {
				const page = (await pageAll('GET', `/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&start=${start}&limit=50`)).body;
				count += page.size;
				start += page.size;
				if (page.isLastPage) break;
			}
			expect(count).toBe(10000);
			expect(Date.now() - t).toBeLessThan(20000);
		} finally {
			await big.close();
			await again.close();
		}
	});

	it('runs from the command line and stops on SIGTERM', async () => {
		const cli = spawn(process.execPath, [path.join(__dirname, 'sandbox/cli.js'), '--port', '0', '--requests', '20'], { stdio: ['ignore', 'pipe', 'pipe'] });
		const output = await new Promise<string>((resolve, reject) => {
			let text = '';
			cli.stdout.on('data', (chunk) => {
				text += chunk;
				if (text.includes('customer')) resolve(text);
			});
			cli.on('exit', (code) => reject(new Error(`cli exited with ${code}`)));
		});
		const url = /listening on (http:\/\/\S+)/.exec(output)![1];
		expect((await jsonOf(fetch(`${url}/sandbox/state/summary`))).requests).toBe(20);
		expect(output).toContain('sandbox-admin-token');
		const exited = new Promise((resolve) => cli.on('exit', resolve));
		cli.kill('SIGTERM');
		expect(await exited).toBe(0);
	});
});
