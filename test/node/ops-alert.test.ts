// JSM Operations alerts through n8n-core's real execution against the sandbox: create (asynchronous, with the
// request status polled), de-duplication by alias, the search language and offset/size paging, and the actions.
import type { IDataObject } from 'n8n-workflow';

import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';
import { adminCredentials } from '../helpers/sandbox';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addAlert } = require('../sandbox/seed/ops');

const sb = sandboxForFile({ requestCount: 40 }, { serverErrors: true });

const run = resourceRunner(sb, 'alert');
const alerts = (): any[] => [...sb.state.ops.alerts.values()];
const alert = (id: string): any => sb.state.ops.alerts.get(id);
const opsPath = (rest: string) => `/jsm/ops/api/${sb.state.cloudId}/v1${rest}`;
const openAlert = (): any => alerts().find((a) => a.status === 'open' && !a.used && (a.used = true));

test('create raises the alert, waits for JSM to process it, and returns the alert', async () => {
	const team = [...sb.state.ops.teams.values()][0];
	const result = await run({
		operation: 'create',
		message: 'Database latency above 2 s',
		priority: 'P1',
		responders: { responder: [{ type: 'team', id: team.teamId }] },
		additionalFields: { tags: 'database, latency', entity: 'db-prod-1', extraProperties: '{"region": "eu", "replicas": 3}', note: 'Paged from n8n' },
	});
	expect(result.error).toBeUndefined();
	const out = result.items[0].json;
	expect(out).toMatchObject({ message: 'Database latency above 2 s', priority: 'P1', status: 'open', tags: ['database', 'latency'], requestStatus: 'Created alert' });
	const stored = alert(String(out.id));
	expect(stored).toMatchObject({ entity: 'db-prod-1', responders: [{ type: 'team', id: team.teamId }], extraProperties: { region: 'eu', replicas: '3' } });
	expect(stored.notes.map((note: any) => note.note)).toEqual(['Paged from n8n']);
	// The request was accepted, then its status read once processed (404 before: not yet processed).
	const paths = sb.requests.map((request) => `${request.method} ${request.path}`);
	expect(paths.slice(paths.lastIndexOf(`POST ${opsPath('/alerts')}`) + 1).every((path) => path.startsWith(`GET ${opsPath('/alerts/')}`))).toBe(true);
	expect(paths.at(-1)).toBe(`GET ${opsPath(`/alerts/${stored.id}`)}`);
	expect(sb.requests.some((request) => request.path.startsWith(opsPath('/alerts/requests/')) && request.status === 200)).toBe(true);
});

test('the same alias while the alert is open counts one more occurrence instead of a new alert', async () => {
	const first = await run({ operation: 'create', message: 'Backup failed', additionalFields: { alias: 'backup-nightly' } });
	const again = await run({ operation: 'create', message: 'Backup failed', additionalFields: { alias: 'backup-nightly' } });
	expect(again.items[0].json.id).toBe(first.items[0].json.id);
	expect(alert(String(first.items[0].json.id)).count).toBe(2);
	expect(alerts().filter((a) => a.alias === 'backup-nightly')).toHaveLength(1);
});

test('without waiting, create returns the request ID and JSM processes it afterwards', async () => {
	const before = sb.state.ops.alerts.size;
	const result = await run({ operation: 'create', message: 'Queued alert', waitForResult: false });
	expect(result.items[0].json).toMatchObject({ processed: false, result: 'Request will be processed', requestId: expect.any(String) });
	expect(sb.state.ops.requests.get(result.items[0].json.requestId).result).toBeNull();
	await new Promise((resolve) => setTimeout(resolve, 250));
	await run({ operation: 'query', query: 'message: "Queued alert"', limit: 1 });
	expect(sb.state.ops.alerts.size).toBe(before + 1);
});

test('a message over 130 characters is refused for its item, naming the field, before any request', async () => {
	const before = sb.requests.length;
	const result = await run({ operation: 'create', message: `={{ $json.text }}` }, { continueOnFail: true, input: [{ text: 'x'.repeat(131) }, { text: 'Short one' }] });
	expect(result.items[0].json.error).toBe('Item 0: Message is 131 characters long; JSM Operations takes at most 130');
	expect(result.items[1].json).toMatchObject({ message: 'Short one' });
	expect(sb.requests.slice(before).filter((request) => request.method === 'POST')).toHaveLength(1);
});

