import type { IDataObject } from 'n8n-workflow';

import { changelogFieldOf } from '../../shared/trigger/changelog';
import type { TriggerFilters } from '../../shared/trigger/filters';
import { passesFilters } from '../../shared/trigger/filters';
import { eventOutput } from '../../shared/trigger/output';
import { parseJiraTime } from './jiraTime';

/** One event found by a poll, in the webhook trigger's output shape. */
export interface PolledEvent {
	timestamp: number;
	/** Tie-break for events at the same millisecond, so the order is stable. */
	order: string;
	json: IDataObject;
}

export interface EventContext {
	filters: TriggerFilters;
	includeRaw: boolean;
}

/** The issue as a webhook payload carries it: without the expanded changelog. */
export function issueOf(raw: IDataObject): IDataObject {
	const issue = { ...raw };
	delete issue.changelog;
	return issue;
}

export function emit(event: string, payload: IDataObject, context: EventContext, order: string, extra: IDataObject = {}) {
	if (!passesFilters(payload, context.filters)) return undefined;
	const json = { ...eventOutput(event, payload, context.includeRaw), ...extra };
	return { timestamp: payload.timestamp as number, order, json } satisfies PolledEvent;
}

const fieldsOf = (raw: IDataObject) => (raw.fields ?? {}) as IDataObject;

/** A new request, or an update to one (with what the changelog says changed since the last poll). */
export function requestEvent(
	event: 'requestCreated' | 'requestUpdated',
	raw: IDataObject,
	newHistories: IDataObject[],
	context: EventContext,
): PolledEvent | undefined {
	const created = event === 'requestCreated';
	const timestamp = parseJiraTime(fieldsOf(raw)[created ? 'created' : 'updated']);
	const payload: IDataObject = { webhookEvent: created ? 'jira:issue_created' : 'jira:issue_updated', timestamp, issue: issueOf(raw) };
	if (!created && newHistories.length) {
		const oldestFirst = [...newHistories].sort((a, b) => parseJiraTime(a.created) - parseJiraTime(b.created));
		payload.changelog = { items: oldestFirst.flatMap((history) => (history.items ?? []) as IDataObject[]) };
	}
	return emit(event, payload, context, `${String(raw.key)} ${event}`);
}

export function isStatusChange(history: IDataObject): boolean {
	const items = (history.items ?? []) as IDataObject[];
	return items.some((item) => changelogFieldOf(item) === 'status');
}

/** A changelog entry that moved the request to another status. */
export function statusEvent(raw: IDataObject, history: IDataObject, context: EventContext): PolledEvent | undefined {
	if (!isStatusChange(history)) return undefined;
	const payload: IDataObject = {
		webhookEvent: 'jira:issue_updated',
		timestamp: parseJiraTime(history.created),
		issue: issueOf(raw),
		changelog: { id: history.id, items: history.items },
	};
	return emit('statusChanged', payload, context, `${String(raw.key)} h${String(history.id)}`, { changelogId: history.id });
}

/** A reply or internal note (the comment's `jsdPublic` tells which). */
export function commentEvent(raw: IDataObject, comment: IDataObject, context: EventContext): PolledEvent | undefined {
	const payload: IDataObject = {
		webhookEvent: 'comment_created',
		timestamp: parseJiraTime(comment.created),
		issue: issueOf(raw),
		comment,
	};
	return emit('commentCreated', payload, context, `${String(raw.key)} c${String(comment.id)}`);
}

export const byTime = (a: PolledEvent, b: PolledEvent) => a.timestamp - b.timestamp || a.order.localeCompare(b.order);
