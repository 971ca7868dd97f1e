// The poll trigger's JSM Operations alert events (New Alert, Alert Status Changed) through n8n-core's PollContext
// against the sandbox, whose clock the test sets: alerts created and changed between polls, while n8n is stopped,
// before activation; a listing that fails; Fetch Test Event; both credential types; Data Center refused.
// Alert actions are asynchronous (the API answers a request ID; "Get request status" in the Operations OpenAPI
// file): each change here waits until the sandbox has processed it, at the moment the test chose.
import { Logger } from '@n8n/backend-common';
import type { IDataObject } from 'n8n-workflow';

import { ALERT_MARGIN_MS } from '../../nodes/JiraServiceManagementPollTrigger/poll/alerts';
import { createPoller, pollSiteForFile, pollsAt, type Poller } from '../helpers/run-poll';
import { MINUTE, SECOND } from '../helpers/poll-site';
import { oauth2Credentials, oauth2Tokens, startSandbox } from '../helpers/sandbox';

const { sb, site, admin } = pollSiteForFile({ requestCount: 40 });
beforeAll(() => {
	sb.configure({ opsProcessingMs: 0 });
});

const ops = (rest: string) => `/jsm/ops/api/${sb.state.cloudId}/v1${rest}`;
const alerts = (): IDataObject[] => [...sb.state.ops.alerts.values()];

