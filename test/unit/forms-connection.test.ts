// Where Forms requests go for each credential: the Forms REST API is served at
// https://api.atlassian.com/jira/forms/cloud/{cloudId} for API tokens and OAuth 2.0 (3LO) apps alike
// (developer.atlassian.com/cloud/forms/rest/intro/, "Authentication and Authorization").
import { formsBaseUrlOf } from '../../nodes/shared/transport';
import { CLOUD_ID, cloudIdContext } from '../helpers/connection-context';

const { context, asked } = cloudIdContext('forms', 'https://forms-oauth.atlassian.net');

describe('Forms root', () => {
	it('an API token (Basic) goes to api.atlassian.com/jira/forms/cloud/{cloudId}, the Cloud ID from tenant_info', async () => {
		const root = await formsBaseUrlOf(context, 'jiraServiceManagementApi', { deployment: 'cloud', subdomain: 'forms-basic', domain: 'atlassian.net' });
		expect(root).toBe(`https://api.atlassian.com/jira/forms/cloud/${CLOUD_ID}`);
		expect(asked).toContain('https://forms-basic.atlassian.net/_edge/tenant_info');
	});

	it('a scoped token uses the Cloud ID it was given', async () => {
		const root = await formsBaseUrlOf(context, 'jiraServiceManagementApi', {
			deployment: 'cloud',
			accessType: 'scoped',
			subdomain: 'forms-scoped',
			domain: 'atlassian.net',
			cloudId: 'AAAAAAAA-2222-3333-4444-555555555555',
		});
		expect(root).toBe('https://api.atlassian.com/jira/forms/cloud/aaaaaaaa-2222-3333-4444-555555555555');
		expect(asked).not.toContain('https://forms-scoped.atlassian.net/_edge/tenant_info');
	});

	it('OAuth2 uses the same /jira/forms/cloud/{cloudId} path on the gateway (not /ex/jira)', async () => {
		const root = await formsBaseUrlOf(context, 'jiraServiceManagementOAuth2Api', { apiGatewayUrl: 'https://api.atlassian.com', cloudId: '' });
		expect(root).toBe(`https://api.atlassian.com/jira/forms/cloud/${CLOUD_ID}`);
	});

	it('a custom URL (proxy) serves the same path itself; Jira Data Center is refused (no Forms REST API)', async () => {
		expect(await formsBaseUrlOf(context, 'jiraServiceManagementApi', { deployment: 'custom', siteUrl: 'https://proxy.example.com/' })).toBe(
			`https://proxy.example.com/jira/forms/cloud/${CLOUD_ID}`,
		);
		await expect(formsBaseUrlOf(context, 'jiraServiceManagementApi', { deployment: 'datacenter', siteUrl: 'https://jira.example.com' })).rejects.toThrow(
			/Forms are a Jira Cloud API/,
		);
	});
});
