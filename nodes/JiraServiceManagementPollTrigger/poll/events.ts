import type { INodePropertyOptions } from 'n8n-workflow';

import { ANY_EVENT, eventOptions } from '../../shared/trigger/events';
import { alertEventOptions } from './alertDescription';

/** The webhook trigger's events that a search can observe (deletions and user events leave no trace in it). */
const WEBHOOK_EVENTS = ['requestCreated', 'requestUpdated', 'statusChanged', 'commentCreated'] as const;

/**
 * Events Jira sends no webhook for, which Atlassian's own automation offers as triggers ("SLA time remaining",
 * "Approval required", "Approval completed", "Participant added", "Organization added").
 */
const JSM_EVENTS = [
	{ value: 'slaAtRisk', name: 'SLA At Risk', description: 'An ongoing SLA cycle has less time left than the SLA threshold (once per cycle and SLA)' },
	{ value: 'slaBreached', name: 'SLA Breached', description: 'An ongoing SLA cycle breached its goal (once per cycle and SLA)' },
	{ value: 'approvalRequired', name: 'Approval Required', description: 'A request is waiting for a new approval' },
	{ value: 'approvalCompleted', name: 'Approval Completed', description: 'An approval got its final decision (approved or declined)' },
	{ value: 'participantAdded', name: 'Participant Added', description: 'Someone was added to the request participants (one event per person)' },
	{ value: 'organizationAdded', name: 'Organization Added', description: 'A request was shared with an organization (one event per organization)' },
] as const;

export const POLL_EVENTS = [...WEBHOOK_EVENTS, ...JSM_EVENTS.map((event) => event.value)] as const;
export type PollEvent = (typeof POLL_EVENTS)[number];

export const pollEventOptions: INodePropertyOptions[] = [
	{ name: 'Any Event', value: ANY_EVENT, description: 'Every request event (alert events are chosen on their own)' },
	...eventOptions.filter((event) => (WEBHOOK_EVENTS as readonly string[]).includes(String(event.value))),
	...JSM_EVENTS.map(({ name, value, description }) => ({ name, value, description })),
	...alertEventOptions,
	// Sorted by name, as n8n's lint rule for multi-option lists asks (Any Event among them).
].sort((a, b) => a.name.localeCompare(b.name));

export function selectedPollEvents(selected: string[]): Set<PollEvent> {
	return new Set(POLL_EVENTS.filter((event) => selected.includes(ANY_EVENT) || selected.includes(event)));
}
