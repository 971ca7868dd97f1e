import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty } from '../shared/authentication';
import { resources } from './actions/resources';
import { router } from './actions/router';
import { performanceOption } from './helpers/concurrency';
import { credentialTest, listSearch, loadOptions, resourceMapping } from './methods';

export class JiraServiceManagement implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Jira Service Management',
		name: 'jiraServiceManagement',
		icon: { light: 'file:jsm.svg', dark: 'file:jsm.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Work with Jira Service Management requests, comments, customers, organizations, Assets objects, and JSM Operations alerts and on-call',
		defaults: { name: 'Jira Service Management' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'jiraServiceManagementApi',
				required: true,
				testedBy: 'jiraServiceManagementApiTest',
				displayOptions: { show: { authentication: ['apiToken'] } },
			},
			{
				name: 'jiraServiceManagementOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		properties: [
			authenticationProperty,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Alert (Operations)', value: 'alert', description: 'A JSM Operations alert: raise, acknowledge, assign, escalate and close it' },
					{ name: 'Application Role', value: 'applicationRole', description: 'A product licence (Jira Service Management, Software...) with its seats and groups' },
					{ name: 'Approval', value: 'approval', description: 'An approval step on a request, answered by its approvers' },
					{ name: 'Assets Object', value: 'assetsObject', description: 'A configuration item in Assets (CMDB), such as a laptop, found with AQL' },
					{ name: 'Assets Object Schema', value: 'assetsObjectSchema', description: 'An Assets schema: a catalogue of object types, such as IT Assets' },
					{ name: 'Assets Object Type', value: 'assetsObjectType', description: 'A kind of Assets object (Laptop, Location) and its attributes' },
					{ name: 'Attachment', value: 'attachment', description: 'Files attached to a request, downloaded or uploaded as n8n binary data' },
					{ name: 'Audit Record', value: 'auditRecord', description: 'An entry of the admin audit log: user, group and configuration changes' },
					{ name: 'Comment', value: 'comment', description: 'Public replies and internal notes on a request' },
					{ name: 'Customer', value: 'customer', description: 'People who raise requests on the portal, and their access to service desks' },
					{ name: 'Form', value: 'form', description: "A form on a request (JSM forms): its answers, submission and who sees it" },
					{ name: 'Group', value: 'group', description: 'A user group, which grants product access and permissions' },
					{ name: 'Heartbeat (Operations)', value: 'heartbeat', description: 'A JSM Operations heartbeat that raises an alert when a monitored job stops pinging' },
					{ name: 'Issue', value: 'issue', description: 'Any Jira issue, found with JQL (incidents, changes, requests)' },
					{ name: 'Knowledge Base', value: 'knowledgeBase', description: 'Knowledge base articles linked to the service desks' },
					{ name: 'On-Call (Operations)', value: 'onCall', description: 'Who is on call now for a JSM Operations schedule' },
					{ name: 'Organization', value: 'organization', description: 'Groups of customers, such as the companies a service desk serves' },
					{ name: 'Participant', value: 'participant', description: 'People added to a request besides its reporter' },
					{ name: 'Queue', value: 'queue', description: 'Agent queues of a service desk and the requests in them' },
					{ name: 'Request', value: 'request', description: 'A customer request raised through a service desk' },
					{ name: 'Request Type', value: 'requestType', description: 'The kinds of request a service desk offers' },
					{ name: 'Schedule (Operations)', value: 'schedule', description: 'JSM Operations on-call schedules and their rotations' },
					{ name: 'Service Desk', value: 'serviceDesk', description: 'A service desk project with its portal' },
					{ name: 'Site', value: 'site', description: 'The connected site: info, your permissions, and custom API calls' },
					{ name: 'Team (Operations)', value: 'team', description: 'JSM Operations teams, which own schedules, escalations and heartbeats' },
					{ name: 'User', value: 'user', description: 'An Atlassian account on the site: agents, customers and apps' },
					{ name: 'Workspace (Assets)', value: 'workspace', description: 'The Assets (formerly Insight) workspace of the site' },
				],
				default: 'request',
			},
			...resources.alert.description,
			...resources.applicationRole.description,
			...resources.approval.description,
			...resources.assetsObject.description,
			...resources.assetsObjectSchema.description,
			...resources.assetsObjectType.description,
			...resources.attachment.description,
			...resources.auditRecord.description,
			...resources.comment.description,
			...resources.customer.description,
			...resources.group.description,
			...resources.form.description,
			...resources.heartbeat.description,
			...resources.issue.description,
			...resources.knowledgeBase.description,
			...resources.onCall.description,
			...resources.organization.description,
			...resources.participant.description,
			...resources.queue.description,
			...resources.request.description,
			...resources.requestType.description,
			...resources.schedule.description,
			...resources.serviceDesk.description,
			...resources.site.description,
			...resources.team.description,
			...resources.user.description,
			...resources.workspace.description,
			performanceOption,
		],
	};

	methods = { credentialTest, listSearch, loadOptions, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
