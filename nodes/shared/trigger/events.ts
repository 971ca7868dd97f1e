import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { changelogFieldOf } from './changelog';

/** A trigger event as users pick it, and the Jira webhook events that can carry it. */
interface TriggerEvent {
	value: string;
	name: string;
	description: string;
	jiraEvents: string[];
	/** Extra check on the payload, e.g. a status change is an issue update whose changelog touches status. */
	matches?: (payload: IDataObject) => boolean;
	/** Whether dynamic webhooks (OAuth2 apps) can deliver it; Jira offers them only issue and comment events. */
	dynamic: boolean;
}

function changedFields(payload: IDataObject): string[] {
	const items = ((payload.changelog as IDataObject | undefined)?.items ?? []) as IDataObject[];
	return items.map(changelogFieldOf);
}

export const TRIGGER_EVENTS: TriggerEvent[] = [
	{ value: 'requestCreated', name: 'Request Created', description: 'A request (issue) was raised', jiraEvents: ['jira:issue_created'], dynamic: true },
	{ value: 'requestUpdated', name: 'Request Updated', description: 'Any field of a request changed', jiraEvents: ['jira:issue_updated'], dynamic: true },
	{
		value: 'statusChanged',
		name: 'Status Changed',
		description: 'A request moved to another status',
		jiraEvents: ['jira:issue_updated'],
		matches: (payload) => changedFields(payload).includes('status'),
		dynamic: true,
	},
	{ value: 'requestDeleted', name: 'Request Deleted', description: 'A request was deleted', jiraEvents: ['jira:issue_deleted'], dynamic: true },
	{ value: 'commentCreated', name: 'Comment Created', description: 'A reply or internal note was added', jiraEvents: ['comment_created'], dynamic: true },
	{ value: 'commentUpdated', name: 'Comment Updated', description: 'A comment was edited', jiraEvents: ['comment_updated'], dynamic: true },
	{ value: 'commentDeleted', name: 'Comment Deleted', description: 'A comment was deleted', jiraEvents: ['comment_deleted'], dynamic: true },
	{ value: 'attachmentCreated', name: 'Attachment Created', description: 'A file was attached', jiraEvents: ['attachment_created'], dynamic: false },
	{ value: 'attachmentDeleted', name: 'Attachment Deleted', description: 'An attachment was removed', jiraEvents: ['attachment_deleted'], dynamic: false },
	{ value: 'userCreated', name: 'User Created', description: 'A user account was created (licence work)', jiraEvents: ['user_created'], dynamic: false },
	{ value: 'userUpdated', name: 'User Updated', description: 'A user account changed', jiraEvents: ['user_updated'], dynamic: false },
	{ value: 'userDeleted', name: 'User Deleted', description: 'A user account was deleted', jiraEvents: ['user_deleted'], dynamic: false },
];

export const ANY_EVENT = '*';

/**
 * Jira events whose deliveries carry no issue at all (only the attachment: its id, file name, author),
 * and whose attachment cannot be traced back to its request (Jira's attachment metadata names no
 * issue; the attachment of a delete is gone). Service desk and request type filters cannot apply to them.
 */
export const EVENTS_WITHOUT_ISSUE = ['attachment_created', 'attachment_deleted'];

/** The Events dropdown: Any Event, then the events by name (n8n's rule for options lists). */
export const eventOptions: INodePropertyOptions[] = [
	{ name: 'Any Event', value: ANY_EVENT, description: 'Every event below' },
	...TRIGGER_EVENTS.map(({ name, value, description }) => ({ name, value, description })).sort((a, b) => a.name.localeCompare(b.name)),
];

function selectedEvents(selected: string[]): TriggerEvent[] {
	return selected.includes(ANY_EVENT) ? TRIGGER_EVENTS : TRIGGER_EVENTS.filter((e) => selected.includes(e.value));
}

/** The Jira webhook events to register for the user's choice. */
export function jiraEventsFor(selected: string[]): string[] {
	return [...new Set(selectedEvents(selected).flatMap((event) => event.jiraEvents))];
}

/** Selected events that OAuth2 dynamic webhooks cannot deliver. */
export function eventsWithoutDynamicSupport(selected: string[]): string[] {
	return selectedEvents(selected)
		.filter((event) => !event.dynamic)
		.map((event) => event.name);
}

/**
 * Which of the selected events a delivery is, most specific first (a status change is also an update);
 * undefined when the user did not select it, so it starts nothing.
 */
export function classify(payload: IDataObject, selected: string[]): string | undefined {
	const webhookEvent = String(payload.webhookEvent ?? '');
	const candidates = selectedEvents(selected).filter(
		(event) => event.jiraEvents.includes(webhookEvent) && (event.matches?.(payload) ?? true),
	);
	const specific = candidates.find((event) => event.matches) ?? candidates[0];
	return specific?.value;
}
