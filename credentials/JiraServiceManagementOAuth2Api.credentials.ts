import type {
	IAuthenticateRuleResponseCode,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

/**
 * Scopes for every operation of both nodes, from each operation's `x-atlassian-oauth2-scopes` in Atlassian's
 * OpenAPI files (test/unit/oauth2-scopes.test.ts keeps it so). Classic scopes where the operation takes them;
 * granular ones where it takes only those. Jira API and Jira Service Management API only: User identity API
 * scopes (read:me, read:account) make the consent fail unless the app added that API.
 */
const defaultScopes = [
	// Jira API
	'read:jira-user',
	'read:jira-work',
	'write:jira-work',
	'manage:jira-webhook',
	'manage:jira-configuration',
	'manage:jira-project',
	'read:user:jira',
	// Jira Service Management API
	'read:servicedesk-request',
	'write:servicedesk-request',
	'manage:servicedesk-customer',
	'read:knowledgebase:jira-service-management',
	'read:requesttype:jira-service-management',
	'write:requesttype:jira-service-management',
	'read:request.attachment:jira-service-management',
	'read:request.comment:jira-service-management',
	// Assets (CMDB): the granular scopes its operations name in Atlassian's Assets API description.
	'read:cmdb-object:jira',
	'write:cmdb-object:jira',
	'delete:cmdb-object:jira',
	'read:cmdb-schema:jira',
	'read:cmdb-type:jira',
	'read:cmdb-attribute:jira',
	// JSM Operations (x-common-scopes of its OpenAPI file): alerts, and schedules / teams / heartbeat pings.
	'read:ops-alert:jira-service-management',
	'write:ops-alert:jira-service-management',
	'read:ops-config:jira-service-management',
	'write:ops-config:jira-service-management',
	'offline_access',
].join(' ');

export class JiraServiceManagementOAuth2Api implements ICredentialType {
	name = 'jiraServiceManagementOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Jira Service Management OAuth2 API';

	icon: Icon = { light: 'file:jsm.svg', dark: 'file:jsm.dark.svg' };

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
		{
			displayName:
				'For the trigger: Jira delivers the webhooks of a private (not distributed) app only when the app\'s owner is the user who connects here, and keeps one webhook URL per app, so use one OAuth2 trigger per app.',
			name: 'webhookNotice',
			type: 'notice',
			default: '',
		},
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ ($credentials.apiGatewayUrl || "https://api.atlassian.com").replace(/\\/+$/, "") }}',
			url: '={{ $credentials.cloudId ? "/ex/jira/" + $credentials.cloudId.trim() + "/rest/servicedeskapi/servicedesk" : "/oauth/token/accessible-resources" }}',
		},
		// n8n's type allows one rule kind per list, but its credential tester applies both kinds in turn.
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'The authorization is invalid or expired: reconnect the credential' },
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'Missing scope or permission: add the scopes this node needs to your app and reconnect',
				},
			},
			{
				type: 'responseCode',
				properties: { value: 404, message: 'Site not found: check the Cloud ID' },
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'size',
					value: 0,
					message: 'Connected, but this account sees no service desk: ask a Jira Service Management admin to add it as an agent',
				},
			},
		] as unknown as IAuthenticateRuleResponseCode[],
	};
}
