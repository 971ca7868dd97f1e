// The n8n editor in headless Chromium (Debian's chromium, driven by playwright-core), with the package
// installed as users install it and a credential pointing at the sandbox: sign in, build a workflow with
// the action node, pick a service desk from the resource-locator list the sandbox serves, and open the
// form of each credential type. Screenshots go to artifacts/screenshots/ (git-ignored).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import type { BrowserContext, Locator, Page } from 'playwright-core';

import { createInstance, ensureOwner, importCredentials, installPackage, sandboxCredential, startServer, type N8nInstance, type Server } from './n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromium } = require('playwright-core') as typeof import('playwright-core');

// The first run may install Chromium (about a minute), Node 24 and n8n (several minutes).
jest.setTimeout(10 * 60_000);

const root = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join(root, 'artifacts', 'screenshots');
const OWNER = { email: 'owner@e2e.test', password: 'E2e-Owner-Passw0rd', firstName: 'E2E', lastName: 'Owner' };
const PACKAGE = 'n8n-nodes-jira-service-management';
const ACTION_TYPE = `${PACKAGE}.jiraServiceManagement`;

// n8n's own test hooks; JSON quoting keeps ids such as value["summary"]-... valid CSS.
const byTestId = (scope: Page | Locator, id: string) => scope.locator(`[data-test-id=${JSON.stringify(id)}]`);

