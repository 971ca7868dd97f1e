/**
 * @jest-environment ./test/helpers/process-tz-environment.js
 * @process-tz Asia/Tokyo
 */
// The poll trigger on Jira Data Center, through n8n-core's PollContext against the sandbox's Data Center mode
// (test/sandbox/datacenter.js; /rest/api/2 validated against Atlassian's DC 10.3 OpenAPI file). What differs from
// Cloud: POST /rest/api/2/search paged by startAt / total (no search/jql), the whole changelog in the search's
// expand=changelog (no changelog resource), comments from /rest/api/2 whose visibility is the sd.public.comment
// property (no jsdPublic), people by username, and the clock from GET /rest/api/2/serverInfo.
import type { IDataObject } from 'n8n-workflow';

import { createPoller, type Poller } from '../helpers/run-poll';
import { ceilMinute, identity, ITS_DESK, MINUTE, SECOND, siteActions } from '../helpers/poll-site';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

const parameters = { events: ['requestCreated', 'requestUpdated', 'statusChanged', 'commentCreated'], serviceDesks: ['ITS'], requestTypes: [], options: {} };

// Jira 9.12's REST API for these paths is the one of 10.3; the sandbox's 9.12 mode differs in the webhook paths only.
// Each run puts the server in a zone away from UTC (Jira DC renders every time in its server's zone: +0100 in Berlin
// in December, -0700 in Phoenix), and n8n's process runs in a third one (TZ=Asia/Tokyo, +0900: the docblock above).
describe.each([
	['10.3', 'Europe/Berlin', '+0100'],
	['9.12', 'America/Phoenix', '-0700'],
])('the poll trigger on Jira Data Center %s, server in %s (%s), n8n process in Asia/Tokyo', (version, serverTimeZone, offset) => {
	let sb: Sandbox;
	let site: ReturnType<typeof siteActions>;
	const credentials = () => ({
		jiraServiceManagementApi: { deployment: 'datacenter', siteUrl: sb.url, authType: 'bearer', apiToken: 'sandbox-admin-pat' },
	});
	const sentSince = (before: number) => sb.requests.slice(before).map((request) => `${request.method} ${request.path}`);

	beforeAll(async () => {
		sb = await startSandbox({ deployment: 'datacenter', version, serverTimeZone, requestCount: 80 });
		site = siteActions(sb);
		// Jira reads absolute JQL date-times in the searching user's time zone: the relative bound must not care.
		sb.state.users.get(site.people().admin.accountId).timeZone = 'Pacific/Auckland';
	});
	afterAll(async () => sb?.close());
	afterEach(() => {
		expect(sb.violations).toEqual([]);
		expect(sb.serverErrors).toEqual([]);
	});

	let poller: Poller;
	const searches: IDataObject[] = [];
	const pollAt = async (ms: number) => {
		site.at(ms);
		return (await poller.poll()) ?? [];
	};

	beforeAll(() => {
		sb.onRequest(({ path, body }) => {
			if (path === '/rest/api/2/search' && body) searches.push(JSON.parse(body) as IDataObject);
		});
	});

	test('activation starts from now: changes made just before it are never emitted', async () => {
		const start = ceilMinute(Date.now() + 24 * 60 * MINUTE) + 10 * SECOND;
		const [key] = site.deskKeys(ITS_DESK);
		await site.changesAt(start - 30 * SECOND, SECOND, [() => site.createRequest('Before activation'), () => site.transition(key), () => site.comment(key, true)]);
		site.at(start);
		const before = sb.requests.length;
		poller = createPoller({ parameters, credentials: credentials() });
		expect(await poller.activate()).toBeNull();
		// The activation poll reads Data Center's clock and nothing else.
		expect(sentSince(before)).toEqual(['GET /rest/api/2/serverInfo']);
		expect(await pollAt(start + 20 * SECOND)).toEqual([]);
	});

	test('each event kind once, in order, with usernames and the comment visibility from its property', async () => {
		const [key] = site.deskKeys(ITS_DESK).slice(5);
		let created = '';
		await site.changesAt(site.now() + SECOND, SECOND, [
			async () => (created = await site.createRequest('Projector in room 4 is dark')),
			() => site.transition(key),
			() => site.comment(key, true),
			() => site.comment(key, false),
		]);
		const before = sb.requests.length;
		const items = await pollAt(site.now() + 10 * SECOND);
		expect(items.map((item) => [item.event, item.requestKey])).toEqual([
			['requestCreated', created],
			['statusChanged', key],
			['commentCreated', key],
			['commentCreated', key],
			['requestUpdated', key],
		]);
		const [reply, note] = items.filter((item) => item.event === 'commentCreated');
		expect(reply.comment).toMatchObject({ public: true, author: 'Avery Agent', authorUsername: 'avery.agent', body: expect.stringMatching(/^Note at /) });
		expect((reply.comment as IDataObject).authorAccountId).toBeUndefined();
		expect(note.comment).toMatchObject({ public: false, authorUsername: 'avery.agent' });
		expect(items[1]).toMatchObject({ changelogId: expect.any(String), changelog: expect.arrayContaining([expect.objectContaining({ field: 'status' })]), serviceDesk: { projectKey: 'ITS' } });
		// Data Center's own paths only: its search, its comments with their properties, nothing of /rest/api/3.
		const sent = sentSince(before);
		expect(sent.filter((line) => !line.startsWith('GET /rest/api/2/issue/') || !line.endsWith('/comment'))).toEqual([
			'GET /rest/api/2/serverInfo',
			'POST /rest/api/2/search',
			'POST /rest/api/2/search',
		]);
		expect(sb.requests.slice(before).some((request) => request.path.endsWith('/comment') && request.query.expand === 'properties')).toBe(true);
		expect(await pollAt(site.now() + MINUTE)).toEqual([]);
	});

	test(`Jira answers in its server's zone (${offset}): each event keeps the instant it happened at`, async () => {
		// GET /rest/api/2/serverInfo serverTime and every change time, as Jira DC renders them.
		expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Asia/Tokyo');
		const info = (await (await fetch(`${sb.url}/rest/api/2/serverInfo`)).json()) as IDataObject;
		expect(info.serverTime).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\${offset}$`));
		expect(Math.abs(Date.parse(String(info.serverTime)) - sb.now())).toBeLessThan(5 * SECOND);
		const [key] = site.deskKeys(ITS_DESK).slice(7);
		const start = site.now() + SECOND;
		await site.changesAt(start, 10 * SECOND, [() => site.transition(key), () => site.comment(key, true)]);
		const items = await pollAt(site.now() + 10 * SECOND);
		const status = items.find((item) => item.event === 'statusChanged' && item.requestKey === key);
		const comment = items.find((item) => item.event === 'commentCreated' && item.requestKey === key);
		// Off by the offset (hours) if a time were read as UTC, or in n8n's process zone.
		expect(Number(status?.timestamp) - start).toBeGreaterThanOrEqual(0);
		expect(Number(status?.timestamp) - start).toBeLessThan(SECOND);
		expect(Number(comment?.timestamp) - (start + 10 * SECOND)).toBeGreaterThanOrEqual(0);
		expect(Number(comment?.timestamp) - (start + 10 * SECOND)).toBeLessThan(SECOND);
		expect(await pollAt(site.now() + MINUTE)).toEqual([]);
	});

	test('searches bound the window relative to Jira\'s clock and page by startAt, also when Jira lowers maxResults', async () => {
		const keys = site.deskKeys(ITS_DESK).slice(10, 22);
		await site.changesAt(site.now() + SECOND, 300, keys.map((key) => () => site.transition(key)));
		sb.configure({ searchMaxResults: 5 });
		const before = searches.length;
		const items = await pollAt(site.now() + 10 * SECOND);
		sb.configure({ searchMaxResults: 1000 });
		expect(items.filter((item) => item.event === 'statusChanged').map((item) => item.requestKey).sort()).toEqual([...keys].sort());
		const pages = searches.slice(before);
		// Ids first, then the issues with their changelog, each in pages of 5 that start where the last one ended.
		const ids = pages.filter((page) => (page.fields as string[]).join() === 'id');
		const full = pages.filter((page) => (page.expand as string[] | undefined)?.includes('changelog'));
		expect(ids.length + full.length).toBe(pages.length);
		expect(ids.length).toBeGreaterThanOrEqual(3);
		expect(ids.map((page) => page.startAt)).toEqual(ids.map((_, index) => index * 5));
		expect(full.map((page) => page.startAt)).toEqual(ids.map((_, index) => index * 5));
		for (const page of searches) expect(String(page.jql)).toMatch(/^project in \("ITS"\) AND updated (>= "-\d+m"|<= now\(\)) ORDER BY updated (ASC, key ASC|DESC, key DESC)$/);
	});

	test('more status changes than Cloud shows in a search: Data Center\'s changelog is whole, no extra read', async () => {
		const [key] = site.deskKeys(ITS_DESK).slice(-1);
		await site.changesAt(site.now() + SECOND, 200, Array.from({ length: 60 }, () => () => site.transition(key)));
		const before = sb.requests.length;
		const items = await pollAt(site.now() + 5 * SECOND);
		expect(items.filter((item) => item.event === 'statusChanged')).toHaveLength(60);
		expect(sentSince(before).filter((line) => line.startsWith('GET /rest/api/2/issue/') && !line.endsWith('/comment'))).toEqual([]);
	});

	test('a restart loads the last saved state; changes made while n8n was down are emitted once', async () => {
		const saved = poller.saved();
		const keys = site.deskKeys(ITS_DESK).slice(1, 5);
		await site.changesAt(site.now() + SECOND, SECOND, [...keys.map((key) => () => site.transition(key)), () => site.comment(keys[0], true)]);
		site.at(site.now() + 2 * MINUTE);
		poller = createPoller({ parameters: { ...parameters, events: ['statusChanged', 'commentCreated'] }, credentials: credentials(), savedStaticData: saved, activation: 'init' });
		const onStart = (await poller.activate()) ?? [];
		expect(onStart.map(identity)).toHaveLength(5);
		expect(new Set(onStart.map(identity)).size).toBe(5);
		expect(await pollAt(site.now() + MINUTE)).toEqual([]);
	});

	test('"Fetch Test Event" returns the latest comment through Data Center\'s search', async () => {
		const manual = createPoller({ parameters: { ...parameters, events: ['commentCreated'] }, credentials: credentials(), mode: 'manual' });
		const [latest] = (await manual.poll()) ?? [];
		expect(latest).toMatchObject({ event: 'commentCreated', comment: { authorUsername: expect.any(String) } });
		expect(manual.nodeStaticData()).toEqual({});
	});
});
