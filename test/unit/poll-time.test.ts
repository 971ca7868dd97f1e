import { jqlLowerBound, parseJiraTime } from '../../nodes/JiraServiceManagementPollTrigger/poll/jiraTime';
import { keepFrom, readState } from '../../nodes/JiraServiceManagementPollTrigger/poll/state';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('JQL date-times for the poll trigger', () => {
	test('Jira timestamps parse to the millisecond', () => {
		expect(parseJiraTime('2026-03-10T17:04:05.123+0000')).toBe(Date.UTC(2026, 2, 10, 17, 4, 5, 123));
		expect(parseJiraTime('2026-03-10T10:04:05.123-0700')).toBe(Date.UTC(2026, 2, 10, 17, 4, 5, 123));
		expect(parseJiraTime(undefined)).toBeNaN();
	});

	test('the bound is the minute in the account\'s time zone, rounded down', () => {
		const at = Date.UTC(2026, 2, 10, 17, 4, 59, 999);
		expect(jqlLowerBound(at, 'UTC')).toEqual({ jql: '2026/03/10 17:04', instant: Date.UTC(2026, 2, 10, 17, 4) });
		expect(jqlLowerBound(at, 'America/Los_Angeles')).toEqual({ jql: '2026/03/10 10:04', instant: Date.UTC(2026, 2, 10, 17, 4) });
		expect(jqlLowerBound(at, 'Asia/Kolkata').jql).toBe('2026/03/10 22:34');
		expect(jqlLowerBound(at, 'Australia/Sydney').jql).toBe('2026/03/11 04:04');
	});

	test('a minute that happens twice (clocks going back) is never read as the later one', () => {
		// New York, 1 November 2026: 01:00-01:59 happens at 05:xx UTC (EDT) and again at 06:xx UTC (EST).
		const firstPass = Date.UTC(2026, 10, 1, 5, 30);
		const bound = jqlLowerBound(firstPass, 'America/New_York');
		expect(bound.jql).toBe('2026/11/01 00:30');
		expect(bound.instant).toBe(firstPass - HOUR);
		// In the second pass, Jira may read the minute as the first one: the bound says so.
		const secondPass = Date.UTC(2026, 10, 1, 6, 30);
		expect(jqlLowerBound(secondPass, 'America/New_York')).toEqual({ jql: '2026/11/01 01:30', instant: secondPass - HOUR });
		// Lord Howe Island goes back by 30 minutes (02:00 to 01:30 on 5 April 2026, at 15:00 UTC).
		expect(jqlLowerBound(Date.UTC(2026, 3, 4, 14, 45), 'Australia/Lord_Howe')).toEqual({
			jql: '2026/04/05 00:45',
			instant: Date.UTC(2026, 3, 4, 13, 45),
		});
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
