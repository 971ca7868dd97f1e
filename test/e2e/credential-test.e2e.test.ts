// The credential dialog's "Test" in a real n8n: its declarative test against the sandbox, answered in plain words.
import { rmSync } from 'node:fs';
import type { IDataObject } from 'n8n-workflow';

import { createInstance, ensureOwner, importCredentials, installPackage, startServer, type Credential, type N8nInstance, type Server } from './n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rest } = require('../../scripts/n8n-instance.js');

jest.setTimeout(10 * 60_000);

describe('credential test in a real n8n', () => {
	let sb: any;
	let instance: N8nInstance;
	let server: Server;
	let cookie: string;
	const credentials: Credential[] = [];

	const apiToken = (id: string, data: IDataObject): Credential => ({ id, name: id, type: 'jiraServiceManagementApi', data });

	beforeAll(async () => {
		sb = await createSandbox({ port: 0, seed: 7 });
		instance = await createInstance();
		installPackage(instance.userFolder);
		const site = { deployment: 'custom', siteUrl: sb.url, authType: 'basic', email: 'admin@sandbox.test' };
		credentials.push(
			apiToken('credgood0000001', { ...site, apiToken: 'sandbox-admin-token' }),
			apiToken('credwrong000001', { ...site, apiToken: 'not-the-token' }),
			apiToken('credevil0000001', { deployment: 'cloud', subdomain: 'evil.example.com/x', domain: 'atlassian.net', email: 'a@b.c', apiToken: 't' }),
			apiToken('credport0000001', { deployment: 'cloud', subdomain: 'a:8080', domain: 'atlassian.net', email: 'a@b.c', apiToken: 't' }),
		);
		await importCredentials(instance, credentials);
		server = await startServer(instance);
		cookie = await ensureOwner(instance, { email: 'owner@example.com', password: 'Owner-password-1', firstName: 'O', lastName: 'Wner' });
	});

	afterAll(async () => {
		await server?.stop();
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
		for (const credential of credentials.slice(2)) {
			const result = await test(credential);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/The subdomain ".*" is not valid/);
		}
	});
});
