import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ALERT_CHANGES } from './alertChanges';

/** JSM Operations alert events: read from the Operations API, not from Jira's search (Jira Cloud only). */
export const ALERT_EVENTS = ['alertCreated', 'alertStatusChanged'] as const;
export type AlertEvent = (typeof ALERT_EVENTS)[number];

export const alertEventOptions: INodePropertyOptions[] = [
	{ name: 'New Alert', value: 'alertCreated', description: 'A JSM Operations alert was created (Jira Cloud only)' },
	{
		name: 'Alert Status Changed',
		value: 'alertStatusChanged',
		description: 'A JSM Operations alert was acknowledged, unacknowledged, snoozed or closed (Jira Cloud only)',
	},
];

const CHANGE_NAMES: Record<(typeof ALERT_CHANGES)[number], string> = {
	acknowledged: 'Acknowledged',
	closed: 'Closed',
	snoozed: 'Snoozed',
	unacknowledged: 'Unacknowledged (Reopened)',
};

/** The alert events' own filters: the service desk and request type filters do not apply to alerts. */
export const alertOptionsProperty: INodeProperties = {
	displayName: 'Alert Options',
	name: 'alertOptions',
	type: 'collection',
	placeholder: 'Add Alert Option',
	default: {},
	displayOptions: { show: { events: [...ALERT_EVENTS] } },
	options: [
		{
			displayName: 'Alert Query',
			name: 'query',
			type: 'string',
			default: '',
			placeholder: 'tag: database AND teams: Platform',
			description:
				'Only alerts this JSM Operations alert search matches: field: value terms (priority, tag, message, entity, source, owner, teams) joined with AND, OR, NOT',
		},
		{
			displayName: 'Priorities',
			name: 'priorities',
			type: 'multiOptions',
			options: ['P1', 'P2', 'P3', 'P4', 'P5'].map((priority) => ({ name: priority, value: priority })),
			default: [],
			description: 'Only alerts of these priorities (none means all)',
		},
		{
			displayName: 'Status Changes',
			name: 'statusChanges',
			type: 'multiOptions',
			options: ALERT_CHANGES.map((change) => ({ name: CHANGE_NAMES[change], value: change })).sort((a, b) => a.name.localeCompare(b.name)),
			default: [],
			description: 'For Alert Status Changed: which changes start the workflow (none means all)',
		},
	],
};
