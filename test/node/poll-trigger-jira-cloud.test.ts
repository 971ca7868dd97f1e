// The poll trigger against the ways a real Jira Cloud site differs from a tidy one: a search index that
// lags behind, capped changelogs, requests that fail for one issue, clocks and profile time zones that
// change. Each test polls through n8n-core's PollContext and checks that every change starts the workflow
// exactly once.
import type { IDataObject } from 'n8n-workflow';

import { ceilMinute, identity, ITS_DESK, MINUTE, SECOND } from '../helpers/poll-site';
import { createPoller, pollSiteForFile, pollsAt, type Poller } from '../helpers/run-poll';

const { sb, site, admin } = pollSiteForFile({ requestCount: 200 });
afterEach(() => {
	sb.configure({ searchIndexLagMs: 0 });
});

const ALL_EVENTS = { events: ['requestCreated', 'requestUpdated', 'statusChanged', 'commentCreated'], serviceDesks: ['ITS'], requestTypes: [], options: {} };

/** An active trigger whose polls run at chosen moments of the site's clock; collects what each emits. */
async function activeTrigger(start: number, parameters: IDataObject = ALL_EVENTS) {
	site.at(start);
	const poller: Poller = createPoller({ parameters, credentials: admin() });
	expect(await poller.activate()).toBeNull();
	return { poller, ...pollsAt(site, () => poller) };
}

/** A moment well after every change earlier tests made (each test starts its own stretch of the clock). */
const laterStart = () => ceilMinute(Math.max(sb.now(), Date.now() + 24 * 60 * MINUTE) + 30 * MINUTE);

/** The requests one poll sent (method and path). */
async function requestsOf(poll: () => Promise<unknown>): Promise<string[]> {
	const before = sb.requests.length;
	await poll();
	return sb.requests.slice(before).map((request) => `${request.method} ${request.path}`);
}

const onlyOnce = (events: IDataObject[]) => {
	const ids = events.map(identity);
	expect(new Set(ids).size).toBe(ids.length);
};

describe('a search index that shows changes minutes late', () => {
	test('changes that reach the index 10 minutes late are still emitted, once', async () => {
		// Atlassian: changes reach search "from a few seconds to minutes", bulk edits later (search-and-reconcile page).
		const lag = 10 * MINUTE;
		const start = laterStart();
		const trigger = await activeTrigger(start);
		sb.configure({ searchIndexLagMs: lag });
		const [moved, noted] = site.deskKeys(ITS_DESK);
		let created = '';
		await site.changesAt(start + 30 * SECOND, SECOND, [
			async () => (created = await site.createRequest('Laptop will not boot')),
			() => site.transition(moved),
			() => site.comment(noted, true),
		]);
		// Polled every minute: nothing is visible for ten minutes, then all of it, once.
		const perPoll: number[] = [];
		for (let minute = 1; minute <= 14; minute++) perPoll.push((await trigger.pollAt(start + minute * MINUTE)).length);
		expect(perPoll.slice(0, 9).every((count) => count === 0)).toBe(true);
		expect(trigger.emitted.map((event) => [event.event, event.requestKey]).sort()).toEqual(
			[
				['commentCreated', noted],
				['requestCreated', created],
				['requestUpdated', moved],
				['requestUpdated', noted],
				['statusChanged', moved],
			].sort(),
		);
		onlyOnce(trigger.emitted);
	});

	test('the wider window costs no request per issue already seen', async () => {
		const start = laterStart();
		const trigger = await activeTrigger(start);
		const keys = site.deskKeys(ITS_DESK).slice(0, 30);
		// 30 requests change within the window; later polls find them again and must not re-read them.
		await site.changesAt(start + SECOND, 20 * SECOND, keys.map((key) => () => site.comment(key, false)));
		const busy = await requestsOf(() => trigger.pollAt(start + 11 * MINUTE));
		const quiet = await requestsOf(() => trigger.pollAt(start + 12 * MINUTE));
		expect(trigger.emitted.filter((event) => event.event === 'commentCreated')).toHaveLength(30);
		expect(busy.filter((request) => request.endsWith('/comment'))).toHaveLength(30);
		// serverInfo, the id list, one page of issues: the same as with nothing in the window.
		expect(quiet).toEqual(['GET /rest/api/3/serverInfo', 'POST /rest/api/3/search/jql', 'POST /rest/api/3/search/jql']);
	});
});

