import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resources } from './actions/resources';
import { router } from './actions/router';
import { listSearch, resourceMapping } from './methods';

export class JiraServiceManagement implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Jira Service Management',
		name: 'jiraServiceManagement',
		icon: { light: 'file:jsm.svg', dark: 'file:jsm.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Work with Jira Service Management requests, comments, customers, organizations and more',
		defaults: { name: 'Jira Service Management' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'jiraServiceManagementApi',
				required: true,
				displayOptions: { show: { authentication: ['apiToken'] } },
			},
			{
				name: 'jiraServiceManagementOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'API Token', value: 'apiToken' },
					{ name: 'OAuth2', value: 'oAuth2' },
				],
				default: 'apiToken',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Comment', value: 'comment', description: 'Public replies and internal notes on a request' },
					{ name: 'Request', value: 'request', description: 'A customer request raised through a service desk' },
					{ name: 'Request Type', value: 'requestType', description: 'The kinds of request a service desk offers' },
					{ name: 'Service Desk', value: 'serviceDesk', description: 'A service desk project with its portal' },
				],
				default: 'request',
			},
			...resources.comment.description,
			...resources.request.description,
			...resources.requestType.description,
			...resources.serviceDesk.description,
		],
	};

	methods = { listSearch, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
