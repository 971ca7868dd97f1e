import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_DELIVERY_AGE_MINUTES } from './authenticity';
import { authenticationProperty } from '../../shared/authentication';
import { optionsCollection } from '../../shared/helpers/collections';
import { eventOptions } from '../../shared/trigger/events';
import {
	commentVisibilityOption,
	customJqlOption,
	eventsProperty,
	includeRawOption,
	requestFilterProperties,
} from '../../shared/trigger/properties';

export const triggerProperties: INodeProperties[] = [
	{
		...authenticationProperty,
		// Registering a webhook with an API token takes a Jira admin: the choice says so.
		options: [
			{ name: 'API Token (Jira Admin)', value: 'apiToken' },
			{ name: 'OAuth2', value: 'oAuth2' },
		],
		description:
			'With an API token the account needs the Administer Jira global permission. OAuth2 uses dynamic webhooks: one trigger per OAuth2 app, and for a private app only when its owner connected the credential.',
	},
	eventsProperty(eventOptions, 'The events that start the workflow; any other event is ignored'),
	...requestFilterProperties,
	optionsCollection([
		commentVisibilityOption,
		customJqlOption(
			'issuetype = Incident AND status != Done',
			'Jira sends issue events only for issues this JQL matches. With OAuth2 only the fields issueKey, project, issuetype, status, assignee and reporter with =, !=, IN and NOT IN.',
		),
		{
			displayName: 'Maximum Delivery Age (Minutes)',
			name: 'maxDeliveryAgeMinutes',
			type: 'number',
			default: DEFAULT_MAX_DELIVERY_AGE_MINUTES,
			typeOptions: { minValue: 1, numberPrecision: 0 },
			description:
				'Deliveries whose signed timestamp is older are refused as possible replays. Jira retries a failed delivery for up to 30 minutes, so keep this above 30.',
		},
		includeRawOption('Whether to add the whole Jira payload as "raw"'),
	]),
];
