import type { INodePropertyOptions } from 'n8n-workflow';

import { ANY_EVENT, eventOptions } from '../../shared/trigger/events';

/** The webhook trigger's events that a search can observe (deletions and user events leave no trace in it). */
export const POLL_EVENTS = ['requestCreated', 'requestUpdated', 'statusChanged', 'commentCreated'] as const;
export type PollEvent = (typeof POLL_EVENTS)[number];

export const pollEventOptions: INodePropertyOptions[] = [
	{ name: 'Any Event', value: ANY_EVENT, description: 'Every event below' },
	...eventOptions.filter((event) => (POLL_EVENTS as readonly string[]).includes(String(event.value))),
];

export function selectedPollEvents(selected: string[]): Set<PollEvent> {
	return new Set(POLL_EVENTS.filter((event) => selected.includes(ANY_EVENT) || selected.includes(event)));
}
