import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { apiTokenAuthorization } from '../nodes/shared/transport/apiTokenAuthorization';
import { customUrlProblem, siteProblem } from '../nodes/shared/transport/siteAddress';

export class JiraServiceManagementApi implements ICredentialType {
	name = 'jiraServiceManagementApi';

	displayName = 'Jira Service Management API';

	icon: Icon = { light: 'file:jsm.svg', dark: 'file:jsm.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-jira-service-management/n8n-nodes-jira-service-management#api-token-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Connect To',
			name: 'deployment',
			type: 'options',
			options: [
				{
					name: 'Jira Cloud Site',
					value: 'cloud',
					description: 'A site such as your-team.atlassian.net',
				},
				{
					name: 'Jira Data Center (Self-Managed)',
					value: 'datacenter',
					description: 'Jira Service Management Data Center or Server 9.12 or newer, at its own address',
				},
				{
					name: 'Custom URL (Proxy)',
					value: 'custom',
					description: 'Any URL that serves the Jira Cloud REST API, such as a proxy in front of a Cloud site',
				},
			],
			default: 'cloud',
		},
		{
			displayName: 'Token Type',
			name: 'accessType',
			type: 'options',
			options: [
				{
					name: 'API Token',
					value: 'classic',
					description: 'A token created at id.atlassian.com for your own account',
				},
				{
					name: 'Scoped API Token (Service Account)',
					value: 'scoped',
					description: 'A token with scopes; Atlassian accepts it only through api.atlassian.com',
				},
			],
			default: 'classic',
			displayOptions: { show: { deployment: ['cloud'] } },
		},
		{
			displayName: 'Subdomain',
			name: 'subdomain',
			type: 'string',
			default: '',
			placeholder: 'your-team',
			hint: 'The first part of your site address: <code>your-team</code> in your-team.atlassian.net',
			required: true,
			displayOptions: { show: { deployment: ['cloud'] } },
		},
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: 'atlassian.net',
			required: true,
			displayOptions: { show: { deployment: ['cloud'] } },
		},
		{
			displayName: 'Cloud ID',
			name: 'cloudId',
			type: 'string',
			default: '',
			placeholder: '11111111-2222-3333-4444-555555555555',
			hint: 'Leave blank to look it up from https://your-team.atlassian.net/_edge/tenant_info',
			displayOptions: { show: { deployment: ['cloud'], accessType: ['scoped'] } },
		},
		{
			displayName: 'API Gateway URL',
			name: 'apiGatewayUrl',
			type: 'hidden',
			default: 'https://api.atlassian.com',
		},
		{
			displayName: 'Site URL',
			name: 'siteUrl',
			type: 'string',
			default: '',
			placeholder: 'https://jira.example.com',
			required: true,
			displayOptions: { show: { deployment: ['custom', 'datacenter'] } },
		},
		{
			displayName: 'Authentication',
			name: 'authType',
			type: 'options',
			options: [
				{ name: 'Basic (Email or Username, and Token or Password)', value: 'basic' },
				{ name: 'Personal Access Token (Bearer)', value: 'bearer' },
			],
			default: 'basic',
			displayOptions: { show: { deployment: ['custom', 'datacenter'] } },
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			hint: 'Your Jira username (not the email address, unless that is your username)',
			displayOptions: { show: { deployment: ['datacenter'], authType: ['basic'] } },
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			displayOptions: { show: { deployment: ['cloud', 'custom'] }, hide: { authType: ['bearer'] } },
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			hint: 'Cloud: create one at https://id.atlassian.com/manage-profile/security/api-tokens. Data Center: a personal access token (Profile → Personal Access Tokens), or your password',
		},
	];

	// The credential test is the node's `credentialTest.jiraServiceManagementApiTest` (methods/credentialTest.ts): telling a
	// scoped token without Cloud ID or a portal-only customer apart takes more than one request.

	/** Refuses a bad site before any request is sent, then signs with Basic or Bearer. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const problem =
			credentials.deployment === 'custom' || credentials.deployment === 'datacenter'
				? customUrlProblem(credentials.siteUrl)
				: siteProblem(credentials.subdomain, credentials.domain);
		if (problem) throw new Error(problem);
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, Authorization: apiTokenAuthorization(credentials) },
		};
	}
}
