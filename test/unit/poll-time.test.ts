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
		const state = { since: 1, watermark: 2, issues: { 10001: 3 }, entries: { h5: 4 }, retry: { 10002: 1 } };
		expect(readState(state)).toEqual(state);
		expect(readState({})).toBeUndefined();
		expect(readState({ ...state, issues: { 10001: 'x' } })).toBeUndefined();
	});

	test('stamps older than the next search\'s start are forgotten', () => {
		expect(keepFrom({ a: 1, b: 5, c: 9 }, 5)).toEqual({ b: 5, c: 9 });
	});
});
