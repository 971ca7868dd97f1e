import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../../shared/authentication';
import { optionsCollection } from '../../shared/helpers/collections';
import {
	commentVisibilityOption,
	customJqlOption,
	eventsProperty,
	includeRawOption,
	requestFilterProperties,
} from '../../shared/trigger/properties';
import { alertOptionsProperty } from './alertDescription';
import { pollEventOptions } from './events';

export const ONLY_ANSWERABLE_LABEL = 'Only Approvals the Connected Account Can Answer';

export const pollProperties: INodeProperties[] = [
	{
		...authenticationProperty,
		description: 'Any account that can browse the service desks works: polling needs no admin permission and no webhook',
	},
	eventsProperty(
		pollEventOptions,
		'The changes that start the workflow, found by searching Jira on every poll; each change starts it once',
	),
	...requestFilterProperties,
	optionsCollection([
		commentVisibilityOption,
		customJqlOption('priority = High', 'Only requests this JQL matches (a condition without ORDER BY)'),
		includeRawOption('Whether to add the Jira issue (with the comment or changelog entry) as "raw"'),
		{
			displayName: ONLY_ANSWERABLE_LABEL,
			name: 'onlyAnswerableApprovals',
			type: 'boolean',
			default: false,
			description: 'Whether Approval Required starts the workflow only for approvals this account can still approve or decline',
		},
		{
			displayName: 'SLA Threshold (Minutes)',
			name: 'slaThresholdMinutes',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 30,
			description: 'SLA At Risk starts the workflow once an ongoing SLA cycle has less time than this left',
		},
	]),
	alertOptionsProperty,
];
