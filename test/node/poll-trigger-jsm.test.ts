// The poll trigger's JSM-native events (SLA at risk and breached, approvals, participants and organizations
// added) through n8n-core's PollContext against the sandbox, whose clock the test moves: each kind happens N
// times, some of them while n8n is stopped (a restart from the saved static data), and starts the workflow
// exactly N times; what happened before activation never does.
import type { IDataObject } from 'n8n-workflow';

import { ceilMinute, HR_DESK, identity, MINUTE, SECOND } from '../helpers/poll-site';
import { createPoller, pollSiteForFile, pollsAt, type Poller } from '../helpers/run-poll';

const HOUR = 60 * MINUTE;

const { sb, site, admin } = pollSiteForFile({ requestCount: 120 });

/** A moment well after every change earlier tests made (each test starts its own stretch of the clock). */
const laterStart = () => ceilMinute(Math.max(sb.now(), Date.now()) + 24 * HOUR);

/** An active trigger that can be stopped and started again from what n8n saved; collects what it emits. */
async function activeTrigger(start: number, parameters: IDataObject) {
	site.at(start);
	let poller: Poller = createPoller({ parameters, credentials: admin() });
	expect(await poller.activate()).toBeNull();
	const { emitted, pollAt } = pollsAt(site, () => poller);
	return {
		emitted,
		pollAt,
		/** n8n stops now; `whileStopped` runs; n8n starts again at `ms` (with the workflow active) and polls. */
		async restartAt(ms: number, whileStopped: () => Promise<unknown>) {
			const saved = poller.saved();
			await whileStopped();
			site.at(ms);
			poller = createPoller({ parameters, credentials: admin(), savedStaticData: saved, activation: 'init' });
			const items = (await poller.activate()) ?? [];
			emitted.push(...items);
			return items;
		},
	};
}

const exactlyOnce = (events: IDataObject[]) => {
	const ids = events.map(identity);
	expect(new Set(ids).size).toBe(ids.length);
	return ids;
};

/** The requests one call sent (method and path). */
async function requestsOf(run: () => Promise<unknown>): Promise<string[]> {
	const before = sb.requests.length;
	await run();
	return sb.requests.slice(before).map((request) => `${request.method} ${request.path}`);
}

describe('SLA At Risk and SLA Breached', () => {
	const parameters = { events: ['slaAtRisk', 'slaBreached'], serviceDesks: ['ITS'], requestTypes: [], options: { jql: 'summary ~ "slawatch"' } };
	// The sandbox's Time to first response goal for a medium priority request is 4 hours.
	const GOAL = 4 * HOUR;
	const THRESHOLD = 30 * MINUTE;

	test('each cycle is at risk once and breaches once, also while n8n is stopped; nothing from before activation', async () => {
		const start = laterStart();
		// At risk before activation (20 minutes before it), breached after it.
		site.at(start - GOAL + 10 * MINUTE);
		const early = await site.createRequest('Early slawatch request');
		const trigger = await activeTrigger(start, parameters);
		const keys: string[] = [];
		await site.changesAt(start + SECOND, 10 * MINUTE, Array.from({ length: 5 }, (_, i) => async () => keys.push(await site.createRequest(`slawatch request ${i}`))));
		const createdAt = (key: string) => site.issueByKey(key).createdAt as number;

		expect(await trigger.pollAt(start + 2 * MINUTE)).toEqual([]);
		const breachedEarly = await trigger.pollAt(start + 41 * MINUTE);
		expect(breachedEarly.map((event) => [event.event, event.requestKey])).toEqual([['slaBreached', early]]);
		expect(breachedEarly[0]).toMatchObject({
			timestamp: createdAt(early) + GOAL,
			sla: { name: 'Time to first response', breached: true, remainingMillis: expect.any(Number), startTime: expect.any(String) },
			serviceDesk: { projectKey: 'ITS' },
		});

		// The first request's remaining time falls under 30 minutes: at risk, reported at the moment it happened.
		const atRisk = await trigger.pollAt(start + GOAL - 25 * MINUTE);
		expect(atRisk.map((event) => [event.event, event.requestKey])).toEqual([['slaAtRisk', keys[0]]]);
		expect(atRisk[0]).toMatchObject({ timestamp: createdAt(keys[0]) + GOAL - THRESHOLD, sla: { breached: false } });
		expect(await trigger.pollAt(start + GOAL - 24 * MINUTE)).toEqual([]);

		// n8n is down for an hour: four requests go at risk, three breach meanwhile.
		const onStart = await trigger.restartAt(start + GOAL + 25 * MINUTE, async () => undefined);
		expect(onStart.filter((event) => event.event === 'slaAtRisk').map((event) => event.requestKey)).toEqual(keys.slice(1));
		expect(onStart.filter((event) => event.event === 'slaBreached').map((event) => event.requestKey)).toEqual(keys.slice(0, 3));
		// In order of occurrence, each at its own moment.
		expect(onStart.map((event) => event.timestamp)).toEqual([...onStart.map((event) => Number(event.timestamp))].sort((a, b) => a - b));

		await trigger.pollAt(start + GOAL + 45 * MINUTE);
		expect(await trigger.pollAt(start + GOAL + 50 * MINUTE)).toEqual([]);

		const ids = exactlyOnce(trigger.emitted);
		expect(ids).toHaveLength(11);
		expect(trigger.emitted.filter((event) => event.event === 'slaAtRisk').map((event) => event.requestKey).sort()).toEqual([...keys].sort());
		expect(trigger.emitted.filter((event) => event.event === 'slaBreached').map((event) => event.requestKey).sort()).toEqual([early, ...keys].sort());
	});

	test('the threshold is the user\'s; a poll costs one search while nothing is at risk', async () => {
		const start = laterStart();
		const trigger = await activeTrigger(start, { ...parameters, events: ['slaAtRisk'], options: { ...parameters.options, slaThresholdMinutes: 90 } });
		await site.changesAt(start + SECOND, MINUTE, [() => site.createRequest('slawatch threshold 1'), () => site.createRequest('slawatch threshold 2'), () => site.createRequest('slawatch threshold 3')]);
		expect(await trigger.pollAt(start + GOAL - 100 * MINUTE)).toEqual([]);
		const requests = await requestsOf(() => trigger.pollAt(start + GOAL - 95 * MINUTE));
		// Jira's clock, the update search (its id list and its page), the SLA search.
		expect(requests).toEqual(['GET /rest/api/3/serverInfo', 'POST /rest/api/3/search/jql', 'POST /rest/api/3/search/jql', 'POST /rest/api/3/search/jql']);
		const items = await trigger.pollAt(start + GOAL - 87 * MINUTE);
		expect(items).toHaveLength(3);
		expect(items.every((event) => event.event === 'slaAtRisk' && (event.sla as IDataObject).remainingMillis as number < 90 * MINUTE)).toBe(true);
	});
});

