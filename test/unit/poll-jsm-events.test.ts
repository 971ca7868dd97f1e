// The pure parts of the poll trigger's JSM events: the SLA search, what an SLA field says, and who a
// changelog item added.
import { addedIds, listedIds } from '../../nodes/JiraServiceManagementPollTrigger/poll/jsmChanges';
import { slaJql, slaOccurrences } from '../../nodes/JiraServiceManagementPollTrigger/poll/sla';

const MINUTE = 60_000;
const fields = { slas: [{ id: 'customfield_10040', name: 'Time to first response' }, { id: 'customfield_10041', name: 'Time to resolution' }] };
const filters = { projectKeys: ['ITS'], requestTypeIds: [], jql: 'priority = High', commentVisibility: 'all' as const };

describe('the SLA search', () => {
	test('at risk: every SLA field below the threshold, by clause id, inside the filters', () => {
		expect(slaJql(filters, fields, new Set(['slaAtRisk', 'slaBreached']), 30 * MINUTE)).toBe(
			'project in ("ITS") AND (priority = High) AND (cf[10040] < remaining("30m") OR cf[10041] < remaining("30m")) ORDER BY key ASC',
		);
	});

	test('breached only: ongoing cycles past their goal', () => {
		expect(slaJql({ ...filters, projectKeys: [], jql: '' }, fields, new Set(['slaBreached']), 30 * MINUTE)).toBe(
			'((cf[10040] = breached() AND cf[10040] != completed()) OR (cf[10041] = breached() AND cf[10041] != completed())) ORDER BY key ASC',
		);
	});
});

describe('what an SLA field says', () => {
	const now = Date.UTC(2026, 11, 2, 12);
	const cycle = (remaining: number, breached = false) => ({
		startTime: { epochMillis: now - 4 * 60 * MINUTE },
		breachTime: { epochMillis: now + remaining },
		breached,
		paused: false,
		remainingTime: { millis: remaining },
	});
	const issue = (first: object | null, resolution: object | null = null) => ({
		id: '10001',
		fields: { customfield_10040: first && { id: '1', ongoingCycle: first }, customfield_10041: resolution && { id: '2', ongoingCycle: resolution } },
	});
	const all = new Set(['slaAtRisk', 'slaBreached']);

	test('a cycle below the threshold is at risk from its goal less the threshold', () => {
		const [risk] = slaOccurrences(issue(cycle(20 * MINUTE)), fields, all, 30 * MINUTE, now);
		expect(risk).toMatchObject({ kind: 'slaAtRisk', at: now - 10 * MINUTE, key: `10001/customfield_10040/${now - 4 * 60 * MINUTE}/slaAtRisk` });
	});

	test('a breached cycle is at risk and breached (each at its moment); only the selected kinds count', () => {
		const found = slaOccurrences(issue(cycle(-5 * MINUTE, true)), fields, all, 30 * MINUTE, now);
		expect(found.map(({ kind, at }) => [kind, at])).toEqual([
			['slaAtRisk', now - 35 * MINUTE],
			['slaBreached', now - 5 * MINUTE],
		]);
		expect(slaOccurrences(issue(cycle(-5 * MINUTE, true)), fields, new Set(['slaBreached']), 30 * MINUTE, now).map(({ kind }) => kind)).toEqual(['slaBreached']);
	});

	test('completed, missing and shapeless SLA fields say nothing', () => {
		expect(slaOccurrences(issue(null, { breached: true }), fields, all, 30 * MINUTE, now)).toEqual([]);
		expect(slaOccurrences({ id: '1', fields: { customfield_10040: 'text' } }, fields, all, 30 * MINUTE, now)).toEqual([]);
		expect(slaOccurrences({ id: '1' }, fields, all, 30 * MINUTE, now)).toEqual([]);
		expect(slaOccurrences(issue(cycle(40 * MINUTE)), fields, all, 30 * MINUTE, now)).toEqual([]);
	});
});

describe('who a changelog item added', () => {
	test('the ids of either side, in the forms Jira may write them', () => {
		expect(listedIds('[a1, b2]')).toEqual(['a1', 'b2']);
		expect(listedIds('a1,b2')).toEqual(['a1', 'b2']);
		expect(listedIds('')).toEqual([]);
		expect(listedIds(null)).toEqual([]);
	});

	test('the ids on the "to" side that were not on the "from" side, of that field only', () => {
		const history = {
			items: [
				{ field: 'Request participants', fieldId: 'customfield_10026', from: '[u1]', to: '[u1, u2, u3]' },
				{ field: 'Organizations', fieldId: 'customfield_10002', from: null, to: '[7]' },
				{ field: 'status', fieldId: 'status', from: '1', to: '2' },
			],
		};
		expect(addedIds(history, 'customfield_10026', 'request participants')).toEqual(['u2', 'u3']);
		expect(addedIds(history, 'customfield_10002', 'organizations')).toEqual(['7']);
		// A site whose field list lacks the field: by the field's name.
		expect(addedIds({ items: [{ field: 'Organizations', to: '5' }] }, undefined, 'organizations')).toEqual(['5']);
		expect(addedIds({ items: [{ field: 'Request participants', fieldId: 'customfield_10026', from: '[u1, u2]', to: '[u1]' }] }, 'customfield_10026', 'request participants')).toEqual([]);
	});
});
