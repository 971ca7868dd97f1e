// JSM Operations on-call, schedules, teams and heartbeats through n8n-core's real execution against the
// sandbox: who is on call follows the rotations and the site's clock; visibility follows team membership.
import type { IDataObject } from 'n8n-workflow';

import { loadOptionsContext } from '../helpers/load-options';
import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';
import { listSearch } from '../../nodes/JiraServiceManagement/methods';

const HOUR = 3600000;
const DAY = 24 * HOUR;

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ requestCount: 40 });
});
afterAll(async () => sb.close());
afterEach(() => {
	sb.setNow(null);
	expect(sb.violations).toEqual([]);
	expect(sb.serverErrors).toEqual([]);
});

const locator = (value: string) => ({ __rl: true, mode: 'id', value });
const agentCredentials = () => adminCredentials(sb, { email: 'agent@sandbox.test', apiToken: 'sandbox-agent-token' });
const run = (resource: string, parameters: IDataObject, credentials = adminCredentials(sb), continueOnFail = false) =>
	runNode({ parameters: { resource, ...parameters }, credentials, continueOnFail });
const schedule = (name: string): any => [...sb.state.ops.schedules.values()].find((s: any) => s.name === name);
const team = (name: string): any => [...sb.state.ops.teams.values()].find((t: any) => t.teamName === name);

test('on-call now follows the weekly rotation as the site clock moves on', async () => {
	const primary = schedule('IT Operations - Primary');
	const rotation = primary.rotations[0];
	const start = Date.parse(rotation.startDate);
	for (const week of [2, 3]) {
		sb.setNow(start + week * 7 * DAY + HOUR);
		const result = await run('onCall', { operation: 'get', schedule: locator(primary.id) });
		expect(result.items[0].json).toEqual({
			scheduleId: primary.id,
			onCallParticipants: [{ id: rotation.participants[week % rotation.participants.length].id, type: 'user' }],
		});
	}
});

test('a time-restricted rotation has nobody on call outside its hours; Only User IDs and At Date', async () => {
	const desk = schedule('IT Operations - Business hours');
	const rotation = desk.rotations[0];
	const day3 = Date.parse(rotation.startDate) + 3 * DAY;
	sb.setNow(day3 + 10 * HOUR);
	const inHours = await run('onCall', { operation: 'get', schedule: locator(desk.id), flat: true });
	expect(inHours.items[0].json).toEqual({ scheduleId: desk.id, onCallUsers: [rotation.participants[3].id] });

	const evening = new Date(day3 + 20 * HOUR).toISOString();
	const after = await run('onCall', { operation: 'get', schedule: locator(desk.id), flat: true, options: { date: evening } });
	expect(after.items[0].json).toEqual({ scheduleId: desk.id, date: evening, onCallUsers: [] });
	expect((sb.requests.at(-1) as any).query).toMatchObject({ date: evening, flat: 'true' });
});

test('a rotation that has ended leaves the schedule without anyone on call', async () => {
	const hr = schedule('HR Systems - On call');
	const result = await run('onCall', { operation: 'get', schedule: locator(hr.id) });
	expect(result.items[0].json.onCallParticipants).toEqual([]);
});

test('an unknown schedule is a 404 item error; a bad At Date is refused before any request', async () => {
	const missing = await run('onCall', { operation: 'get', schedule: locator('no-such-schedule') }, adminCredentials(sb), true);
	expect(missing.items[0].json.error).toMatch(/^Not found.*Schedule not found/);
	const before = sb.requests.length;
	const bad = await run('onCall', { operation: 'get', schedule: locator(schedule('Facilities - On call').id), options: { date: 'next tuesday' } }, adminCredentials(sb), true);
	expect(bad.items[0].json.error).toBe('Item 0: At Date "next tuesday" is not a date and time');
	expect(sb.requests.length).toBe(before);
});

