import type { INodeProperties } from 'n8n-workflow';

import { triggerProperties } from '../../JiraServiceManagementTrigger/trigger/description';
import { pollEventOptions } from './events';

/** The webhook trigger's own filter fields (same names, so its service desk and request type lists work here). */
const shared = (name: string): INodeProperties => {
	const property = triggerProperties.find((candidate) => candidate.name === name);
	if (!property) throw new Error(`The trigger has no "${name}" field`);
	return property;
};
const sharedOption = (name: string) =>
	(shared('options').options as INodeProperties[]).find((option) => option.name === name) as INodeProperties;

export const pollProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'API Token', value: 'apiToken' },
			{ name: 'OAuth2', value: 'oAuth2' },
		],
		default: 'apiToken',
		description: 'Any account that can browse the service desks works: polling needs no admin permission and no webhook',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: pollEventOptions,
		required: true,
		default: [],
		description:
			'The changes that start the workflow, found by searching Jira on every poll; each change starts it once',
	},
	shared('serviceDesks'),
	shared('requestTypes'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			sharedOption('commentVisibility'),
			{
				displayName: 'Custom JQL',
				name: 'jql',
				type: 'string',
				default: '',
				placeholder: 'priority = High',
				description: 'Only requests this JQL matches (a condition without ORDER BY)',
			},
			{
				...sharedOption('includeRaw'),
				description: 'Whether to add the Jira issue (with the comment or changelog entry) as "raw"',
			},
		],
	},
];