test('query uses the search language and reads every page (offset / size, 100 at most)', async () => {
	for (let i = 0; i < 130; i++) {
		addAlert(sb.state.ops, { id: `bulk-${i}`, createdAt: Date.now() - i * 1000, message: `Bulk ${i}`, tags: ['bulk'], priority: i % 2 ? 'P2' : 'P1' });
	}
	const before = sb.requests.length;
	const all = await run({ operation: 'query', query: 'tag: bulk', returnAll: true });
	expect(all.items).toHaveLength(130);
	expect(all.items.map((item) => item.json.message).slice(0, 2)).toEqual(['Bulk 0', 'Bulk 1']);
	const pages = sb.requests.slice(before) as any[];
	expect(pages.map((page) => [page.query.offset, page.query.size])).toEqual([['0', '100'], ['100', '100']]);

	const urgent = await run({ operation: 'query', query: 'tag: bulk AND priority: P1 AND NOT message: "Bulk 0"', sort: 'createdAt', order: 'asc', limit: 3 });
	expect(urgent.items.map((item) => item.json.message)).toEqual(['Bulk 128', 'Bulk 126', 'Bulk 124']);

	const open = await run({ operation: 'query', query: 'status: open', returnAll: true });
	expect(open.items.map((item) => item.json.id).sort()).toEqual(alerts().filter((a) => a.status === 'open').map((a) => a.id).sort());
});

test('a query JSM cannot read is an item error with its own words', async () => {
	const result = await run({ operation: 'query', query: 'colour: red', limit: 5 }, { continueOnFail: true });
	expect(result.items[0].json.error).toMatch(/unknown field 'colour'/);
});

test('get reads one alert; an unknown ID is a 404 item error', async () => {
	const known = alerts()[0];
	const got = await run({ operation: 'get', alert: locator(known.id) });
	expect(got.items[0].json).toMatchObject({ id: known.id, tinyId: known.tinyId, message: known.message });
	const missing = await run({ operation: 'get', alert: locator('no-such-alert') }, { continueOnFail: true });
	expect(missing.items[0].json.error).toMatch(/^Not found.*Alert not found/);
});

test('acknowledge, assign, escalate and close change the alert once JSM processed them', async () => {
	const target = openAlert();
	const ack = await run({ operation: 'acknowledge', alert: locator(target.id) });
	expect(ack.items[0].json).toMatchObject({ processed: true, isSuccess: true, action: 'Acknowledge', alertId: target.id });
	expect(alert(target.id)).toMatchObject({ status: 'acked', acknowledged: true });

	const agent = [...sb.state.users.values()].find((user: any) => user.emailAddress === 'agent@sandbox.test');
	await run({ operation: 'assign', alert: locator(target.id), assignee: locator(agent.accountId) });
	expect(alert(target.id).owner).toBe(agent.displayName);

	const escalation = [...sb.state.ops.escalations.values()][0];
	await run({ operation: 'escalate', alert: locator(target.id), escalationId: escalation.id });
	expect(alert(target.id).responders).toContainEqual({ type: 'escalation', id: escalation.id });

	const closed = await run({ operation: 'close', alert: locator(target.id) });
	expect(closed.items[0].json).toMatchObject({ isSuccess: true, action: 'Close' });
	expect(alert(target.id).status).toBe('closed');
});

test('unacknowledge sets the alert back to open; snooze silences it until the time given', async () => {
	const target = openAlert();
	await run({ operation: 'acknowledge', alert: locator(target.id) });
	const unack = await run({ operation: 'unacknowledge', alert: locator(target.id) });
	expect(unack.items[0].json).toMatchObject({ processed: true, isSuccess: true, action: 'UnAcknowledge', alertId: target.id });
	expect(alert(target.id)).toMatchObject({ status: 'open', acknowledged: false });

	const until = new Date(sb.now() + 3_600_000).toISOString();
	const snoozed = await run({ operation: 'snooze', alert: locator(target.id), endTime: until });
	expect(snoozed.items[0].json).toMatchObject({ isSuccess: true, action: 'Snooze' });
	expect(alert(target.id)).toMatchObject({ snoozed: true, snoozedUntil: Date.parse(until) });
	const got = await run({ operation: 'get', alert: locator(target.id) });
	expect(got.items[0].json).toMatchObject({ snoozed: true, snoozedUntil: until });

	const bad = await run({ operation: 'snooze', alert: locator(target.id), endTime: 'next week' }, { continueOnFail: true });
	expect(bad.items[0].json.error).toBe('Item 0: Snooze Until "next week" is not a date and time');
});

