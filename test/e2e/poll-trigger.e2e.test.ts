// The poll trigger in a real n8n (each supported version: 2.41 and 1.123, on Node 24), installed as users
// install it, against the sandbox:
// activated through the public API, it polls every minute (n8n's shortest schedule) and starts one
// execution per poll that found changes. Changes made in the sandbox after activation arrive exactly
// once; changes made while n8n is stopped arrive once after it starts again, and nothing repeats. A second
// workflow takes the JSM-native events (SLA Breached, Approval Required, Participant Added), with the site's
// clock moved past the SLA goal.
import type { IDataObject } from 'n8n-workflow';

import { identity } from '../helpers/poll-site';

import { emittedItems, exampleWorkflows, N8N_VERSIONS, sandboxCredential, type N8nInstance } from './n8n';
import { activated, preparedInstance, removeAll, startSignedIn, type Running } from './session';
import { sleep, until } from './until';
import { pollTriggerWorkflow } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { availableTransitions } = require('../sandbox/workflow');

// The first run may install Node 24 and n8n (several minutes); each wait for a poll is up to a minute.
jest.setTimeout(10 * 60_000);

const POLL_NAME = 'JSM Poll Trigger';
const WORKFLOW_ID = 'JsmE2ePollTrig01';
const JSM_WORKFLOW_ID = 'JsmE2ePollTrig02';
const HOUR = 3_600_000;

/** The example "Open a JSM Operations alert for every SLA breach", as `npm start` imports it. */
const slaExample = () => exampleWorkflows().find((workflow) => workflow.id === 'JsmExampleSlaOps')!;

