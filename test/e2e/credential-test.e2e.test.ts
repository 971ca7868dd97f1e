// The credential dialog's "Test" in a real n8n: the node's credentialTest method against the sandbox, answered in plain
// words. A scoped token with a blank Cloud ID reaches https://acme-it.atlassian.net/_edge/tenant_info through a local
// HTTPS proxy that the sandbox answers behind (cloud-site.ts).
import { rmSync } from 'node:fs';
import type { IDataObject } from 'n8n-workflow';

import { startCloudSite, type CloudSite } from './cloud-site';
import { createInstance, ensureOwner, importCredentials, installPackage, startServer, type Credential, type N8nInstance, type Server } from './n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rest } = require('../../scripts/n8n-instance.js');

jest.setTimeout(10 * 60_000);

describe('credential test in a real n8n', () => {
	let sb: any;
	let site: CloudSite;
	let instance: N8nInstance;
	let server: Server;
	let cookie: string;
	const credentials: Credential[] = [];

	const apiToken = (id: string, data: IDataObject): Credential => ({ id, name: id, type: 'jiraServiceManagementApi', data });

	beforeAll(async () => {
		sb = await createSandbox({ port: 0, seed: 7 });
		site = await startCloudSite('acme-it.atlassian.net', sb.url);
		instance = await createInstance({ env: site.env });
		installPackage(instance.userFolder);
		const custom = { deployment: 'custom', siteUrl: sb.url, authType: 'basic', email: 'admin@sandbox.test' };
		credentials.push(
			apiToken('credgood0000001', { ...custom, apiToken: 'sandbox-admin-token' }),
			apiToken('credwrong000001', { ...custom, apiToken: 'not-the-token' }),
			apiToken('credevil0000001', { deployment: 'cloud', subdomain: 'evil.example.com/x', domain: 'atlassian.net', email: 'a@b.c', apiToken: 't' }),
			apiToken('credport0000001', { deployment: 'cloud', subdomain: 'a:8080', domain: 'atlassian.net', email: 'a@b.c', apiToken: 't' }),
			apiToken('credcust0000001', { ...custom, email: 'customer@sandbox.test', apiToken: 'sandbox-customer-token' }),
			apiToken('credscop0000001', {
				deployment: 'cloud',
				accessType: 'scoped',
				subdomain: 'acme-it',
				domain: 'atlassian.net',
				cloudId: '',
				apiGatewayUrl: sb.url,
				email: 'agent@sandbox.test',
				apiToken: 'sandbox-agent-scoped-token',
			}),
		);
		await importCredentials(instance, credentials);
		server = await startServer(instance);
		cookie = await ensureOwner(instance, { email: 'owner@example.com', password: 'Owner-password-1', firstName: 'O', lastName: 'Wner' });
	});

	afterAll(async () => {
		await server?.stop();
		await site?.close();
		await sb?.close();
		if (instance) rmSync(instance.userFolder, { recursive: true, force: true });
	});

	async function test(credential: Credential) {
		const answer = await rest(instance, 'POST', '/rest/credentials/test', {
			cookie,
			body: { credentials: { id: credential.id, name: credential.name, type: credential.type, data: credential.data } },
		});
		expect(answer.status).toBe(200);
		return answer.data.data as { status: string; message: string };
	}

	it('passes with the right token', async () => {
		expect(await test(credentials[0])).toMatchObject({ status: 'OK' });
	});

	it('says the credentials are invalid for a wrong token, without echoing it', async () => {
		const result = await test(credentials[1]);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Invalid credentials/);
		expect(result.message).not.toContain('not-the-token');
	});

	it('refuses a subdomain that smuggles a path or a port before any request is sent', async () => {
		for (const credential of credentials.slice(2, 4)) {
			const result = await test(credential);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/The subdomain ".*" is not valid/);
		}
	});

	it('names a portal-only customer, whose token the service desk list accepts', async () => {
		expect(await test(credentials[4])).toEqual({
			status: 'Error',
			message: 'This account is a portal-only customer; agent operations need a licensed agent account',
		});
	});

	it('passes a scoped token with a blank Cloud ID, looking the Cloud ID up on the site first', async () => {
		const before = sb.requests.length;
		expect(await test(credentials[5])).toMatchObject({ status: 'OK' });
		expect(site.received).toEqual(['GET /_edge/tenant_info']);
		const paths = sb.requests.slice(before).map((request: { path: string }) => request.path);
		expect(paths).toEqual(['/_edge/tenant_info', `/ex/jira/${sb.state.cloudId}/rest/servicedeskapi/servicedesk`, `/ex/jira/${sb.state.cloudId}/rest/api/3/myself`]);
	});
});
