// The poll trigger through n8n-core's PollContext against the sandbox, whose clock the test sets so
// that changes land at chosen moments: inside one minute, between polls, during a poll, while n8n is down.
import type { IDataObject } from 'n8n-workflow';

import { SAFETY_MARGIN_MS } from '../../nodes/JiraServiceManagementPollTrigger/poll/run';
import { createPoller, pollSiteForFile, pollsAt, type Poller, type PollerOptions } from '../helpers/run-poll';
import { ceilMinute, HR_DESK, identity, ITS_DESK, MINUTE, SECOND, type Change } from '../helpers/poll-site';

const TIME_ZONE = 'America/Los_Angeles';

const { sb, site, admin } = pollSiteForFile({ requestCount: 400 });
beforeAll(() => {
	// Jira reads JQL date-times in the searching account's time zone.
	sb.state.users.get(site.people().admin.accountId).timeZone = TIME_ZONE;
});

/** What happened on the desk from `since` on, according to the site itself. */
function expectedSince(since: number, desk: string): string[] {
	const projectId = sb.state.serviceDesks.get(desk).projectId;
	const expected: string[] = [];
	for (const issue of sb.state.issues.values()) {
		if (issue.projectId !== projectId) continue;
		if (issue.createdAt >= since) expected.push(`created ${issue.id}`);
		for (const entry of issue.changelog) {
			if (entry.createdAt >= since && entry.items.some((item: IDataObject) => item.field === 'status')) expected.push(`status ${entry.id}`);
		}
		for (const note of issue.comments) if (note.createdAt >= since) expected.push(`comment ${note.id}`);
	}
	return expected.sort();
}