describe('a changelog longer than search/jql shows', () => {
	test('45 transitions of one request between two polls: all 45 emitted, read from the changelog endpoint', async () => {
		// search/jql expands at most 40 changelog entries, with `total` = 40 (JRACLOUD-96459).
		const start = laterStart();
		const trigger = await activeTrigger(start);
		const [key] = site.deskKeys(ITS_DESK).slice(-1);
		await site.changesAt(start + SECOND, SECOND, Array.from({ length: 45 }, () => () => site.transition(key)));
		const sent = await requestsOf(() => trigger.pollAt(start + 2 * MINUTE));
		const statusChanges = trigger.emitted.filter((event) => event.event === 'statusChanged');
		const madeIds = site.issueByKey(key).changelog.slice(-45).map((entry: IDataObject) => `status ${String(entry.id)}`);
		expect(statusChanges.map(identity)).toEqual(madeIds);
		const [update] = trigger.emitted.filter((event) => event.event === 'requestUpdated');
		expect((update.changelog as IDataObject[]).filter((item) => item.field === 'status')).toHaveLength(45);
		expect(sent.filter((request) => request.endsWith('/changelog')).length).toBeGreaterThan(0);
		expect(await trigger.pollAt(start + 3 * MINUTE)).toEqual([]);
	});
});

describe('a request that cannot be read', () => {
	afterEach(() => sb.configure({ faults: { failingIssues: [] } }));

	test('the other requests\' events go on; the failing one\'s arrive once it can be read, also after the window', async () => {
		const start = laterStart();
		const trigger = await activeTrigger(start, { ...ALL_EVENTS, events: ['commentCreated'] });
		const [broken, fine, other] = site.deskKeys(ITS_DESK).slice(3, 6);
		sb.configure({ faults: { failingIssues: [broken, site.issueByKey(broken).id] } });
		await site.changesAt(start + SECOND, SECOND, [() => site.comment(broken, true), () => site.comment(fine, true)]);
		const keysOf = (events: IDataObject[]) => events.map((event) => event.requestKey);
		const first = await trigger.pollAt(start + MINUTE);
		expect(keysOf(first)).toEqual([fine]);
		// Still failing: later changes elsewhere are emitted all the same, nothing twice.
		await site.changesAt(start + MINUTE + SECOND, SECOND, [() => site.comment(other, false)]);
		expect(keysOf(await trigger.pollAt(start + 2 * MINUTE))).toEqual([other]);
		// Polls go on until the search no longer reaches the comment, but the request is still owed it.
		expect(await trigger.pollAt(start + 18 * MINUTE)).toEqual([]);
		const sent = await requestsOf(() => trigger.pollAt(start + 20 * MINUTE));
		// Asked about again, whether the search still reaches it (a read of its comments) or not (a read of the request).
		const brokenPath = `GET /rest/api/3/issue/${String(site.issueByKey(broken).id)}`;
		expect(sent.some((request) => request === brokenPath || request.startsWith(`${brokenPath}/`))).toBe(true);
		sb.configure({ faults: { failingIssues: [] } });
		expect(keysOf(await trigger.pollAt(start + 21 * MINUTE))).toEqual([broken]);
		expect(await trigger.pollAt(start + 22 * MINUTE)).toEqual([]);
		onlyOnce(trigger.emitted);
		expect(trigger.emitted).toHaveLength(3);
	});
});

describe('a request created and changed between two polls', () => {
	test('starts both Request Created and Request Updated, as Jira\'s webhooks would', async () => {
		const start = laterStart();
		const trigger = await activeTrigger(start, { ...ALL_EVENTS, events: ['requestCreated', 'requestUpdated'] });
		let key = '';
		await site.changesAt(start + SECOND, SECOND, [async () => (key = await site.createRequest('Badge reader broken')), () => site.transition(key)]);
		const items = await trigger.pollAt(start + MINUTE);
		expect(items.map((item) => [item.event, item.requestKey])).toEqual([
			['requestCreated', key],
			['requestUpdated', key],
		]);
		expect(items[1].changelog).toEqual([expect.objectContaining({ field: 'status' })]);
		// A request created and left alone starts Request Created only.
		let quiet = '';
		await site.changesAt(start + MINUTE + SECOND, SECOND, [async () => (quiet = await site.createRequest('Mouse missing'))]);
		expect((await trigger.pollAt(start + 2 * MINUTE)).map((item) => [item.event, item.requestKey])).toEqual([['requestCreated', quiet]]);
	});
});

