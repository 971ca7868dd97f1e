// The API token credential's Data Center choice: Basic with username + password and personal access tokens (Bearer),
// tested through n8n-core's CredentialTestContext against the sandbox in Data Center mode (test/sandbox/datacenter.js).
// DC's Basic authentication is username:password and PATs are Bearer tokens
// (https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html); n8n issue #14471 is
// n8n's Jira node refusing Bearer PATs.
import { CredentialTestContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, INodeCredentialTestResult } from 'n8n-workflow';

import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let dc: Sandbox;
let cloud: Sandbox;
beforeAll(async () => {
	dc = await startSandbox({ requestCount: 20, deployment: 'datacenter', version: '10.3' });
	cloud = await startSandbox({ requestCount: 20 });
});
afterAll(async () => Promise.all([dc.close(), cloud.close()]));
afterEach(() => {
	expect(dc.violations).toEqual([]);
	expect(cloud.violations).toEqual([]);
});

const { credentialTest } = new JiraServiceManagement().methods;

async function check(data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	return await credentialTest.jiraServiceManagementApiTest.call(new CredentialTestContext() as never, {
		id: 'credential',
		name: 'credential',
		type: 'jiraServiceManagementApi',
		data,
	});
}

const basic = (username: string, apiToken: string, siteUrl = dc.url) => ({ deployment: 'datacenter', siteUrl, authType: 'basic', username, apiToken });
const pat = (apiToken: string, siteUrl = dc.url) => ({ deployment: 'datacenter', siteUrl, authType: 'bearer', apiToken });
const OK = { status: 'OK', message: 'Connection successful' };

test('a username (with a dot) and password pass, and so does a personal access token', async () => {
	expect(await check(basic('avery.agent', 'sandbox-agent-password'))).toEqual(OK);
	expect(await check(pat('sandbox-agent-pat'))).toEqual(OK);
	const sent = dc.requests.slice(-2).map((request) => `${request.method} ${request.path} ${request.status}`);
	expect(sent).toEqual(['GET /rest/servicedeskapi/servicedesk 200', 'GET /rest/api/2/serverInfo 200']);
});

test('a wrong password and a wrong token get their own plain words, without the secret', async () => {
	const password = await check(basic('avery.agent', 'not-the-password'));
	expect(password).toEqual({
		status: 'Error',
		message: 'Invalid credentials: Jira Data Center did not accept the username and password. Check both (the username, not the email address, unless they are the same)',
	});
	const token = await check(pat('not-the-pat'));
	expect(token.message).toBe('Invalid credentials: Jira Data Center did not accept the personal access token. Check it is not expired or revoked');
	expect(JSON.stringify([password, token])).not.toContain('not-the-');
});

test('the email instead of the username is refused as invalid credentials (DC Basic is username:password)', async () => {
	expect((await check(basic('agent@sandbox.test', 'sandbox-agent-password'))).message).toMatch(/^Invalid credentials: Jira Data Center/);
});

test('a Cloud site entered as Data Center is named as one; an address without Jira is not found', async () => {
	cloud.state.pats.set('cloud-pat', cloud.credentials.agent.accountId);
	expect(await check(pat('cloud-pat', cloud.url))).toEqual({
		status: 'Error',
		message: 'This address is a Jira Cloud site: choose Connect To: Jira Cloud Site (with an email and API token)',
	});
	expect((await check(pat('sandbox-agent-pat', `${dc.url}/wiki`))).message).toBe(
		'Site not found: no Jira Service Management Data Center answers at this address. Check the site URL (the base URL, without /rest)',
	);
	expect((await check(pat('sandbox-agent-pat', 'http://127.0.0.1:9'))).message).toBe('Site not found: nothing answers at http://127.0.0.1:9. Check the site URL');
});
