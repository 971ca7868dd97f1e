import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

const defaultScopes = [
	'read:jira-user',
	'read:servicedesk-request',
	'write:servicedesk-request',
	'manage:servicedesk-customer',
	'read:jira-work',
	'write:jira-work',
	'manage:jira-webhook',
	'read:me',
	'read:account',
	'offline_access',
].join(' ');

export class JiraServiceManagementOAuth2Api implements ICredentialType {
	name = 'jiraServiceManagementOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Jira Service Management OAuth2 API';

	icon: Icon = 'file:jsm.svg';

	documentationUrl =
		'https://github.com/n8n-nodes-jira-service-management/n8n-nodes-jira-service-management#oauth2-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: 'https://auth.atlassian.com/authorize',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: 'https://auth.atlassian.com/oauth/token',
		},
		{
			displayName: 'API Gateway URL',
			name: 'apiGatewayUrl',
			type: 'hidden',
			default: 'https://api.atlassian.com',
		},
		{
			displayName: 'Use Custom Scopes',
			name: 'customScopes',
			type: 'boolean',
			default: false,
			description: 'Whether to ask for scopes other than the defaults this node needs',
		},
		{
			displayName: 'Enabled Scopes',
			name: 'enabledScopes',
			type: 'string',
			default: defaultScopes,
			description: 'Space-separated scopes, as configured for your app in the Atlassian developer console',
			displayOptions: { show: { customScopes: [true] } },
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: `={{$self["customScopes"] ? $self["enabledScopes"] : "${defaultScopes}"}}`,
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: 'audience=api.atlassian.com&prompt=consent',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		{
			displayName: 'Cloud ID',
			name: 'cloudId',
			type: 'string',
			default: '',
			placeholder: '11111111-2222-3333-4444-555555555555',
			hint: 'Leave blank to use the only site this app can reach. With several sites, open https://your-team.atlassian.net/_edge/tenant_info and copy "cloudId".',
		},
	];
}