describe('500 changes over several polls, a restart and a slow poll', () => {
	const parameters = { events: ['requestCreated', 'statusChanged', 'commentCreated'], serviceDesks: ['ITS'], requestTypes: [], options: {} };
	const searches: string[] = [];
	let poller: Poller;
	let since: number;
	let made = 0;

	const { emitted, pollAt } = pollsAt(site, () => poller);
	const make = async (start: number, spacing: number, changes: Change[]) => {
		await site.changesAt(start, spacing, changes);
		made += changes.length;
	};

	beforeAll(() => {
		sb.onRequest(({ path, body }) => {
			if (path === '/rest/api/3/search/jql' && body) searches.push(String(JSON.parse(body).jql));
		});
	});

	test('activation starts from now: changes made just before it are never emitted', async () => {
		const start = ceilMinute(Date.now() + 24 * 60 * MINUTE) + 10 * SECOND;
		const its = site.deskKeys(ITS_DESK);
		await site.changesAt(start - 40 * SECOND, SECOND, site.itsChanges({ creates: 2, transitions: 2, comments: 2 }, its));
		site.at(start);
		poller = createPoller({ parameters, credentials: admin() });
		expect(await poller.activate()).toBeNull();
		since = (poller.saved()['node:JSM Poll'] as IDataObject).since as number;
		expect(since).toBeGreaterThanOrEqual(start);
		// The first real poll searches back over those changes (the safety margin) and skips them.
		expect(await pollAt(start + 20 * SECOND)).toEqual([]);
	});

	test('60 changes spread over a minute, with noise on another desk', async () => {
		const its = site.deskKeys(ITS_DESK);
		const hr = site.deskKeys(HR_DESK);
		await make(site.now() + SECOND, 700, site.itsChanges({ creates: 20, transitions: 25, comments: 15 }, its.slice(0, 40)));
		await site.changesAt(site.now() + SECOND, 500, [() => site.createRequest('HR noise', { desk: HR_DESK }), () => site.transition(hr[0]), () => site.comment(hr[1], false)]);
		const items = await pollAt(site.now() + 10 * SECOND);
		expect(items).toHaveLength(60);
		expect(items.every((item) => (item.serviceDesk as IDataObject).projectKey === 'ITS')).toBe(true);
		// In order of occurrence, in the webhook trigger's output shape.
		expect(items.map((item) => item.timestamp)).toEqual([...items.map((item) => item.timestamp)].sort((a, b) => Number(a) - Number(b)));
		expect(items.find((item) => item.event === 'commentCreated')).toMatchObject({
			requestKey: expect.stringMatching(/^ITS-\d+$/),
			comment: { id: expect.any(String), body: expect.any(String), public: expect.any(Boolean) },
		});
		expect(items.find((item) => item.event === 'statusChanged')).toMatchObject({
			changelogId: expect.any(String),
			changelog: expect.arrayContaining([expect.objectContaining({ field: 'status' })]),
		});
	});

	test('100 changes inside one minute', async () => {
		const minute = ceilMinute(site.now() + SECOND);
		const its = site.deskKeys(ITS_DESK);
		await make(minute + SECOND, 500, site.itsChanges({ creates: 40, transitions: 40, comments: 20 }, its.slice(40, 100)));
		expect(Math.floor(site.now() / MINUTE)).toBe(minute / MINUTE);
		// Polled twice inside the same minute, then again after it.
		const first = await pollAt(minute + 55 * SECOND);
		const second = await pollAt(minute + 58 * SECOND);
		const third = await pollAt(minute + 70 * SECOND);
		expect([first.length, second.length, third.length]).toEqual([100, 0, 0]);
	});

	test('changes that land while a poll reads its pages', async () => {
		const its = site.deskKeys(ITS_DESK);
		await make(site.now() + SECOND, 300, site.itsChanges({ creates: 30, transitions: 60, comments: 30 }, its.slice(100, 160)));
		// While the poll reads its first page, move 20 of the requests on that page (and add more):
		// the later pages shift and a plain token walk would step over some of them. Once it has read
		// all pages (it then lists comments), add more: those are for the next poll.
		const onFirstPage = its.slice(40, 60);
		let duringPages: Promise<void> | undefined;
		let afterPages: Promise<void> | undefined;
		const stop = sb.onRequest(async ({ method, path, body }) => {
			if (!duringPages && path === '/rest/api/3/search/jql') {
				const request = JSON.parse(body) as IDataObject;
				if (request.nextPageToken || (request.fields as string[]).join() === 'id') return;
				duringPages = make(site.now() + 2 * SECOND, 50, [
					...onFirstPage.map((key) => () => site.transition(key)),
					...site.itsChanges({ creates: 5, transitions: 0, comments: 5 }, its.slice(160, 165)),
				]);
				await duringPages;
			} else if (duringPages && !afterPages && method === 'GET' && path.endsWith('/comment')) {
				afterPages = make(site.now() + SECOND, 50, site.itsChanges({ creates: 5, transitions: 0, comments: 5 }, its.slice(165, 170)));
				await afterPages;
			}
		});
		// A poll three minutes later (a longer schedule, or a late tick): what it misses is older than the next search reaches.
		const pollTime = site.now() + 3 * MINUTE;
		const before = sb.requests.length;
		const slow = await pollAt(pollTime);
		stop();
		expect(duringPages && afterPages).toBeDefined();
		// The pages stepped over some requests; the id list taken first named them, and they were read one by one.
		const readAlone = sb.requests.slice(before).filter((request) => request.method === 'GET' && /^\/rest\/api\/3\/issue\/\d+$/.test(request.path));
		expect(readAlone.length).toBeGreaterThan(0);
		expect(slow.length).toBeGreaterThanOrEqual(120);
		const after = await pollAt(pollTime + MINUTE);
		expect(after.length).toBeGreaterThanOrEqual(10);
		expect(slow.length + after.length).toBe(160);
	});

	test('a restart loads the last saved state; changes made while n8n was down are emitted once', async () => {
		// A poll that finds nothing changes the state only in memory: n8n does not save it.
		expect(await pollAt(site.now() + MINUTE)).toEqual([]);
		const saved = poller.saved();
		const its = site.deskKeys(ITS_DESK);
		await make(site.now() + SECOND, 900, site.itsChanges({ creates: 10, transitions: 10, comments: 10 }, its.slice(0, 30)));

		site.at(site.now() + 30 * SECOND);
		poller = createPoller({ parameters, credentials: admin(), savedStaticData: saved, activation: 'init' });
		const onStart = (await poller.activate()) ?? [];
		emitted.push(...onStart);
		expect(onStart).toHaveLength(30);

		await make(site.now() + SECOND, 900, site.itsChanges({ creates: 10, transitions: 10, comments: 10 }, its.slice(30, 60)));
		expect(await pollAt(site.now() + 5 * SECOND)).toHaveLength(30);
	});

	test('120 status changes of one request between two polls (more than the search shows of a changelog)', async () => {
		const [key] = site.deskKeys(ITS_DESK).slice(-1);
		await make(site.now() + SECOND, 200, Array.from({ length: 120 }, () => () => site.transition(key)));
		const before = sb.requests.length;
		const items = await pollAt(site.now() + 5 * SECOND);
		const changelogReads = sb.requests.slice(before).filter((request) => request.path.endsWith('/changelog'));
		expect(changelogReads.length).toBeGreaterThan(0);
		expect(items).toHaveLength(120);
		expect(new Set(items.map((item) => item.requestKey))).toEqual(new Set([key]));
		expect(await pollAt(site.now() + MINUTE)).toEqual([]);
	});

	test('in total: exactly the 500 changes, each once', () => {
		expect(made).toBe(500);
		const ids = emitted.map(identity);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(500);
		expect([...ids].sort()).toEqual(expectedSince(since, ITS_DESK));
	});

	test('every search asks for the window relative to Jira\'s clock, whatever the account\'s time zone', () => {
		const windows = searches.filter((jql) => jql.includes('updated >='));
		expect(windows.length).toBeGreaterThan(10);
		for (const jql of windows) {
			expect(jql).toMatch(/^project in \("ITS"\) AND updated >= "-\d+m" ORDER BY updated ASC, key ASC$/);
		}
		// The first poll (20 seconds after activation) reached back to the activation only: nothing older counts.
		expect(windows[0]).toContain('updated >= "-2m"');
		// None reaches further back than the safety margin before the previous poll's start, and a minute more.
		const longest = Math.max(...windows.map((jql) => Number(/"-(\d+)m"/.exec(jql)?.[1])));
		expect(longest).toBeLessThanOrEqual(SAFETY_MARGIN_MS / MINUTE + 5);
	});
});