test('schedule query: all for admins, by name or prefix, with rotations when asked, paged by 50', async () => {
	const all = await run('schedule', { operation: 'query', returnAll: true });
	expect(all.items.map((item) => item.json.name)).toEqual([...sb.state.ops.schedules.values()].map((s: any) => s.name));
	expect(all.items[0].json.rotations).toBeUndefined();
	expect((sb.requests.at(-1) as any).query).toMatchObject({ offset: '0', size: '50' });

	const it = await run('schedule', { operation: 'query', name: 'it operations*', includeRotations: true, returnAll: true });
	expect(it.items.map((item) => item.json.name)).toEqual(['IT Operations - Primary', 'IT Operations - Business hours']);
	expect(it.items[0].json.rotations).toEqual(schedule('IT Operations - Primary').rotations);

	const exact = await run('schedule', { operation: 'query', name: 'facilities - on call', limit: 5 });
	expect(exact.items.map((item) => item.json.name)).toEqual(['Facilities - On call']);
});

test('an agent sees only the schedules and teams of the teams they belong to', async () => {
	const schedules = await run('schedule', { operation: 'query', returnAll: true }, agentCredentials());
	expect(schedules.items.map((item) => item.json.name)).toEqual(['IT Operations - Primary', 'IT Operations - Business hours']);
	const teams = await run('team', { operation: 'query', returnAll: true }, agentCredentials());
	expect(teams.items.map((item) => item.json)).toEqual([{ teamId: team('IT Operations').teamId, teamName: 'IT Operations' }]);
	const other = await run('onCall', { operation: 'get', schedule: locator(schedule('Facilities - On call').id) }, agentCredentials(), true);
	expect(other.items[0].json.error).toMatch(/^The account lacks the permission/);
});

test('team query lists every team for admins, filtered by name and limited', async () => {
	const all = await run('team', { operation: 'query', returnAll: true });
	expect(all.items.map((item) => item.json.teamName)).toEqual(['IT Operations', 'Facilities', 'HR Systems']);
	const some = await run('team', { operation: 'query', nameContains: 'S', limit: 1 });
	expect(some.items.map((item) => item.json.teamName)).toEqual(['IT Operations']);
});

test('heartbeat ping records the ping; JSM answers PONG also for an unknown heartbeat', async () => {
	const itOps = team('IT Operations');
	sb.setNow(Date.UTC(2026, 11, 1, 3, 0));
	const ping = await run('heartbeat', { operation: 'ping', team: locator(itOps.teamId), heartbeatName: 'Nightly backup' });
	expect(ping.items[0].json).toEqual({ teamId: itOps.teamId, heartbeatName: 'Nightly backup', message: 'PONG - Heartbeat received', pinged: true });
	const heartbeat = sb.state.ops.heartbeats.get(`${itOps.teamId}|Nightly backup`);
	expect(Math.abs(heartbeat.lastPingAt - Date.UTC(2026, 11, 1, 3, 0))).toBeLessThan(5000);

	await run('heartbeat', { operation: 'ping', team: locator(itOps.teamId), heartbeatName: 'Not configured' });
	expect(sb.state.ops.pings.at(-1)).toMatchObject({ name: 'Not configured', known: false });

	const refused = await run('heartbeat', { operation: 'ping', team: locator(team('Facilities').teamId), heartbeatName: 'Badge reader sync' }, agentCredentials(), true);
	expect(refused.items[0].json.error).toMatch(/^The account lacks the permission/);
});

test('the editor lists schedules, teams and open alerts to pick from', async () => {
	const context = loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi);
	const schedules = await listSearch.searchSchedules.call(context, 'IT Op');
	expect(schedules.results.map((result) => result.name)).toEqual(['IT Operations - Primary', 'IT Operations - Business hours']);
	const teams = await listSearch.searchTeams.call(context, 'facil');
	expect(teams.results).toEqual([{ name: 'Facilities', value: team('Facilities').teamId }]);
	const alerts = await listSearch.searchAlerts.call(context, 'VPN');
	const open = [...sb.state.ops.alerts.values()].filter((a: any) => a.status === 'open' && a.message.startsWith('VPN'));
	expect(alerts.results.map((result) => result.value).sort()).toEqual(open.map((a: any) => a.id).sort());
});
