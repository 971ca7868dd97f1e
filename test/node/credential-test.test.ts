// The API token credential's test (the node's credentialTest method, which n8n calls for `testedBy`) through
// n8n-core's own CredentialTestContext against the sandbox. Two cases one request cannot tell apart: a scoped token
// with a blank Cloud ID (the node discovers it from https://<site>/_edge/tenant_info, so the test must too) and a
// portal-only customer (its token reads the customer side of JSM; `GET /rest/api/3/myself` says accountType "customer").
import { CredentialTestContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';
import { sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile({ requestCount: 40 });

const SITE = 'https://acme-it.atlassian.net';
const { credentialTest } = new JiraServiceManagement().methods;

/**
 * n8n-core's credential test context, with the Cloud site's host answered by the sandbox (as DNS would send it
 * there); everything else, the request machinery included, is n8n-core's.
 */
function testContext(siteAnswersAt: () => string): ICredentialTestFunctions {
	const real = new CredentialTestContext();
	return {
		...real,
		helpers: {
			...real.helpers,
			request: async (options: { uri: string }) =>
				await real.helpers.request({ ...options, uri: options.uri.replace(SITE, siteAnswersAt()) }),
		},
	} as unknown as ICredentialTestFunctions;
}

async function check(data: ICredentialDataDecryptedObject, siteAnswersAt = () => sb.url): Promise<INodeCredentialTestResult> {
	return await credentialTest.jiraServiceManagementApiTest.call(testContext(siteAnswersAt), {
		id: 'credential',
		name: 'credential',
		type: 'jiraServiceManagementApi',
		data,
	});
}

const custom = (email: string, apiToken: string) => ({ deployment: 'custom', siteUrl: sb.url, authType: 'basic', email, apiToken });
const scoped = (cloudId: string) => ({
	deployment: 'cloud',
	accessType: 'scoped',
	subdomain: 'acme-it',
	domain: 'atlassian.net',
	cloudId,
	apiGatewayUrl: sb.url,
	email: 'agent@sandbox.test',
	apiToken: 'sandbox-agent-scoped-token',
});
const sentSince = (before: number) => sb.requests.slice(before).map((request) => `${request.path} ${request.status}`);

test('an agent passes', async () => {
	expect(await check(custom('agent@sandbox.test', 'sandbox-agent-token'))).toEqual({ status: 'OK', message: 'Connection successful' });
});

test('the sandbox takes a scoped token through the gateway only, as Atlassian does', async () => {
	const scopedToken = { authorization: `Basic ${Buffer.from('agent@sandbox.test:sandbox-agent-scoped-token').toString('base64')}` };
	expect((await fetch(`${sb.url}/rest/servicedeskapi/servicedesk`, { headers: scopedToken })).status).toBe(401);
	expect((await fetch(`${sb.url}/ex/jira/${sb.state.cloudId}/rest/servicedeskapi/servicedesk`, { headers: scopedToken })).status).toBe(200);
});

test('a scoped token with a blank Cloud ID passes: the test looks the Cloud ID up like the node does', async () => {
	const before = sb.requests.length;
	expect(await check(scoped(''))).toEqual({ status: 'OK', message: 'Connection successful' });
	expect(sentSince(before)).toEqual([
		'/_edge/tenant_info 200',
		`/ex/jira/${sb.state.cloudId}/rest/servicedeskapi/servicedesk 200`,
		`/ex/jira/${sb.state.cloudId}/rest/api/3/myself 200`,
	]);
});

test('a scoped token: a wrong Cloud ID and a site without tenant_info are told apart', async () => {
	expect(await check(scoped('99999999-2222-3333-4444-555555555555'))).toEqual({
		status: 'Error',
		message: 'Site not found: no Jira Service Management answers for this Cloud ID. Check the Cloud ID, or leave it blank to look it up',
	});
	// Nothing listens on port 9 (discard) of the loopback.
	expect(await check(scoped(''), () => 'http://127.0.0.1:9')).toEqual({
		status: 'Error',
		message: `Could not find the Cloud ID of ${SITE} (from ${SITE}/_edge/tenant_info): check the subdomain and domain, or enter the Cloud ID`,
	});
});

test('a portal-only customer is named as one, though the service desk list answers it', async () => {
	const asCustomer = { authorization: `Basic ${Buffer.from('customer@sandbox.test:sandbox-customer-token').toString('base64')}` };
	const desks = (await (await fetch(`${sb.url}/rest/servicedeskapi/servicedesk?limit=1`, { headers: asCustomer })).json()) as { size: number };
	expect(desks.size).toBe(1);
	expect(await check(custom('customer@sandbox.test', 'sandbox-customer-token'))).toEqual({
		status: 'Error',
		message: 'This account is a portal-only customer; agent operations need a licensed agent account',
	});
});

test('a wrong token and a smuggling subdomain get their plain words, without the token', async () => {
	const wrong = await check(custom('agent@sandbox.test', 'not-the-token'));
	expect(wrong.status).toBe('Error');
	expect(wrong.message).toMatch(/^Invalid credentials: Jira did not accept the email and API token/);
	expect(wrong.message).not.toContain('not-the-token');
	const before = sb.requests.length;
	const evil = await check({ ...scoped(''), subdomain: 'evil.example.com/x' });
	expect(evil.message).toMatch(/^The subdomain "evil.example.com\/x" is not valid/);
	expect(sb.requests.length).toBe(before);
});

test('n8n reaches this test: the credential has no declarative test (which n8n would prefer) and the node names the method', async () => {
	// n8n's CredentialsTester.getCredentialTestFunction returns a credential type's own `test` before looking at
	// `testedBy` (packages/cli/src/services/credentials-tester.service.ts in n8n-io/n8n).
	const { JiraServiceManagementApi } = await import('../../credentials/JiraServiceManagementApi.credentials');
	expect((new JiraServiceManagementApi() as { test?: unknown }).test).toBeUndefined();
	// n8n takes the method from the first node using the credential that names one: every node must have it.
	const { JiraServiceManagementTrigger } = await import('../../nodes/JiraServiceManagementTrigger/JiraServiceManagementTrigger.node');
	const { JiraServiceManagementPollTrigger } = await import('../../nodes/JiraServiceManagementPollTrigger/JiraServiceManagementPollTrigger.node');
	for (const node of [new JiraServiceManagement(), new JiraServiceManagementTrigger(), new JiraServiceManagementPollTrigger()]) {
		const entry = node.description.credentials?.find((credential) => credential.name === 'jiraServiceManagementApi');
		const methods = (node.methods as { credentialTest?: Record<string, unknown> }).credentialTest ?? {};
		expect([node.description.name, entry?.testedBy, typeof methods[String(entry?.testedBy)]]).toEqual([
			node.description.name,
			'jiraServiceManagementApiTest',
			'function',
		]);
	}
});