describe('filters, update events and "Fetch Test Event"', () => {
	let printer: string;

	test('service desk, request type, custom JQL and comment visibility all apply', async () => {
		const poller = createPoller({
			parameters: {
				events: ['*'],
				serviceDesks: ['ITS'],
				requestTypes: ['1'],
				options: { jql: 'summary ~ "printer"', commentVisibility: 'public' },
			},
			credentials: admin(),
		});
		site.at(ceilMinute(sb.now()) + 5 * MINUTE);
		expect(await poller.activate()).toBeNull();

		await site.changesAt(site.now() + SECOND, SECOND, [
			async () => (printer = await site.createRequest('Printer jams on level 2')),
			() => site.createRequest('Printer toner request', { requestTypeId: '2' }),
			() => site.createRequest('Monitor flickers'),
			() => site.createRequest('Printer in HR', { desk: HR_DESK }),
			() => site.comment(printer, true),
			() => site.comment(printer, false),
		]);
		site.at(site.now() + 10 * SECOND);
		const created = (await poller.poll()) ?? [];
		// Commented after it was created: Request Updated too (this trigger's Request Updated covers comments).
		expect(created.map((item) => [item.event, item.requestKey])).toEqual([
			['requestCreated', printer],
			['commentCreated', printer],
			['requestUpdated', printer],
		]);
		expect(created[1]).toMatchObject({ comment: { public: true } });

		await site.changesAt(site.now() + SECOND, SECOND, [() => site.transition(printer), () => site.comment(printer, true)]);
		site.at(site.now() + 10 * SECOND);
		const updated = (await poller.poll()) ?? [];
		// One update per request and poll (with what changed), plus the status change and the reply themselves.
		expect(updated.map((item) => item.event).sort()).toEqual(['commentCreated', 'requestUpdated', 'statusChanged']);
		expect(updated.find((item) => item.event === 'requestUpdated')).toMatchObject({
			requestKey: printer,
			changelog: [expect.objectContaining({ field: 'status' })],
		});
		site.at(site.now() + MINUTE);
		expect(await poller.poll()).toBeNull();

		// A tick while the previous poll still runs does nothing: the running poll reports the change once.
		await site.changesAt(site.now() + SECOND, SECOND, [() => site.comment(printer, true)]);
		site.at(site.now() + 10 * SECOND);
		const overlapping = await Promise.all([poller.poll(), poller.poll()]);
		expect(overlapping[0]?.map((item) => item.event).sort()).toEqual(['commentCreated', 'requestUpdated']);
		expect(overlapping[1]).toBeNull();
	});

	test('"Fetch Test Event" returns the latest matching event and leaves the trigger state alone', async () => {
		const latestOf = (kind: 'comments' | 'changelog') => {
			const projectId = sb.state.serviceDesks.get(ITS_DESK).projectId;
			let best: { id: string; key: string; at: number } | undefined;
			for (const issue of sb.state.issues.values()) {
				if (issue.projectId !== projectId) continue;
				for (const entry of issue[kind]) {
					if (kind === 'changelog' && !entry.items.some((item: IDataObject) => item.field === 'status')) continue;
					if (!best || entry.createdAt > best.at) best = { id: entry.id, key: issue.key, at: entry.createdAt };
				}
			}
			return best!;
		};
		const manual = (events: string[]) =>
			createPoller({ parameters: { events, serviceDesks: ['ITS'], requestTypes: [], options: {} }, credentials: admin(), mode: 'manual' });

		const comments = manual(['commentCreated']);
		const [latestComment] = (await comments.poll()) ?? [];
		expect(latestComment).toMatchObject({ event: 'commentCreated', requestKey: latestOf('comments').key, comment: { id: latestOf('comments').id } });
		expect(comments.nodeStaticData()).toEqual({});

		const [latestStatus] = (await manual(['statusChanged']).poll()) ?? [];
		expect(latestStatus).toMatchObject({ event: 'statusChanged', changelogId: latestOf('changelog').id });

		const [latestCreated] = (await manual(['requestCreated']).poll()) ?? [];
		expect(latestCreated).toMatchObject({ event: 'requestCreated', summary: 'Monitor flickers', serviceDesk: { projectKey: 'ITS' } });
	});

	test('the request type filter judges each event by the request type the request had then', async () => {
		const poller = createPoller({ parameters: { events: ['*'], serviceDesks: ['ITS'], requestTypes: ['1'], options: {} }, credentials: admin() });
		site.at(ceilMinute(sb.now()) + 5 * MINUTE);
		expect(await poller.activate()).toBeNull();
		let leaving = '';
		let joining = '';
		await site.changesAt(site.now() + SECOND, SECOND, [
			async () => (leaving = await site.createRequest('Leaves type 1', { requestTypeId: '1' })),
			async () => (joining = await site.createRequest('Joins type 1', { requestTypeId: '2' })),
		]);
		site.at(site.now() + 10 * SECOND);
		expect(((await poller.poll()) ?? []).map((item) => [item.event, item.requestKey])).toEqual([['requestCreated', leaving]]);

		// Between two polls each request gets a reply, moves to the other type, and gets another (request type 2's
		// issue type has another workflow, so replies, not transitions, tell).
		await site.changesAt(site.now() + SECOND, SECOND, [
			() => site.comment(leaving, true),
			() => site.comment(joining, true),
			() => site.setRequestType(leaving, '2'),
			() => site.setRequestType(joining, '1'),
			() => site.comment(leaving, true),
			() => site.comment(joining, true),
		]);
		site.at(site.now() + 10 * SECOND);
		const events = (await poller.poll()) ?? [];
		const comments = (key: string) => site.issueByKey(key).comments;
		// Type 1 then: the leaving request's first reply, the joining one's second and its update (type 1 now).
		expect(events.map(identity).sort()).toEqual(
			[
				`comment ${String(comments(leaving)[0].id)}`,
				`comment ${String(comments(joining)[1].id)}`,
				`requestUpdated ${String(site.issueByKey(joining).id)} ${String(events.find((item) => item.event === 'requestUpdated')?.timestamp)}`,
			].sort(),
		);
		expect(events.find((item) => item.event === 'requestUpdated')).toMatchObject({ requestKey: joining });
	});
});

