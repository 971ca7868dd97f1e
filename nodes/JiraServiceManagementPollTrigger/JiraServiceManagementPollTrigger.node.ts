import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as credentialTest from '../shared/methods/credentialTest';
import { getRequestTypes, getServiceDeskProjects } from '../shared/trigger/loadOptions';
import { pollProperties } from './poll/description';
import { latestEvent, newEvents } from './poll/run';

export class JiraServiceManagementPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Jira Service Management Poll Trigger',
		name: 'jiraServiceManagementPollTrigger',
		icon: { light: 'file:jsm.svg', dark: 'file:jsm.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when Jira Service Management requests change, get comments, approvals or participants, or their SLAs are at risk or breached, or JSM Operations alerts are raised or change status, by polling on a schedule (no admin permission or webhook needed)',
		defaults: { name: 'Jira Service Management Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'jiraServiceManagementApi',
				testedBy: 'jiraServiceManagementApiTest',
				required: true,
				displayOptions: { show: { authentication: ['apiToken'] } },
			},
			{
				name: 'jiraServiceManagementOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		properties: pollProperties,
	};

	// The credential dialog's test: n8n may look it up on any node that uses the credential.
	methods = { credentialTest, loadOptions: { getServiceDeskProjects, getRequestTypes } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const events = this.getMode() === 'manual' ? await latestEvent.call(this) : await newEvents.call(this);
		return events.length ? [this.helpers.returnJsonArray(events)] : null;
	}
}