describe.each(N8N_VERSIONS)('the poll trigger in a real n8n %s', (n8nVersion) => {
	let sb: any;
	let instance: N8nInstance;
	let running: Running | undefined;
	const timings: string[] = [];

	async function start(): Promise<void> {
		const began = Date.now();
		running = await startSignedIn(instance);
		timings.push(`n8n start: ${Date.now() - began} ms`);
	}

	/** Activation runs the trigger's first poll (which only notes Jira's clock) before it reports "published". */
	async function activate(id = WORKFLOW_ID): Promise<void> {
		const { status } = await activated(instance, running!, id);
		if (status !== 'published') throw new Error(`Activation ended ${status}`);
	}

	async function call(method: string, path: string, body: unknown, who: 'agent' | 'admin' = 'agent'): Promise<IDataObject> {
		const { email, token } = sb.credentials[who];
		const response = await fetch(`${sb.url}${path}`, {
			method,
			headers: {
				authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`,
				'content-type': 'application/json',
			},
			body: JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
		return text ? (JSON.parse(text) as IDataObject) : {};
	}

	/** An open ITS request that can move again, not among `skip`. */
	function movable(skip: string[]): { key: string; transitionId: string } {
		for (const issue of sb.state.issues.values()) {
			if (sb.state.projects.get(issue.projectId).key !== 'ITS' || skip.includes(issue.key)) continue;
			const transition = availableTransitions(sb.state, issue).find((t: IDataObject) => ['11', '21', '71'].includes(String(t.id)));
			if (transition) return { key: issue.key, transitionId: transition.id };
		}
		throw new Error('No ITS request can move');
	}

	/** A new request, a status change, a public reply and an internal note: their event identities. */
	async function someChanges(label: string, skip: string[]): Promise<string[]> {
		const created = await call('POST', '/rest/servicedeskapi/request', {
			serviceDeskId: '1',
			requestTypeId: '1',
			requestFieldValues: { summary: `Poll e2e ${label}` },
			raiseOnBehalfOf: sb.credentials.customer.accountId,
		});
		const { key, transitionId } = movable([...skip, String(created.issueKey)]);
		skip.push(key);
		await call('POST', `/sandbox/requests/${key}/transition`, { transitionId });
		const reply = await call('POST', `/rest/servicedeskapi/request/${key}/comment`, { body: `Reply ${label}`, public: true });
		const note = await call('POST', `/rest/servicedeskapi/request/${key}/comment`, { body: `Note ${label}`, public: false });
		const issue = sb.state.issues.get(sb.state.issueKeys.get(key));
		const statusEntry = issue.changelog[issue.changelog.length - 1];
		// A change on another desk: the service desk filter keeps it out.
		const hr = [...sb.state.issues.values()].find(
			(candidate: IDataObject) => sb.state.projects.get(candidate.projectId).key === 'HR' && availableTransitions(sb.state, candidate).length,
		);
		await call('POST', `/sandbox/requests/${hr.key}/transition`, { transitionId: availableTransitions(sb.state, hr)[0].id });
		return [`created ${String(created.issueId)}`, `status ${statusEntry.id}`, `comment ${String(reply.id)}`, `comment ${String(note.id)}`];
	}

	/** Every event the trigger emitted so far, over all its executions, in execution order. */
	async function emitted(id = WORKFLOW_ID): Promise<IDataObject[]> {
		const executions = (await running!.n8n.executions(id)).sort((a, b) => Number(a.id) - Number(b.id));
		return emittedItems(executions, POLL_NAME);
	}

	/** Waits (up to two poll intervals) until the expected events have arrived, then `settle` ms longer. */
	async function eventsIncluding(expected: string[], id = WORKFLOW_ID, settle = 2000): Promise<string[]> {
		const read = async () => (await emitted(id)).map(identity);
		const arrived = (ids: string[]) => expected.every((one) => ids.includes(one));
		const ids = await until(read, arrived, { timeoutMs: 150_000, everyMs: 1000 });
		if (!arrived(ids)) return ids;
		await sleep(settle);
		return await read();
	}

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 120 });
		const admin = sandboxCredential(sb);
		const jsmEvents = { events: ['slaBreached', 'approvalRequired', 'participantAdded'], serviceDesks: ['HR'], options: { jql: 'summary ~ "jsme2e"' } };
		instance = await preparedInstance(
			[admin],
			[
				pollTriggerWorkflow(WORKFLOW_ID, `E2E poll trigger ${WORKFLOW_ID}`, POLL_NAME, admin),
				pollTriggerWorkflow(JSM_WORKFLOW_ID, `E2E poll trigger ${JSM_WORKFLOW_ID}`, POLL_NAME, admin, jsmEvents),
				slaExample(),
			],
			{ n8nVersion },
		);
		await start();
	});

	afterAll(async () => {
		await removeAll(running?.server, sb, instance);
		process.stdout.write(`poll trigger e2e timings (n8n ${n8nVersion}):\n  ${timings.join('\n  ')}\n`);
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
	});

	const touched: string[] = [];
	let first: string[] = [];

	it('emits the changes made after activation, each once, and nothing from before', async () => {
		await someChanges('before activation', touched);
		await activate();
		const began = Date.now();
		first = await someChanges('after activation', touched);
		const ids = await eventsIncluding(first);
		timings.push(`first events after ${Date.now() - began} ms`);
		expect([...ids].sort()).toEqual([...first].sort());
	});

	it('after a restart, emits what changed while n8n was stopped, once, and repeats nothing', async () => {
		await running?.server.stop();
		const whileDown = await someChanges('while n8n was stopped', touched);
		const began = Date.now();
		await start();
		const ids = await eventsIncluding(whileDown);
		timings.push(`events after restart: ${Date.now() - began} ms`);
		expect([...ids].sort()).toEqual([...first, ...whileDown].sort());
	});

	it('JSM events: an approval opened, participants added and SLA breaches arrive once each; nothing from before activation', async () => {
		const timeOff = { serviceDeskId: '2', requestTypeId: '10', raiseOnBehalfOf: sb.credentials.customer.accountId };
		const ask = async (summary: string, requestTypeId = '10') =>
			String((await call('POST', '/rest/servicedeskapi/request', { ...timeOff, requestTypeId, requestFieldValues: { summary } }, 'admin')).issueKey);
		const before = await ask('jsme2e leave before activation');
		await activate(JSM_WORKFLOW_ID);
		await activate(slaExample().id);
		const leave = await ask('jsme2e leave after activation');
		const shared = await ask('jsme2e shared request', '7');
		const people = [...sb.state.users.values()].filter((user: IDataObject) => user.accountType === 'customer').slice(3, 5).map((user: IDataObject) => String(user.accountId));
		const added = await call('POST', `/rest/servicedeskapi/request/${shared}/participant`, { accountIds: people }, 'admin');
		expect(added.values).toHaveLength(2);
		const issueOf = (key: string) => sb.state.issues.get(sb.state.issueKeys.get(key));
		const participantsEntry = issueOf(shared).changelog.at(-1);
		const approvalEvent = `approvalRequired ${String(issueOf(leave).approvals[0].id)}`;
		const participantEvents = people.map((accountId: string) => `participant ${String(participantsEntry.id)} ${accountId}`);
		await eventsIncluding([approvalEvent, ...participantEvents], JSM_WORKFLOW_ID);

		// The site's clock passes the 4-hour first-response goal of all three: each breaches once (the one from
		// before activation too: its breach comes after it). One more poll repeats nothing.
		sb.setNow(Date.now() + 4 * HOUR + 2 * 60_000);
		const slaEvents = [before, leave, shared].map((key) => {
			const issue = issueOf(key);
			return `slaBreached ${String(issue.id)} customfield_10040 ${new Date(issue.createdAt).toISOString().replace(/\.\d{3}Z$/, '+0000')}`;
		});
		const ids = await eventsIncluding([...slaEvents], JSM_WORKFLOW_ID, 65_000);
		expect([...ids].sort()).toEqual([approvalEvent, ...participantEvents, ...slaEvents].sort());

		// The example opened one alert per breach (every desk's, each once) and noted it on the request.
		const runs = await running!.n8n.executions(slaExample().id);
		expect(runs.length).toBeGreaterThan(0);
		expect(runs.every((run) => run.finished === true)).toBe(true);
		const aliases = [...sb.state.ops.alerts.values()].map((alert: IDataObject) => String(alert.alias)).filter((alias) => alias.startsWith('jsm-sla-'));
		expect(new Set(aliases).size).toBe(aliases.length);
		for (const key of [before, leave, shared]) {
			const alert = [...sb.state.ops.alerts.values()].find((candidate: IDataObject) => String(candidate.alias).startsWith(`jsm-sla-${key}-customfield_10040-`));
			expect(alert).toMatchObject({ priority: 'P2', entity: key, tags: ['jsm-request', 'sla-breach'] });
			expect(issueOf(key).comments).toEqual([expect.objectContaining({ public: false, body: expect.stringContaining(`alert #${String(alert.tinyId)}`) })]);
		}
	});
});

// The example "Post a note on every new P1 JSM Operations alert": the poll trigger's New Alert event (priority P1)
// and Alert → Add Note, in a real n8n. Alerts created after activation get one note each, once; one created while
// n8n is stopped gets its note after the restart; P3 alerts and alerts from before activation get none.
// The example's id has 16 characters: n8n 1.x saves a workflow's static data only for ids of at most 16
// (`isWorkflowIdValid` in n8n 1.123's utils), so a longer id loses the trigger's state on every restart.
describe.each(N8N_VERSIONS)('the poll trigger\'s alert events in a real n8n %s', (n8nVersion) => {
	const example = exampleWorkflows().find((workflow) => workflow.id === 'JsmExampleP1Note')!;
	let sb: any;
	let instance: N8nInstance;
	let running: Running | undefined;

	/** Raises an alert through the Operations API and waits until the sandbox processed it (alert requests are asynchronous). */
	async function raise(message: string, priority: string): Promise<string> {
		const { email, token } = sb.credentials.admin;
		const headers = { authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`, 'content-type': 'application/json' };
		const ops = `${sb.url}/jsm/ops/api/${sb.state.cloudId}/v1/alerts`;
		const accepted = (await (await fetch(ops, { method: 'POST', headers, body: JSON.stringify({ message, priority }) })).json()) as IDataObject;
		const processed = await until(() => fetch(`${ops}/requests/${String(accepted.requestId)}`, { headers }), (status) => status.status === 200, {
			timeoutMs: 30_000,
			everyMs: 100,
			failure: (status) => `The alert request still answers ${status.status}`,
		});
		return String(((await processed.json()) as IDataObject).alertId);
	}

	const notes = (id: string): string[] => sb.state.ops.alerts.get(id).notes.map((note: IDataObject) => String(note.note));

	/** Waits (up to two poll intervals) until every alert in `ids` has a note, then a little longer. */
	async function notedWithin(ids: string[]): Promise<void> {
		await until(() => ids.every((id) => notes(id).length), (all) => all, { timeoutMs: 150_000, everyMs: 1000 });
		await sleep(2000);
	}

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 40 });
		instance = await preparedInstance([sandboxCredential(sb)], [example], { n8nVersion });
		running = await startSignedIn(instance);
	});

	afterAll(async () => {
		await removeAll(running?.server, sb, instance);
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
	});

	it('notes each new P1 alert once, also one raised while n8n was stopped, and nothing else', async () => {
		const before = await raise('Raised before activation', 'P1');
		expect(await activated(instance, running!, example.id)).toMatchObject({ status: 'published' });
		const p1 = [await raise('Checkout API down', 'P1'), await raise('Payments queue stuck', 'P1')];
		const p3 = await raise('Disk at 80 %', 'P3');
		await notedWithin(p1);
		expect(p1.map((id) => notes(id).length)).toEqual([1, 1]);
		expect(notes(p1[0])[0]).toMatch(/^Picked up by n8n: P1 alert #\d+ "Checkout API down" raised /);

		await running?.server.stop();
		const whileDown = await raise('Raised while n8n was stopped', 'P1');
		running = await startSignedIn(instance);
		await notedWithin([whileDown]);
		expect([...p1, whileDown].map((id) => notes(id).length)).toEqual([1, 1, 1]);
		expect([before, p3].map((id) => notes(id).length)).toEqual([0, 0]);
	});
});