describe('Approval Required and Approval Completed', () => {
	const parameters = { events: ['approvalRequired', 'approvalCompleted'], serviceDesks: ['HR'], requestTypes: [], options: { jql: 'summary ~ "leavewatch"' } };
	const timeOff = () => [...sb.state.requestTypes.values()].find((type: IDataObject) => type.name === 'Request time off').id as string;
	const ask = (summary: string) => site.createRequest(summary, { desk: HR_DESK, requestTypeId: timeOff() });

	test('each approval opened and decided starts the workflow once, across a restart; nothing from before activation', async () => {
		const start = laterStart();
		site.at(start - MINUTE);
		const before = await ask('leavewatch before activation');
		const trigger = await activeTrigger(start, parameters);
		const answerable = await activeTrigger(start, { ...parameters, events: ['approvalRequired'], options: { ...parameters.options, onlyAnswerableApprovals: true } });
		const keys: string[] = [];
		await site.changesAt(start + SECOND, SECOND, [
			() => site.answerApproval(before, 'approve'),
			...[1, 2, 3].map((n) => async () => keys.push(await ask(`leavewatch ${n}`))),
		]);
		const first = await trigger.pollAt(start + MINUTE);
		expect(first.map((event) => [event.event, event.requestKey])).toEqual([
			['approvalCompleted', before],
			['approvalRequired', keys[0]],
			['approvalRequired', keys[1]],
			['approvalRequired', keys[2]],
		]);
		expect(first[0]).toMatchObject({ decision: 'approved', approval: { finalDecision: 'approved', approvers: expect.any(Array) } });
		// The request as it was when the approval was opened.
		expect(first[1]).toMatchObject({ status: 'Waiting for approval', approval: { finalDecision: 'pending', canAnswer: true } });

		await site.changesAt(start + 2 * MINUTE, SECOND, [() => site.answerApproval(keys[0], 'approve'), () => site.answerApproval(keys[1], 'decline')]);
		const decided = await trigger.pollAt(start + 3 * MINUTE);
		expect(decided.map((event) => [event.event, event.requestKey, event.decision])).toEqual([
			['approvalCompleted', keys[0], 'approved'],
			['approvalCompleted', keys[1], 'declined'],
		]);

		// While n8n is down: two new requests, one of them already approved, and a decision.
		const onStart = await trigger.restartAt(start + 10 * MINUTE, () =>
			site.changesAt(start + 4 * MINUTE, SECOND, [
				async () => keys.push(await ask('leavewatch 4')),
				async () => keys.push(await ask('leavewatch 5')),
				() => site.answerApproval(keys[2], 'approve'),
				() => site.answerApproval(keys[3], 'decline'),
			]),
		);
		expect(onStart.map((event) => [event.event, event.requestKey])).toEqual([
			['approvalRequired', keys[3]],
			['approvalRequired', keys[4]],
			['approvalCompleted', keys[2]],
			['approvalCompleted', keys[3]],
		]);
		expect(await trigger.pollAt(start + 11 * MINUTE)).toEqual([]);
		expect(exactlyOnce(trigger.emitted)).toHaveLength(10);

		// Only approvals the account can still answer: when that trigger first polls, all but the last are decided.
		await answerable.pollAt(start + 12 * MINUTE);
		expect(answerable.emitted.map((event) => event.requestKey)).toEqual([keys[4]]);
	});
});