/** Sends an alert request and waits until JSM Operations processed it; the processed outcome. */
async function alertRequest(rest: string, body: IDataObject = {}): Promise<IDataObject> {
	const { requestId } = await site.call('POST', ops(rest), body, 'admin');
	for (;;) {
		const status = await fetch(`${sb.url}${ops(`/alerts/requests/${String(requestId)}`)}`, {
			headers: { authorization: `Basic ${Buffer.from('admin@sandbox.test:sandbox-admin-token').toString('base64')}` },
		});
		if (status.status === 200) {
			const outcome = (await status.json()) as IDataObject;
			if (!outcome.isSuccess) throw new Error(`${rest}: ${String(outcome.status)}`);
			return outcome;
		}
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}
const createAlert = async (message: string, priority = 'P3') => String((await alertRequest('/alerts', { message, priority })).alertId);
const act = (id: string, action: 'acknowledge' | 'unacknowledge' | 'close' | 'snooze') =>
	alertRequest(`/alerts/${id}/${action}`, action === 'snooze' ? { endTime: new Date(site.now() + 60 * MINUTE).toISOString() } : {});
/** Seeded alerts still open and unacknowledged, each handed out once. */
const freshOpen = (() => {
	const used = new Set<string>();
	return () => {
		const alert = alerts().find((a) => a.status === 'open' && !a.acknowledged && !used.has(String(a.id)));
		used.add(String(alert?.id));
		return String(alert?.id);
	};
})();

const identity = (event: IDataObject) => `${String(event.event)} ${String(event.alertId)}${event.change ? ` ${String(event.change)}` : ''}`;

describe('alert events across polls and a restart', () => {
	const parameters = { events: ['alertCreated', 'alertStatusChanged'], options: {}, alertOptions: {} };
	let poller: Poller;
	let start: number;
	const { emitted, pollAt } = pollsAt(site, () => poller);

	test('nothing from before activation', async () => {
		start = Date.now() + 24 * 60 * MINUTE;
		site.at(start - 40 * SECOND);
		await createAlert('Before activation 1');
		await act(await createAlert('Before activation 2'), 'acknowledge');
		await act(freshOpen(), 'acknowledge');
		site.at(start);
		poller = createPoller({ parameters, credentials: admin() });
		expect(await poller.activate()).toBeNull();
		const saved = (poller.saved()['node:JSM Poll'] as IDataObject).alerts as IDataObject;
		expect(saved.since).toBeGreaterThanOrEqual(start);
		// Only alerts not closed are followed, each by its state.
		expect(Object.keys(saved.tracked as IDataObject)).toHaveLength(alerts().filter((a) => a.status !== 'closed').length);
		expect(await pollAt(start + 20 * SECOND)).toEqual([]);
	});

	test('N new alerts give exactly N New Alert events; created and acknowledged between polls gives both', async () => {
		const ids: string[] = [];
		for (let i = 0; i < 4; i++) {
			site.at(start + 30 * SECOND + i * SECOND);
			ids.push(await createAlert(`Disk full on db-${i}`, i === 0 ? 'P1' : 'P3'));
		}
		await act(ids[1], 'acknowledge');
		const items = await pollAt(start + 40 * SECOND);
		expect(items.map(identity).sort()).toEqual([...ids.map((id) => `alertCreated ${id}`), `alertStatusChanged ${ids[1]} acknowledged`].sort());
		expect(items.find((item) => item.alertId === ids[0])).toMatchObject({ event: 'alertCreated', message: 'Disk full on db-0', priority: 'P1', status: 'open', alert: { id: ids[0] } });
		// In order of occurrence: the acknowledgement after its alert's creation.
		expect(items.map((item) => item.timestamp)).toEqual([...items.map((item) => Number(item.timestamp))].sort((a, b) => a - b));
		expect(await pollAt(start + 50 * SECOND)).toEqual([]);
	});

	test('N status changes give exactly N Alert Status Changed events', async () => {
		const [a, b, c] = [freshOpen(), freshOpen(), freshOpen()];
		site.at(start + 60 * SECOND);
		await act(a, 'acknowledge');
		await act(b, 'acknowledge');
		await act(b, 'close');
		site.at(start + 65 * SECOND);
		await act(c, 'snooze');
		const acked = alerts().find((x) => x.status === 'acked' && Number(x.createdAt) < start);
		await act(String(acked?.id), 'unacknowledge');
		const items = await pollAt(start + 70 * SECOND);
		expect(items.map(identity).sort()).toEqual(
			[`${a} acknowledged`, `${b} acknowledged`, `${b} closed`, `${c} snoozed`, `${String(acked?.id)} unacknowledged`].map((x) => `alertStatusChanged ${x}`).sort(),
		);
		expect(items.find((item) => item.change === 'closed')).toMatchObject({ status: 'closed', alertId: b });
		expect(await pollAt(start + 80 * SECOND)).toEqual([]);
	});

	test('while n8n is stopped: every alert created and every change meanwhile, once, after the restart', async () => {
		const saved = poller.saved();
		const before = alerts().filter((a) => a.status !== 'closed' && a.acknowledged).map((a) => String(a.id));
		site.at(start + 5 * MINUTE);
		const created = [await createAlert('While stopped 1'), await createAlert('While stopped 2'), await createAlert('While stopped 3')];
		await act(created[0], 'acknowledge');
		await act(before[0], 'close');
		site.at(start + 6 * MINUTE);
		poller = createPoller({ parameters, credentials: admin(), savedStaticData: saved, activation: 'init' });
		const items = (await poller.activate()) ?? [];
		emitted.push(...items);
		expect(items.map(identity).sort()).toEqual(
			[...created.map((id) => `alertCreated ${id}`), `alertStatusChanged ${created[0]} acknowledged`, `alertStatusChanged ${before[0]} closed`].sort(),
		);
		expect(await pollAt(start + 7 * MINUTE)).toEqual([]);
		// Every alert created since activation was a New Alert exactly once over the whole run (7 so far).
		const createdSince = alerts().filter((a) => Number(a.createdAt) >= start).map((a) => `alertCreated ${String(a.id)}`);
		expect(createdSince).toHaveLength(7);
		expect(emitted.filter((event) => event.event === 'alertCreated').map(identity).sort()).toEqual(createdSince.sort());
		// The state stays bounded: alerts taken as new only inside the margin, followed alerts only while not closed.
		const state = (poller.saved()['node:JSM Poll'] as IDataObject).alerts as { created: IDataObject; tracked: IDataObject };
		expect(Object.keys(state.tracked).sort()).toEqual(alerts().filter((a) => a.status !== 'closed').map((a) => String(a.id)).sort());
		const floor = Number((state as unknown as IDataObject).watermark) - ALERT_MARGIN_MS;
		expect(Object.values(state.created).every((stamp) => Number(stamp) >= floor)).toBe(true);
	});

	test('a listing that fails is logged and read again on the next poll; the other part goes on', async () => {
		site.at(start + 8 * MINUTE);
		const id = await createAlert('During an outage');
		const other = freshOpen();
		await act(other, 'acknowledge');
		sb.configure({ faults: { failingPaths: ['/v1/alerts$'] } });
		const spy = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
		let during: IDataObject[];
		let warnings: string[];
		try {
			site.at(start + 9 * MINUTE);
			during = (await poller.poll()) ?? [];
			warnings = spy.mock.calls.map(([message]) => String(message));
		} finally {
			sb.configure({ faults: { failingPaths: [] } });
			spy.mockRestore();
		}
		expect(during).toEqual([]);
		expect(warnings).toEqual([
			expect.stringMatching(/could not read the new alerts from JSM Operations \(.*\); read again on the next poll/),
			expect.stringMatching(/could not read the open alerts from JSM Operations/),
		]);
		const after = await pollAt(start + 10 * MINUTE);
		expect(after.map(identity).sort()).toEqual([`alertCreated ${id}`, `alertStatusChanged ${other} acknowledged`].sort());
	});
});

test('Fetch Test Event returns the latest alert event', async () => {
	site.at(Date.now() + 48 * 60 * MINUTE);
	const id = await createAlert('Latest alert', 'P2');
	const manual = createPoller({ parameters: { events: ['alertCreated'], options: {}, alertOptions: { priorities: ['P2'] } }, credentials: admin(), mode: 'manual' });
	expect(await manual.poll()).toEqual([expect.objectContaining({ event: 'alertCreated', alertId: id, message: 'Latest alert' })]);
	site.at(site.now() + MINUTE);
	await act(id, 'acknowledge');
	const both = createPoller({ parameters: { events: ['alertCreated', 'alertStatusChanged'], options: {}, alertOptions: {} }, credentials: admin(), mode: 'manual' });
	expect(await both.poll()).toEqual([expect.objectContaining({ event: 'alertStatusChanged', change: 'acknowledged', alertId: id })]);
});

test('the alert query and priorities narrow the events', async () => {
	const start = Date.now() + 72 * 60 * MINUTE;
	site.at(start);
	const poller = createPoller({ parameters: { events: ['alertCreated'], options: {}, alertOptions: { query: 'message: Payments*', priorities: ['P1', 'P2'] } }, credentials: admin() });
	await poller.activate();
	site.at(start + 10 * SECOND);
	const wanted = await createAlert('Payments API down', 'P1');
	await createAlert('Payments API slow', 'P4');
	await createAlert('Search slow', 'P1');
	site.at(start + 20 * SECOND);
	expect(((await poller.poll()) ?? []).map(identity)).toEqual([`alertCreated ${wanted}`]);
});

test('OAuth2 credentials reach the alerts through the gateway form of the Operations API', async () => {
	const oauth = oauth2Credentials(sb, await oauth2Tokens(sb));
	const start = Date.now() + 96 * 60 * MINUTE;
	site.at(start);
	const before = sb.requests.length;
	const poller = createPoller({ parameters: { authentication: 'oAuth2', events: ['alertCreated', 'alertStatusChanged'], options: {}, alertOptions: {} }, credentials: oauth });
	await poller.activate();
	site.at(start + 10 * SECOND);
	const id = await createAlert('Seen through OAuth2');
	site.at(start + 20 * SECOND);
	const polled = sb.requests.length;
	expect(((await poller.poll()) ?? []).map(identity)).toEqual([`alertCreated ${id}`]);
	const paths = [...sb.requests.slice(before, before + 3), ...sb.requests.slice(polled)].map((request) => request.path);
	// OAuth 2.0 apps call https://api.atlassian.com/ex/jira/{cloudId}/jsm/ops/api/... (Operations REST API intro, "Authentication").
	expect(paths.filter((path) => path.includes('/jsm/ops/')).every((path) => path.startsWith(`/ex/jira/${sb.state.cloudId}/jsm/ops/api/`))).toBe(true);
	expect(paths.some((path) => path.includes('/v1/alerts'))).toBe(true);
});

test('Jira Data Center: the alert events are refused at activation', async () => {
	const dc = await startSandbox({ requestCount: 10, deployment: 'datacenter', version: '10.3' });
	try {
		const poller = createPoller({
			parameters: { events: ['requestCreated', 'alertCreated'], options: {}, alertOptions: {} },
			credentials: { jiraServiceManagementApi: { deployment: 'datacenter', siteUrl: dc.url, authType: 'bearer', apiToken: 'sandbox-admin-pat' } },
		});
		await expect(poller.activate()).rejects.toThrow('The alert events need JSM Operations, which only Jira Cloud has');
		expect(dc.requests.some((request) => request.path.includes('/jsm/ops/'))).toBe(false);
	} finally {
		await dc.close();
	}
});