describe('the n8n editor in a browser', () => {
	let sb: any;
	let instance: N8nInstance;
	let server: Server | undefined;
	let context: BrowserContext | undefined;
	let page: Page;
	let profile: string;
	let cookie: string;
	const timings: string[] = [];

	async function shot(name: string): Promise<void> {
		await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
	}

	beforeAll(async () => {
		let began = Date.now();
		// Debian's chromium is not on a fresh machine: the project installs it (as root, or with sudo).
		execFileSync(path.join(root, 'scripts', 'ensure-chromium.sh'), { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: CHROMIUM } });
		timings.push(`chromium check/install: ${Date.now() - began} ms`);
		mkdirSync(SCREENSHOTS, { recursive: true });

		began = Date.now();
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 60 });
		instance = await createInstance();
		installPackage(instance.userFolder);
		await importCredentials(instance, [sandboxCredential(sb)]);
		server = await startServer(instance);
		cookie = await ensureOwner(instance, OWNER);
		timings.push(`n8n ready: ${Date.now() - began} ms`);

		began = Date.now();
		profile = mkdtempSync(path.join(tmpdir(), 'jsm-chromium-'));
		context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			viewport: { width: 1440, height: 900 },
			// As root, without GPU, and without Chromium's own calls home (refused on a closed network).
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
		context.setDefaultTimeout(30_000);
		page = context.pages()[0] ?? (await context.newPage());
		timings.push(`chromium launch: ${Date.now() - began} ms`);
	});

	afterAll(async () => {
		await context?.close();
		await server?.stop();
		await sb?.close();
		if (profile) rmSync(profile, { recursive: true, force: true });
		if (instance) rmSync(instance.userFolder, { recursive: true, force: true });
		process.stdout.write(`browser e2e timings:\n  ${timings.join('\n  ')}\n`);
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
	});

	it('signs in as the owner', async () => {
		await page.goto(`${instance.url}/signin`);
		await page.locator('input[name="emailOrLdapLoginId"]').fill(OWNER.email);
		await page.locator('input[name="password"]').fill(OWNER.password);
		await shot('01-signin');
		await byTestId(page, 'form-submit-button').click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
		expect(new URL(page.url()).pathname).not.toBe('/signin');
	});

	it('adds the Jira Service Management action node to a new workflow and opens its parameters', async () => {
		await page.goto(`${instance.url}/workflow/new`);
		// An action node follows a trigger: a manual trigger first, then our node from its "+".
		await byTestId(page, 'canvas-add-button').click();
		const search = page.locator('input[data-test-id="node-creator-search-bar"]');
		await search.fill('manual');
		await byTestId(page, 'node-creator-item-name').filter({ hasText: 'Manual Trigger' }).first().click();
		await byTestId(page, 'canvas-handle-plus').first().click();
		await search.fill('Jira Service Management');
		const found = byTestId(page, 'node-creator-item-name').filter({ hasText: /^Jira Service Management$/ }).first();
		await found.waitFor();
		// The node's own icon, served from the installed package.
		const icon = byTestId(page, 'node-creator').locator(`img[src$="/icons/${PACKAGE}/dist/nodes/JiraServiceManagement/jsm.svg"]`);
		await icon.first().waitFor();
		const loaded = await icon.first().evaluate((element) => {
			const image = element as unknown as { complete: boolean; naturalWidth: number };
			return image.complete && image.naturalWidth > 0;
		});
		expect(loaded).toBe(true);
		await shot('02-node-creator');
		await found.click();
		// The actions, grouped by resource (n8n renders the long list progressively).
		for (const action of ['Answer an approval', 'Add a comment to a request', 'Create a request']) {
			await byTestId(page, 'node-creator-item-name').filter({ hasText: new RegExp(`^${action}$`) }).first().waitFor();
		}
		await shot('03-actions');
		await byTestId(page, 'node-creator-item-name').filter({ hasText: /^Create a request$/ }).first().click();

		const ndv = byTestId(page, 'ndv');
		await expect(byTestId(ndv, 'node-title-container').innerText()).resolves.toContain('Create a request');
		// The only credential of the type is preselected.
		await expect(byTestId(ndv, 'node-credentials-select').locator('input').inputValue()).resolves.toBe('JSM Sandbox (admin)');
		for (const parameter of ['resource', 'operation', 'serviceDesk', 'requestType']) {
			await expect(byTestId(ndv, `parameter-input-${parameter}`).count()).resolves.toBe(1);
		}
		await shot('04-parameters');
	});

	it('lists the service desks the sandbox serves in the resource locator, and picks one', async () => {
		const ndv = byTestId(page, 'ndv');
		const serviceDesk = byTestId(ndv, 'resource-locator-serviceDesk');
		await byTestId(serviceDesk, 'rlc-input').click();
		const items = page.locator('[data-test-id="rlc-item"]:visible');
		await items.first().waitFor();
		expect(await items.allInnerTexts()).toEqual(['IT Support (ITS)', 'Human Resources (HR)', 'Facilities (FAC)']);
		await shot('05-service-desk-list');
		await items.filter({ hasText: 'IT Support (ITS)' }).click();
		await expect(byTestId(serviceDesk, 'rlc-input').inputValue()).resolves.toBe('IT Support (ITS)');

		// The request types of that desk, then the fields that request type asks for.
		await byTestId(byTestId(ndv, 'resource-locator-requestType'), 'rlc-input').click();
		await items.first().waitFor();
		expect(await items.allInnerTexts()).toEqual(expect.arrayContaining(['Get IT help', 'Report a system problem']));
		await items.filter({ hasText: 'Report a system problem' }).click();
		await byTestId(ndv, 'mapping-fields-container').waitFor();
		for (const field of ['summary', 'description', 'customfield_10101']) {
			await byTestId(ndv, `value["${field}"]-parameter-input-options-container`).waitFor();
		}
		// The request type's own field labels, as the sandbox's request type defines them.
		const mapper = await byTestId(ndv, 'mapping-fields-container').innerText();
		expect(mapper).toContain('What do you need?');
		expect(mapper).toContain('Affected system');
		await shot('06-request-type-fields');

		const served = sb.requests.map((entry: IDataObject) => `${entry.method} ${entry.path}`);
		expect(served).toEqual(
			expect.arrayContaining([
				'GET /rest/servicedeskapi/servicedesk',
				'GET /rest/servicedeskapi/servicedesk/1/requesttype',
				expect.stringMatching(/^GET \/rest\/servicedeskapi\/servicedesk\/1\/requesttype\/\d+\/field$/),
			]),
		);
	});

	it('saves the workflow with the picked service desk', async () => {
		await byTestId(page, 'ndv-close-button').click();
		await page.keyboard.press('Control+s');
		const deadline = Date.now() + 15_000;
		let node: IDataObject | undefined;
		while (!node && Date.now() < deadline) {
			const response = await fetch(`${instance.url}/rest/workflows?includeScopes=false`, { headers: { cookie, 'browser-id': 'jsm-e2e' } });
			const workflows = ((await response.json()) as { data: IDataObject[] }).data;
			for (const summary of workflows) {
				const full = await fetch(`${instance.url}/rest/workflows/${summary.id}`, { headers: { cookie, 'browser-id': 'jsm-e2e' } });
				const nodes = (((await full.json()) as { data: IDataObject }).data.nodes ?? []) as IDataObject[];
				node = nodes.find((candidate) => candidate.type === ACTION_TYPE);
				if (node) break;
			}
			if (!node) await page.waitForTimeout(500);
		}
		expect(node).toBeDefined();
		// Resource and operation keep their defaults (request, create), which n8n does not store.
		expect(node!.parameters).toMatchObject({
			serviceDesk: { __rl: true, mode: 'list', value: '1', cachedResultName: 'IT Support (ITS)' },
			requestType: { __rl: true, mode: 'list', cachedResultName: 'Report a system problem' },
		});
		expect(node!.credentials).toEqual({ jiraServiceManagementApi: { id: 'JsmSandboxAdmin1', name: 'JSM Sandbox (admin)' } });
		await shot('07-canvas');
	});

	async function openNewCredentialForm(): Promise<Locator> {
		await byTestId(page, 'canvas-node').filter({ hasText: 'Create a request' }).dblclick();
		const ndv = byTestId(page, 'ndv');
		await byTestId(ndv, 'node-credentials-select').click();
		await byTestId(page, 'node-credentials-select-item-new').click();
		const modal = byTestId(page, 'editCredential-modal');
		await modal.waitFor();
		return modal;
	}

	async function closeForms(modal: Locator): Promise<void> {
		await modal.getByRole('button', { name: 'Close this dialog' }).click();
		// An OAuth2 form not yet connected asks "Close without connecting?".
		const confirm = page.locator('.el-message-box:visible').filter({ hasText: 'Close without connecting?' });
		const closed = await Promise.race([
			modal.waitFor({ state: 'hidden' }).then(() => true),
			confirm.waitFor().then(() => false),
		]);
		if (!closed) {
			await confirm.getByRole('button', { name: 'Close', exact: true }).click();
			await modal.waitFor({ state: 'hidden' });
		}
		await byTestId(page, 'ndv-close-button').click();
		await byTestId(page, 'ndv').waitFor({ state: 'hidden' });
	}

	it('opens the API token credential form with its fields', async () => {
		const modal = await openNewCredentialForm();
		await expect(modal.innerText()).resolves.toContain('Jira Service Management API');
		await expect(byTestId(modal, 'credential-mode-dropdown-trigger').innerText()).resolves.toContain('API Token');
		for (const field of ['deployment', 'accessType', 'subdomain', 'domain', 'email', 'apiToken']) {
			await expect(byTestId(modal, field).count()).resolves.toBe(1);
		}
		await expect(byTestId(modal, 'deployment').innerText()).resolves.toContain('Connect To');
		await expect(byTestId(modal, 'apiToken').innerText()).resolves.toContain('API Token');
		await shot('08-credential-api-token');

		// Jira Data Center (and the Custom URL mode for a proxy or this sandbox) asks for the site URL instead.
		await byTestId(modal, 'deployment').locator('input').click();
		await expect(page.getByRole('option', { name: 'Custom URL (Proxy)' }).count()).resolves.toBe(1);
		await page.getByRole('option', { name: 'Jira Data Center (Self-Managed)' }).click();
		await byTestId(modal, 'siteUrl').waitFor();
		await expect(byTestId(modal, 'subdomain').count()).resolves.toBe(0);
		await shot('09-credential-api-token-data-center');
		await closeForms(modal);
	});

	it('opens the OAuth2 credential form with its fields', async () => {
		const modal = await openNewCredentialForm();
		await byTestId(modal, 'credential-mode-dropdown-trigger').click();
		await page.getByRole('menuitem', { name: 'OAuth2' }).click();
		await expect(byTestId(modal, 'credential-mode-dropdown-trigger').innerText()).resolves.toContain('OAuth2');
		await expect(modal.innerText()).resolves.toContain('Jira Service Management OAuth2 API');
		await expect(modal.innerText()).resolves.toContain('OAuth Redirect URL');
		await expect(byTestId(modal, 'copy-input').innerText()).resolves.toContain(`${instance.url}/rest/oauth2-credential/callback`);
		for (const field of ['clientId', 'clientSecret', 'customScopes', 'cloudId']) {
			await expect(byTestId(modal, field).count()).resolves.toBe(1);
		}
		await shot('10-credential-oauth2');
		await closeForms(modal);
	});
});