describe('Participant Added and Organization Added', () => {
	test('one event per person added, across a restart; nothing from before activation', async () => {
		const start = laterStart();
		const [u1, u2, u3, u4, u5, u6, u7] = site.customers().slice(10, 17);
		site.at(start - 2 * MINUTE);
		const first = await site.createRequest('Participants request one');
		const second = await site.createRequest('Participants request two');
		await site.addParticipants(first, [u1]);
		const trigger = await activeTrigger(start, { events: ['participantAdded'], serviceDesks: ['ITS'], requestTypes: [], options: {} });

		await site.changesAt(start + SECOND, SECOND, [() => site.addParticipants(first, [u1, u2, u3]), () => site.addParticipants(second, [u4])]);
		const added = await trigger.pollAt(start + MINUTE);
		expect(added.map((event) => [event.requestKey, (event.participant as IDataObject).accountId])).toEqual([
			[first, u2],
			[first, u3],
			[second, u4],
		]);
		expect(added[0]).toMatchObject({ event: 'participantAdded', participant: { displayName: expect.any(String) }, changelogId: expect.any(String) });

		const onStart = await trigger.restartAt(start + 5 * MINUTE, () =>
			site.changesAt(start + 2 * MINUTE, SECOND, [() => site.addParticipants(first, [u5]), () => site.addParticipants(second, [u6, u7])]),
		);
		expect(onStart.map((event) => (event.participant as IDataObject).accountId)).toEqual([u5, u6, u7]);
		// Removing someone adds no one.
		site.at(start + 6 * MINUTE);
		await site.call('DELETE', `/rest/servicedeskapi/request/${first}/participant`, { accountIds: [u2] });
		expect(await trigger.pollAt(start + 7 * MINUTE)).toEqual([]);
		expect(exactlyOnce(trigger.emitted)).toHaveLength(6);
	});

	test('one event per organization a request is shared with, across a restart; nothing from before activation', async () => {
		const start = laterStart();
		site.at(start - 2 * MINUTE);
		const request = await site.createRequest('Organizations request');
		await site.setOrganizations(request, ['1']);
		const trigger = await activeTrigger(start, { events: ['organizationAdded'], serviceDesks: ['ITS'], requestTypes: [], options: {} });

		site.at(start + SECOND);
		await site.setOrganizations(request, ['1', '2', '3']);
		const added = await trigger.pollAt(start + MINUTE);
		expect(added.map((event) => event.organization)).toEqual([
			{ id: '2', name: sb.state.organizations.get('2').name },
			{ id: '3', name: sb.state.organizations.get('3').name },
		]);
		const onStart = await trigger.restartAt(start + 5 * MINUTE, async () => {
			site.at(start + 2 * MINUTE);
			await site.setOrganizations(request, ['2', '3', '4']);
		});
		expect(onStart.map((event) => (event.organization as IDataObject).id)).toEqual(['4']);
		expect(await trigger.pollAt(start + 6 * MINUTE)).toEqual([]);
		expect(exactlyOnce(trigger.emitted)).toHaveLength(3);
	});
});

describe('"Fetch Test Event" for the JSM events', () => {
	const manual = (events: string[], options: IDataObject = {}) =>
		createPoller({ parameters: { events, serviceDesks: [], requestTypes: [], options }, credentials: admin(), mode: 'manual' });

	test.each([['slaBreached'], ['slaAtRisk'], ['approvalRequired'], ['approvalCompleted'], ['participantAdded'], ['organizationAdded']])(
		'%s: the latest one, without touching the trigger state',
		async (event) => {
			const poller = manual([event]);
			const [latest] = (await poller.poll()) ?? [];
			expect(latest).toMatchObject({ event, requestKey: expect.any(String) });
			expect(poller.nodeStaticData()).toEqual({});
		},
	);
});
