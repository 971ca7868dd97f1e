import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_DELIVERY_AGE_MINUTES } from './authenticity';
import { eventOptions } from '../../shared/trigger/events';

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'API Token (Jira Admin)', value: 'apiToken' },
			{ name: 'OAuth2', value: 'oAuth2' },
		],
		default: 'apiToken',
		description:
			'With an API token the account needs the Administer Jira global permission. OAuth2 uses dynamic webhooks: one trigger per OAuth2 app, and for a private app only when its owner connected the credential.',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: eventOptions,
		required: true,
		default: [],
		description: 'The events that start the workflow; any other event is ignored',
	},
	{
		displayName: 'Service Desk Names or IDs',
		name: 'serviceDesks',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getServiceDeskProjects' },
		default: [],
		description:
			'Only events of requests in these service desks (none means all; the IDs are project keys such as ITS). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Request Type Names or IDs',
		name: 'requestTypes',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getRequestTypes' },
		default: [],
		description:
			'Only events of requests of these types (none means all). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Comment Visibility',
				name: 'commentVisibility',
				type: 'options',
				options: [
					{ name: 'All Comments', value: 'all' },
					{ name: 'Public Replies Only', value: 'public' },
					{ name: 'Internal Notes Only', value: 'internal' },
				],
				default: 'all',
				description: 'Which comments start the workflow, for comment events',
			},
			{
				displayName: 'Custom JQL',
				name: 'jql',
				type: 'string',
				default: '',
				placeholder: 'issuetype = Incident AND status != Done',
				description:
					'Jira sends issue events only for issues this JQL matches. With OAuth2 only the fields issueKey, project, issuetype, status, assignee and reporter with =, !=, IN and NOT IN.',
			},
			{
				displayName: 'Maximum Delivery Age (Minutes)',
				name: 'maxDeliveryAgeMinutes',
				type: 'number',
				default: DEFAULT_MAX_DELIVERY_AGE_MINUTES,
				typeOptions: { minValue: 1, numberPrecision: 0 },
				description:
					'Deliveries whose signed timestamp is older are refused as possible replays. Jira retries a failed delivery for up to 30 minutes, so keep this above 30.',
			},
			{
				displayName: 'Include Raw Payload',
				name: 'includeRaw',
				type: 'boolean',
				default: false,
				description: 'Whether to add the whole Jira payload as "raw"',
			},
		],
	},
];