test('an action JSM accepts but then refuses (no such alert, unknown assignee) becomes the item error', async () => {
	const ack = await run({ operation: 'acknowledge', alert: locator('no-such-alert') }, { continueOnFail: true });
	expect(ack.items[0].json.error).toBe('Item 0: JSM Operations could not acknowledge the alert: Alert does not exist');
	const target = openAlert();
	const assign = await run({ operation: 'assign', alert: locator(target.id), assignee: locator('5b10ffffffffffffffffffff') }, { continueOnFail: true });
	expect(assign.items[0].json.error).toBe('Item 0: JSM Operations could not assign the alert: User does not exist');
	expect(alert(target.id).owner).toBe('');
});

test('add note stores the note at once', async () => {
	const target = openAlert();
	const result = await run({ operation: 'addNote', alert: locator(target.id), note: 'Looking into it' });
	expect(result.items[0].json).toMatchObject({ note: 'Looking into it', owner: 'admin@sandbox.test' });
	expect(alert(target.id).notes.map((note: any) => note.note)).toEqual(['Looking into it']);
});

test('an alert ID that could change the path is refused for its item', async () => {
	const result = await run({ operation: 'close', alert: locator('={{ $json.id }}') }, { continueOnFail: true, input: [{ id: '../alerts' }] });
	expect(result.items[0].json.error).toBe('Item 0: the alert ID "../alerts" is not a JSM Operations ID');
});

test('the Cloud ID comes from tenant_info; a wrong API token is a 401', async () => {
	const result = await run({ operation: 'query', limit: 1 });
	expect(result.items).toHaveLength(1);
	const bad = await run({ operation: 'query', limit: 1 }, { credentials: adminCredentials(sb, { apiToken: 'wrong' }) });
	expect(bad.error).toMatchObject({ httpCode: '401', message: expect.stringMatching(/^The credentials are invalid or expired/) });
	expect(sb.requests.at(-1)).toMatchObject({ path: opsPath('/alerts'), status: 401 });
});

test('portal-only customers have no JSM Operations access', async () => {
	const result = await run({ operation: 'query', limit: 1 }, { credentials: adminCredentials(sb, { email: 'customer@sandbox.test', apiToken: 'sandbox-customer-token' }), continueOnFail: true });
	expect(result.items[0].json.error).toMatch(/^The account lacks the permission/);
});

describe('OAuth2', () => {
	async function token(scope?: string): Promise<IDataObject> {
		let code = 'sandbox-code-admin';
		if (scope) {
			const authorize = await fetch(`${sb.url}/oauth/authorize?client_id=sandbox-client&redirect_uri=${encodeURIComponent('http://127.0.0.1/cb')}&scope=${encodeURIComponent(scope)}`, { redirect: 'manual' });
			code = String(new URL(String(authorize.headers.get('location'))).searchParams.get('code'));
		}
		const response = await fetch(`${sb.url}/oauth/token`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ grant_type: 'authorization_code', code, client_id: 'sandbox-client', client_secret: 'sandbox-secret' }),
		});
		return (await response.json()) as IDataObject;
	}
	const oauth = (oauthTokenData: IDataObject) => ({
		jiraServiceManagementOAuth2Api: { clientId: 'sandbox-client', clientSecret: 'sandbox-secret', accessTokenUrl: `${sb.url}/oauth/token`, apiGatewayUrl: sb.url, cloudId: '', oauthTokenData },
	});

	test('goes through /ex/jira/{cloudId}/jsm/ops/api/v1 with the Operations scopes', async () => {
		const result = await run({ authentication: 'oAuth2', operation: 'query', limit: 2 }, { credentials: oauth(await token()) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(sb.requests.at(-1)).toMatchObject({ path: `/ex/jira/${sb.state.cloudId}/jsm/ops/api/v1/alerts`, status: 200 });
	});

	test('a token without the Operations scopes is refused with the gateway\'s words', async () => {
		const result = await run({ authentication: 'oAuth2', operation: 'query', limit: 2 }, { credentials: oauth(await token('read:jira-work offline_access')), continueOnFail: true });
		expect(result.items[0].json.error).toMatch(/scope does not match/);
	});
});
