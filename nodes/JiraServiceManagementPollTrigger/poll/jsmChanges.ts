import type { IDataObject } from 'n8n-workflow';

import { changelogFieldOf } from '../../shared/trigger/changelog';
import type { EventContext, PolledEvent } from './changes';
import { emit, issueOf } from './changes';
import { parseJiraTime } from './jiraTime';

// The events Jira sends no webhook for, built from what the poll read: SLA fields of a search, a request's
// approvals (GET /rest/servicedeskapi/request/{issueIdOrKey}/approval) and its changelog.

/** A JSM DateDTO (`epochMillis`, `iso8601`, ...) in milliseconds; NaN when there is none. */
export function dateMillis(value: unknown): number {
	const date = (value ?? {}) as IDataObject;
	return typeof date.epochMillis === 'number' ? date.epochMillis : parseJiraTime(date.iso8601);
}

const isoOf = (value: unknown) => (value as IDataObject | undefined)?.iso8601;
const fieldsOf = (raw: IDataObject) => (raw.fields ?? {}) as IDataObject;

/** The site's ids of JSM's own fields (they differ from site to site). */
export interface JsmFields {
	participants?: string;
	organizations?: string;
	/** SLA fields: id and name ("Time to first response"). */
	slas: Array<{ id: string; name: string }>;
}

/** The ids a multi-value changelog side lists: "[a, b]", "a, b" or "a,b". */
export function listedIds(value: unknown): string[] {
	if (typeof value !== 'string') return [];
	return value
		.replace(/^\s*\[|\]\s*$/g, '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
}

/** The ids a changelog entry added to the field (by its id; by its English name where the site lists no such field). */
export function addedIds(history: IDataObject, fieldId: string | undefined, fieldName: string): string[] {
	const added = new Set<string>();
	for (const item of (Array.isArray(history.items) ? history.items : []) as IDataObject[]) {
		const field = changelogFieldOf(item);
		if (fieldId ? field !== fieldId.toLowerCase() : String(item.field ?? '').toLowerCase() !== fieldName) continue;
		const before = new Set(listedIds(item.from));
		for (const id of listedIds(item.to)) if (!before.has(id)) added.add(id);
	}
	return [...added];
}

/** One event per person or organization a changelog entry added; the names come from the request's field now. */
export function additionEvents(
	kind: 'participantAdded' | 'organizationAdded',
	raw: IDataObject,
	history: IDataObject,
	fields: JsmFields,
	current: IDataObject,
	context: EventContext,
): PolledEvent[] {
	const participants = kind === 'participantAdded';
	const fieldId = participants ? fields.participants : fields.organizations;
	const ids = addedIds(history, fieldId, participants ? 'request participants' : 'organizations');
	const present = (fieldId ? fieldsOf(current)[fieldId] ?? [] : []) as IDataObject[];
	const payload: IDataObject = { timestamp: parseJiraTime(history.created), issue: issueOf(raw) };
	const events: PolledEvent[] = [];
	for (const id of ids) {
		const now = Array.isArray(present) ? present.find((entry) => String(participants ? entry.accountId : entry.id) === id) : undefined;
		const extra = participants
			? { participant: { accountId: id, displayName: now?.displayName }, changelogId: history.id }
			: { organization: { id, name: now?.name }, changelogId: history.id };
		const event = emit(kind, payload, context, `${String(raw.key)} h${String(history.id)} ${id}`, extra);
		if (event) events.push(event);
	}
	return events;
}

function approvalOutput(approval: IDataObject): IDataObject {
	return {
		id: approval.id,
		name: approval.name,
		finalDecision: approval.finalDecision,
		canAnswer: approval.canAnswerApproval === true,
		approvers: (Array.isArray(approval.approvers) ? (approval.approvers as IDataObject[]) : []).map((entry) => {
			const approver = (entry?.approver ?? {}) as IDataObject;
			return { accountId: approver.accountId, displayName: approver.displayName, decision: entry.approverDecision };
		}),
		created: isoOf(approval.createdDate),
		completed: isoOf(approval.completedDate),
	};
}

/** A new approval (at its creation), or its final decision (at its completion). */
export function approvalEvent(
	kind: 'approvalRequired' | 'approvalCompleted',
	raw: IDataObject,
	approval: IDataObject,
	context: EventContext,
): PolledEvent | undefined {
	const required = kind === 'approvalRequired';
	const payload: IDataObject = { timestamp: dateMillis(required ? approval.createdDate : approval.completedDate), issue: issueOf(raw) };
	const extra: IDataObject = { approval: approvalOutput(approval) };
	if (!required) extra.decision = approval.finalDecision;
	return emit(kind, payload, context, `${String(raw.key)} a${String(approval.id)} ${kind}`, extra);
}

/** An SLA cycle that went below the threshold or breached, at the moment it did. */
export function slaEvent(
	kind: 'slaAtRisk' | 'slaBreached',
	raw: IDataObject,
	field: { id: string; name: string },
	sla: IDataObject,
	at: number,
	context: EventContext,
): PolledEvent | undefined {
	const cycle = (sla.ongoingCycle ?? {}) as IDataObject;
	const remaining = (cycle.remainingTime ?? {}) as IDataObject;
	const payload: IDataObject = { timestamp: at, issue: issueOf(raw) };
	const extra = {
		sla: {
			fieldId: field.id,
			metricId: sla.id,
			name: sla.name ?? field.name,
			breached: cycle.breached === true,
			paused: cycle.paused === true,
			withinCalendarHours: cycle.withinCalendarHours,
			remainingMillis: remaining.millis,
			remaining: remaining.friendly,
			goal: ((cycle.goalDuration ?? {}) as IDataObject).friendly,
			startTime: isoOf(cycle.startTime),
			breachTime: isoOf(cycle.breachTime),
		},
	};
	return emit(kind, payload, context, `${String(raw.key)} s${field.id} ${kind}`, extra);
}
