import type { IDataObject } from 'n8n-workflow';

import { registrationJql, type TriggerFilters } from '../../shared/trigger/filters';
import { dateMillis, type JsmFields } from './jsmChanges';

export type SlaEvent = 'slaAtRisk' | 'slaBreached';

/** The JQL clause name of a custom field (`customfield_10040` → `cf[10040]`): unlike its name, it is unique and not translated. */
const clauseOf = (fieldId: string) => `cf[${fieldId.replace(/^customfield_/, '')}]`;

/**
 * The requests with an ongoing SLA cycle that is at risk or breached, by JSM's SLA functions ("Write JQL
 * queries for SLAs", support.atlassian.com/jira-service-management-cloud/docs/write-jql-queries-for-slas/; "Reporting
 * on SLAs", confluence.atlassian.com/servicedesk025/reporting-on-slas-754977517.html): `< remaining("30m")` only
 * matches ongoing cycles (running or paused) and also finds those past their goal; `= breached()` is the last
 * cycle, completed or not, hence `!= completed()`. SLA time passes without the request being updated, so a
 * search by update time cannot find these.
 */
export function slaJql(filters: TriggerFilters, fields: JsmFields, events: Set<string>, thresholdMs: number): string {
	const minutes = Math.ceil(thresholdMs / 60_000);
	const clauses = fields.slas.map(({ id }) =>
		events.has('slaAtRisk') ? `${clauseOf(id)} < remaining("${minutes}m")` : `(${clauseOf(id)} = breached() AND ${clauseOf(id)} != completed())`,
	);
	return `${[registrationJql(filters), `(${clauses.join(' OR ')})`].filter(Boolean).join(' AND ')} ORDER BY key ASC`;
}

export interface SlaOccurrence {
	kind: SlaEvent;
	field: { id: string; name: string };
	sla: IDataObject;
	/** When it happened: the goal less the threshold, or the goal itself (never later than `now`). */
	at: number;
	/** The cycle and the event: a cycle is at risk once and breaches once. */
	key: string;
}

/** What the request's SLA fields (as a search returns them: SlaInformation, with `ongoingCycle`) say now. */
export function slaOccurrences(issue: IDataObject, fields: JsmFields, events: Set<string>, thresholdMs: number, now: number): SlaOccurrence[] {
	const values = (issue.fields ?? {}) as IDataObject;
	const found: SlaOccurrence[] = [];
	for (const field of fields.slas) {
		const sla = (values[field.id] ?? {}) as IDataObject;
		const cycle = sla.ongoingCycle as IDataObject | undefined;
		const start = dateMillis(cycle?.startTime);
		if (!cycle || !Number.isFinite(start)) continue;
		const breachAt = dateMillis(cycle.breachTime);
		const remaining = Number((cycle.remainingTime as IDataObject | undefined)?.millis);
		const moment = (at: number) => (Number.isFinite(at) ? Math.min(at, now) : now);
		const candidates: Array<[SlaEvent, boolean, number]> = [
			['slaAtRisk', remaining < thresholdMs || cycle.breached === true, moment(breachAt - thresholdMs)],
			['slaBreached', cycle.breached === true, moment(breachAt)],
		];
		for (const [kind, happened, at] of candidates) {
			if (happened && events.has(kind)) found.push({ kind, field, sla, at, key: `${String(issue.id)}/${field.id}/${start}/${kind}` });
		}
	}
	return found;
}
