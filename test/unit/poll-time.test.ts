import { issueAt, knownOf } from '../../nodes/JiraServiceManagementPollTrigger/poll/history';
import { parseJiraTime, relativeBound } from '../../nodes/JiraServiceManagementPollTrigger/poll/jiraTime';
import { keepFrom, readState } from '../../nodes/JiraServiceManagementPollTrigger/poll/state';

const MINUTE = 60_000;

describe('JQL date-times for the poll trigger', () => {
	test('Jira timestamps parse to the millisecond', () => {
		expect(parseJiraTime('2026-03-10T17:04:05.123+0000')).toBe(Date.UTC(2026, 2, 10, 17, 4, 5, 123));
		expect(parseJiraTime('2026-03-10T10:04:05.123-0700')).toBe(Date.UTC(2026, 2, 10, 17, 4, 5, 123));
		expect(parseJiraTime(undefined)).toBeNaN();
	});

	test('the bound is whole minutes before Jira\'s now, one more than needed', () => {
		const now = Date.UTC(2026, 2, 10, 17, 4, 59, 999);
		expect(relativeBound(now - 15 * MINUTE, now)).toBe('-16m');
		expect(relativeBound(now - 15 * MINUTE - 1, now)).toBe('-17m');
		expect(relativeBound(now, now)).toBe('-1m');
		// A target after Jira's now (a clock that went back) still searches the last minute.
		expect(relativeBound(now + 5 * MINUTE, now)).toBe('-1m');
	});
});

describe('poll trigger state', () => {
	test('only a complete state is used; anything else starts over from now', () => {
		const state = { since: 1, watermark: 2, issues: { 10001: 3 }, entries: { h5: 4 }, retry: { 10002: 1 }, sla: { '10001/customfield_10040/0/slaBreached': 5 } };
		expect(readState(state)).toEqual(state);
		// A state saved before the SLA events goes on, with no SLA cycle reported yet.
		const { sla: _sla, ...older } = state;
		expect(readState(older)).toEqual({ ...older, sla: {} });
		expect(readState({})).toBeUndefined();
		expect(readState({ ...state, issues: { 10001: 'x' } })).toBeUndefined();
		expect(readState({ ...state, sla: { key: 'x' } })).toBeUndefined();
	});

	test('stamps older than the next search\'s start are forgotten', () => {
		expect(keepFrom({ a: 1, b: 5, c: 9 }, 5)).toEqual({ b: 5, c: 9 });
	});
});

describe('the request as it was at a moment', () => {
	const at = (minute: number) => `2026-03-10T10:${String(minute).padStart(2, '0')}:00.000+0000`;
	const ms = (minute: number) => Date.parse(at(minute));
	const move = (id: string, minute: number, from: string, to: string) => ({
		id,
		created: at(minute),
		items: [{ field: 'status', fieldId: 'status', from, fromString: `S${from}`, to, toString: `S${to}` }],
	});
	const issue = { id: '1', fields: { status: { id: '3', name: 'S3', statusCategory: { key: 'done' } }, updated: at(20), summary: 'x' } };
	const histories = [move('11', 10, '1', '2'), move('12', 20, '2', '3'), move('13', 30, '3', '4')];
	const statuses = knownOf([issue]);

	test('entries the fields already show are undone back to the moment', () => {
		expect(issueAt(issue, histories, ms(5), statuses).fields).toMatchObject({ status: { id: '1', name: 'S1' }, summary: 'x' });
		expect(issueAt(issue, histories, ms(15), statuses).fields).toMatchObject({ status: { id: '2', name: 'S2' } });
		// The status the request has now keeps its category.
		expect(issueAt(issue, histories, ms(25), statuses).fields).toMatchObject({ status: { statusCategory: { key: 'done' } } });
	});

	test('entries newer than the fields (read after the search) are applied up to the moment', () => {
		expect(issueAt(issue, histories, ms(30), statuses, '13').fields).toMatchObject({ status: { id: '4', name: 'S4' } });
		expect(issueAt(issue, histories, ms(25), statuses).fields).toMatchObject({ status: { id: '3' } });
	});

	test('at the millisecond of an entry, only entries up to the given one count', () => {
		const twice = [move('21', 10, '1', '2'), move('22', 10, '2', '3')];
		const now = { ...issue, fields: { ...issue.fields, updated: at(10) } };
		expect(issueAt(now, twice, ms(10), statuses, '21').fields).toMatchObject({ status: { id: '2' } });
		expect(issueAt(now, twice, ms(10), statuses, '22').fields).toMatchObject({ status: { id: '3' } });
	});

	test('the request type is rewound from items naming it by id or by name (Atlassian documents neither)', () => {
		const a = { id: '1', name: 'Get IT help' };
		const b = { id: '2', name: 'Request a new account' };
		const now = { id: '1', fields: { customfield_10010: { requestType: b }, updated: at(20) } };
		const other = { id: '2', fields: { customfield_10010: { requestType: a }, updated: at(1) } };
		const known = knownOf([now, other], 'customfield_10010');
		const byId = [{ id: '31', created: at(20), items: [{ field: 'Customer Request Type', fieldId: 'customfield_10010', from: '1', fromString: 'x', to: '2', toString: 'y' }] }];
		const byName = [{ id: '32', created: at(20), items: [{ field: 'Customer Request Type', from: 'itsm/help', fromString: 'Get IT help', to: 'itsm/account', toString: 'Request a new account' }] }];
		for (const histories of [byId, byName]) {
			expect(issueAt(now, histories, ms(10), known).fields).toMatchObject({ customfield_10010: { requestType: a } });
			expect(issueAt(now, histories, ms(25), known).fields).toMatchObject({ customfield_10010: { requestType: b } });
		}
		// A key no request of the poll has: no id, so no request type filter passes it.
		const unknown = [{ id: '33', created: at(20), items: [{ field: 'Customer Request Type', from: 'hr/leave', fromString: 'Leave', to: '2', toString: 'y' }] }];
		expect(issueAt(now, unknown, ms(10), known).fields).toMatchObject({ customfield_10010: { requestType: { name: 'Leave' } } });
	});
});