describe('Options → Include Raw Payload, read like every yes/no field', () => {
	const pollerWith = (includeRaw: string, mode: PollerOptions['mode']) =>
		createPoller({ parameters: { events: ['requestCreated'], serviceDesks: ['ITS'], requestTypes: [], options: { includeRaw } }, credentials: admin(), mode });

	test('an expression giving "maybe" fails the activation\'s own poll naming the field, and saves no state', async () => {
		const poller = pollerWith('={{ "maybe" }}', 'trigger');
		await expect(poller.activate()).rejects.toThrow('Options → Include Raw Payload must be true or false, not "maybe"');
		expect(poller.nodeStaticData()).toEqual({});
	});

	test('the approvals option is read the same way: "maybe" fails the activation naming it', async () => {
		const poller = createPoller({
			parameters: { events: ['approvalRequired'], serviceDesks: ['ITS'], requestTypes: [], options: { onlyAnswerableApprovals: '={{ "maybe" }}' } },
			credentials: admin(),
			mode: 'trigger',
		});
		await expect(poller.activate()).rejects.toThrow('Options → Only Approvals the Connected Account Can Answer must be true or false, not "maybe"');
		expect(poller.nodeStaticData()).toEqual({});
	});

	test('the text "true" from an expression adds the issue as raw; "false" leaves it out', async () => {
		const [withRaw] = (await pollerWith('={{ "true" }}', 'manual').poll()) ?? [];
		expect(withRaw.raw).toMatchObject({ webhookEvent: 'jira:issue_created', issue: { key: withRaw.requestKey } });
		const [without] = (await pollerWith('={{ "false" }}', 'manual').poll()) ?? [];
		expect(without).not.toHaveProperty('raw');
	});
});
