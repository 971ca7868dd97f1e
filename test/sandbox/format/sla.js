'use strict';
// SLAs of a request: one cycle per metric, from creation until the metric's stop event, on the site's clock.
// Rendered as JSM's SlaInformationDTO (GET /rest/servicedeskapi/request/{issueIdOrKey}/sla), which is also
// what Jira Cloud puts in an SLA custom field (schema custom `com.atlassian.servicedesk:sd-sla-field`, type
// `sd-servicelevelagreement`) of an issue or search result: other integrators read `ongoingCycle.breached`
// and `completedCycles` from search results (onyx-dot-app/onyx, connectors/jira/service_management_connector
// tests; Jira's field list, e.g. demisto/content's Jira field fixtures).
const { dateDto, durationDto } = require('./dates');
const { CF } = require('../catalog');

// SLA goals by priority id (hours): first response, resolution.
const SLA_GOALS = { 1: [1, 8], 2: [2, 24], 3: [4, 48], 4: [8, 96], 5: [16, 168] };
const SLA_METRICS = [
	{ id: '1', fieldId: CF.SLA_FIRST_RESPONSE, name: 'Time to first response', stop: (issue) => issue.firstResponseAt, goal: 0 },
	{ id: '2', fieldId: CF.SLA_RESOLUTION, name: 'Time to resolution', stop: (issue) => issue.resolvedAt, goal: 1 },
];
const PAUSED_STATUS = '10002';

/** The metric's one cycle at `now`: when it started, breaches, stopped (null while ongoing). */
function slaCycle(issue, metric, now) {
	const goal = SLA_GOALS[issue.priorityId || '3'][metric.goal] * 3600000;
	const start = issue.createdAt;
	const breachAt = start + goal;
	const stop = metric.stop(issue) || null;
	return { start, goal, breachAt, stop, ongoing: !stop, breached: (stop ?? now) > breachAt, paused: !stop && issue.statusId === PAUSED_STATUS, remaining: breachAt - (stop ?? now) };
}

function slaDto(base, issue, metric, now) {
	const cycle = slaCycle(issue, metric, now);
	const out = { id: metric.id, name: metric.name, _links: { self: `${base}/rest/servicedeskapi/request/${issue.id}/sla/${metric.id}` }, completedCycles: [], slaDisplayFormat: 'NEW_SLA_FORMAT' };
	const times = { startTime: dateDto(cycle.start), breachTime: dateDto(cycle.breachAt), breached: cycle.breached, goalDuration: durationDto(cycle.goal), remainingTime: durationDto(cycle.remaining) };
	if (cycle.stop) out.completedCycles.push({ ...times, stopTime: dateDto(cycle.stop), elapsedTime: durationDto(cycle.stop - cycle.start) });
	else out.ongoingCycle = { ...times, paused: cycle.paused, withinCalendarHours: true, elapsedTime: durationDto(now - cycle.start) };
	return out;
}

const slaList = (base, issue, now) => SLA_METRICS.map((m) => slaDto(base, issue, m, now));
const metricOfField = (fieldId) => SLA_METRICS.find((m) => m.fieldId === fieldId);

module.exports = { SLA_METRICS, slaCycle, slaDto, slaList, metricOfField };