describe('the account\'s clock and time zone', () => {
	const admin = () => sb.state.users.get(site.people().admin.accountId);
	let zone: string;
	beforeAll(() => (zone = admin().timeZone));
	afterEach(() => (admin().timeZone = zone));

	test('through the night clocks go back (New York, 7 November 2027), each comment once', async () => {
		admin().timeZone = 'America/New_York';
		// 01:00-01:59 happens twice: at 05:xx UTC (EDT) and again at 06:xx UTC (EST).
		const start = Date.UTC(2027, 10, 7, 4, 45);
		expect(start).toBeGreaterThan(laterStart());
		const trigger = await activeTrigger(start, { ...ALL_EVENTS, events: ['commentCreated'] });
		const keys = site.deskKeys(ITS_DESK).slice(10, 20);
		let made = 0;
		for (let minute = 1; minute <= 90; minute++) {
			const at = start + minute * MINUTE;
			if (minute % 2 === 0 && minute <= 80) {
				site.at(at + 10 * SECOND);
				await site.comment(keys[made++ % keys.length], true);
			}
			await trigger.pollAt(at + 30 * SECOND);
		}
		onlyOnce(trigger.emitted);
		expect(trigger.emitted).toHaveLength(made);
	});

	test('the profile\'s time zone changes between reading it and searching: each comment once', async () => {
		// Jira reads JQL date-times in the searching account's zone, which its owner may change at any moment.
		admin().timeZone = 'America/Los_Angeles';
		const start = laterStart();
		const trigger = await activeTrigger(start, { ...ALL_EVENTS, events: ['commentCreated'] });
		// Moved to Honolulu right after GET /myself told the old trigger the zone, before its search.
		let moved = false;
		const stop = sb.onRequest(({ path }) => {
			if (path !== '/rest/api/3/myself' || moved) return;
			admin().timeZone = 'Pacific/Honolulu';
			moved = true;
		});
		const keys = site.deskKeys(ITS_DESK).slice(20, 23);
		try {
			// Polled every half hour (n8n's schedules go up to hours).
			for (const [index, key] of keys.entries()) {
				site.at(start + index * 30 * MINUTE + 10 * SECOND);
				await site.comment(key, true);
				await trigger.pollAt(start + (index + 1) * 30 * MINUTE);
			}
		} finally {
			stop();
		}
		onlyOnce(trigger.emitted);
		expect(trigger.emitted.map((event) => event.requestKey)).toEqual(keys);
	});
});

describe('activating again', () => {
	const commentEvents = { ...ALL_EVENTS, events: ['commentCreated'] };
	const keysOf = (events: IDataObject[] | null) => (events ?? []).map((event) => event.requestKey);

	test('turned off and on again: nothing from while it was off; a new version of an active workflow misses nothing', async () => {
		const start = laterStart();
		const first = await activeTrigger(start, commentEvents);
		const [before, whileOff, after, duringUpdate] = site.deskKeys(ITS_DESK).slice(30, 34);
		await site.changesAt(start + SECOND, SECOND, [() => site.comment(before, true)]);
		expect(keysOf(await first.pollAt(start + MINUTE))).toEqual([before]);
		// Deactivated: n8n keeps the static data it saved last.
		const saved = first.poller.saved();
		await site.changesAt(start + 2 * MINUTE, SECOND, [() => site.comment(whileOff, true)]);

		site.at(start + 10 * MINUTE);
		const again = createPoller({ parameters: commentEvents, credentials: admin(), savedStaticData: saved, activation: 'activate' });
		expect(await again.activate()).toBeNull();
		await site.changesAt(start + 10 * MINUTE + SECOND, SECOND, [() => site.comment(after, true)]);
		site.at(start + 11 * MINUTE);
		expect(keysOf(await again.poll())).toEqual([after]);

		// Saving a new version of the active workflow re-activates it ('update'): it goes on from its state.
		await site.changesAt(start + 11 * MINUTE + SECOND, SECOND, [() => site.comment(duringUpdate, true)]);
		site.at(start + 12 * MINUTE);
		const updated = createPoller({ parameters: commentEvents, credentials: admin(), savedStaticData: again.saved(), activation: 'update' });
		expect(keysOf(await updated.activate())).toEqual([duringUpdate]);
	});
});

describe('the request as it was at each event', () => {
	test('created, moved, commented, moved again between two polls: each event shows the status of its moment', async () => {
		const start = laterStart();
		const trigger = await activeTrigger(start);
		let key = '';
		await site.changesAt(start + SECOND, SECOND, [
			async () => (key = await site.createRequest('VPN drops every hour')),
			() => site.transition(key),
			() => site.comment(key, true),
			() => site.transition(key),
		]);
		const items = await trigger.pollAt(start + MINUTE);
		const issue = site.issueByKey(key);
		const status = (id: string) => sb.state.statuses.get(id);
		const [firstMove, secondMove] = issue.changelog.map((entry: IDataObject) => (entry.items as IDataObject[]).find((item) => item.field === 'status'));
		const initial = String(issue.statusHistory[0].statusId);
		expect(items.map((item) => [item.event, item.status])).toEqual([
			['requestCreated', status(initial).name],
			['statusChanged', firstMove.toString],
			['commentCreated', firstMove.toString],
			['statusChanged', secondMove.toString],
			['requestUpdated', secondMove.toString],
		]);
		// The category is given where the poll saw that status on some request, and then it is right.
		const categoryOf = [initial, firstMove.to, firstMove.to, secondMove.to, secondMove.to].map((id) => status(String(id)).category.key);
		items.forEach((item, index) => expect([undefined, categoryOf[index]]).toContain(item.statusCategory));
		expect(items[4].statusCategory).toBe(categoryOf[4]);
	});
});
