import { DateTime } from 'luxon';

import { toJiraDate, toJiraDateTime } from '../../nodes/JiraServiceManagement/helpers/dates';

// Jira's Date Time input format: yyyy-MM-dd'T'HH:mm:ss.SSSZ with a numeric offset (JSM "Field input formats").
describe('Jira field dates', () => {
	test('a Date keeps the day written or on the DateTime clock; a bare instant takes the workflow zone day', () => {
		expect(toJiraDate('2026-12-01', 'Asia/Tokyo')).toBe('2026-12-01');
		expect(toJiraDate('2026-12-01T23:30:00-05:00', 'Asia/Tokyo')).toBe('2026-12-01');
		expect(toJiraDate(DateTime.fromISO('2026-12-01T00:00:00', { zone: 'Europe/Berlin' }), 'Asia/Tokyo')).toBe('2026-12-01');
		expect(toJiraDate(new Date('2026-11-30T16:00:00Z'), 'Asia/Tokyo')).toBe('2026-12-01');
		expect(toJiraDate('2026-02-30', 'UTC')).toBeUndefined();
		expect(toJiraDate('tomorrow', 'UTC')).toBeUndefined();
	});

	test('a Date Time carries the numeric offset of the workflow zone, never a Z', () => {
		expect(toJiraDateTime('2026-12-01T09:30', 'Asia/Tokyo')).toBe('2026-12-01T09:30:00.000+0900');
		expect(toJiraDateTime('2026-12-01T00:30:00.000Z', 'Asia/Tokyo')).toBe('2026-12-01T09:30:00.000+0900');
		expect(toJiraDateTime('2026-12-01T09:30:00Z', 'UTC')).toBe('2026-12-01T09:30:00.000+0000');
		expect(toJiraDateTime('2026-12-01T00:00:00.250Z', 'UTC')).toBe('2026-12-01T00:00:00.250+0000');
		expect(toJiraDateTime('2026-12-01T09:30:00', 'America/St_Johns')).toBe('2026-12-01T09:30:00.000-0330');
		// Luxon DateTimes: a fixed offset names an instant; a zone name only carries the wall clock typed.
		expect(toJiraDateTime(DateTime.fromISO('2026-12-01T09:30:00+01:00', { setZone: true }), 'Asia/Tokyo')).toBe('2026-12-01T17:30:00.000+0900');
		expect(toJiraDateTime(DateTime.fromISO('2026-12-01T09:30:00', { zone: 'Europe/Berlin' }), 'Asia/Tokyo')).toBe('2026-12-01T09:30:00.000+0900');
	});

	test('wall-clock times across a clock change get the offset in force at that time', () => {
		expect(toJiraDateTime('2026-03-29T01:30:00', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000+0100');
		expect(toJiraDateTime('2026-03-29T03:30:00', 'Europe/Berlin')).toBe('2026-03-29T03:30:00.000+0200');
		expect(toJiraDateTime('2026-07-01T12:00:00', 'Europe/Berlin')).toBe('2026-07-01T12:00:00.000+0200');
	});
});
