// The published artifact: `npm pack` holds only what n8n needs, and that tarball, installed into a real
// n8n's `.n8n/nodes` the way n8n's "Install community node" does, gives the running n8n every node and
// credential of package.json, with their icons and codex.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { IDataObject } from 'n8n-workflow';

import { createInstance, ensureOwner, installPackage, startServer, type N8nInstance, type Server } from './n8n';

jest.setTimeout(10 * 60_000);

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const PACKAGE = manifest.name as string;
const OWNER = { email: 'owner@e2e.test', password: 'E2e-Owner-Passw0rd', firstName: 'E2E', lastName: 'Owner' };

interface Described {
	name: string;
	displayName: string;
	icon?: { light: string; dark: string } | string;
	iconUrl?: { light: string; dark: string } | string;
	properties?: Array<{ name: string }>;
}

/** What the built files describe: `{ file, description }` for each node and credential in package.json. */
function built(kind: 'nodes' | 'credentials'): Array<{ file: string; description: Described }> {
	return (manifest.n8n[kind] as string[]).map((file) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const exported = require(path.join(root, file)) as Record<string, new () => { description?: Described } & Described>;
		const instance = new (Object.values(exported)[0])();
		return { file, description: kind === 'nodes' ? instance.description! : instance };
	});
}

const iconFiles = (icon: Described['icon']): string[] =>
	(typeof icon === 'string' ? [icon] : icon ? [icon.light, icon.dark] : []).map((ref) => ref.replace(/^file:/, ''));

/** GitHub's heading anchors, to check the codex documentation links land on a README section. */
function readmeAnchors(): Set<string> {
	const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
	return new Set(
		[...readme.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) =>
			heading
				.trim()
				.toLowerCase()
				.replace(/[^\w\- ]/g, '')
				.replace(/ /g, '-'),
		),
	);
}

describe('the npm package', () => {
	const packed: string[] = JSON.parse(
		execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
	)[0].files.map((file: { path: string }) => file.path);
	const nodes = built('nodes');
	const credentials = built('credentials');

	it('holds only what n8n needs: compiled JavaScript, codex JSON and icons under dist/, and the package files', () => {
		const stray = packed.filter(
			(file) =>
				!['package.json', 'README.md', 'LICENSE', manifest.main].includes(file) &&
				!/^dist\/(nodes|credentials)\/.+\.(js|json|svg|png)$/.test(file),
		);
		expect(stray).toEqual([]);
		expect(packed.filter((file) => /\.(map|d\.ts|ts|tsbuildinfo)$/.test(file) || file.startsWith('test/'))).toEqual([]);
		for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect(packed).toContain(file);
	});

	it.each(nodes.map(({ file, description }) => [description.displayName, file, description] as const))(
		'ships "%s" with light and dark icons and a codex with categories and documentation links',
		(_name, file, description) => {
			const dir = path.dirname(file);
			expect(typeof description.icon).toBe('object');
			for (const icon of iconFiles(description.icon)) expect(packed).toContain(path.posix.join(dir, icon));

			const codexFile = file.replace(/\.js$/, '.json');
			expect(packed).toContain(codexFile);
			const codex = JSON.parse(readFileSync(path.join(root, codexFile), 'utf8'));
			expect(codex).toMatchObject({ node: `${PACKAGE}.${description.name}`, nodeVersion: '1.0', codexVersion: '1.0' });
			expect(codex.categories.length).toBeGreaterThan(0);
			const links = [...codex.resources.primaryDocumentation, ...codex.resources.credentialDocumentation].map(
				(link: { url: string }) => link.url,
			);
			expect(links.length).toBeGreaterThanOrEqual(2);
			const anchors = readmeAnchors();
			for (const url of links) {
				expect(url).toMatch(new RegExp(`^${manifest.homepage}(#|$)`));
				const anchor = url.split('#')[1];
				// `#readme` is GitHub's own anchor for the repository's README.
				if (anchor && anchor !== 'readme') expect({ url, inReadme: anchors.has(anchor) }).toEqual({ url, inReadme: true });
			}
		},
	);

	it.each(credentials.map(({ file, description }) => [description.displayName, file, description] as const))(
		'ships the credential "%s" with light and dark icons',
		(_name, file, description) => {
			expect(typeof description.icon).toBe('object');
			for (const icon of iconFiles(description.icon)) expect(packed).toContain(path.posix.join(path.dirname(file), icon));
		},
	);

	describe('installed into a real n8n from the tarball', () => {
		let instance: N8nInstance;
		let server: Server | undefined;
		let cookie: string;

		async function get(urlPath: string): Promise<{ status: number; type: string; body: string }> {
			const response = await fetch(`${instance.url}${urlPath}`, { headers: { cookie, 'browser-id': 'jsm-e2e' } });
			return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
		}

		beforeAll(async () => {
			instance = await createInstance();
			const packageDir = installPackage(instance.userFolder);
			// What n8n's installer leaves: the tarball's files and no dev or peer dependencies.
			const installed = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
			expect(installed.devDependencies).toBeUndefined();
			expect(installed.peerDependencies).toBeUndefined();
			server = await startServer(instance);
			cookie = await ensureOwner(instance, OWNER);
		});

		afterAll(async () => {
			await server?.stop();
			if (instance) rmSync(instance.userFolder, { recursive: true, force: true });
		});

		it('lists every node of package.json, under the package name, with servable icons', async () => {
			const answer = await get('/types/nodes.json');
			expect(answer.status).toBe(200);
			const types = JSON.parse(answer.body) as Array<Described & IDataObject>;
			for (const { file, description } of nodes) {
				const listed = types.find((type) => type.name === `${PACKAGE}.${description.name}`);
				expect(listed).toMatchObject({ displayName: description.displayName });
				// n8n adds its own (e.g. pollTimes for polling nodes).
				expect(listed!.properties!.map((property) => property.name)).toEqual(
					expect.arrayContaining(description.properties!.map((property) => property.name)),
				);
				// The codex file travelled with the node.
				const codex = JSON.parse(readFileSync(path.join(root, file.replace(/\.js$/, '.json')), 'utf8'));
				expect(listed!.codex).toMatchObject({ categories: codex.categories });
				const urls = listed!.iconUrl as { light: string; dark: string };
				expect(urls).toEqual({ light: expect.stringMatching(/\.svg$/), dark: expect.stringMatching(/\.svg$/) });
				for (const url of [urls.light, urls.dark]) {
					const icon = await get(`/${url}`);
					expect({ url, status: icon.status }).toEqual({ url, status: 200 });
					expect(icon.body).toContain('<svg');
				}
			}
			// The action node, the webhook trigger and (when package.json lists it) the poll trigger, plus the
			// AI-agent tool variant n8n derives from the action node (usableAsTool).
			const ours = types.filter((type) => type.name.startsWith(`${PACKAGE}.`)).map((type) => type.name);
			expect(new Set(ours)).toEqual(
				new Set([...nodes.map(({ description }) => `${PACKAGE}.${description.name}`), `${PACKAGE}.jiraServiceManagementTool`]),
			);
			expect(ours).toEqual(expect.arrayContaining([`${PACKAGE}.jiraServiceManagement`, `${PACKAGE}.jiraServiceManagementTrigger`]));
		});

		it('lists both credentials, with servable icons', async () => {
			const answer = await get('/types/credentials.json');
			expect(answer.status).toBe(200);
			const types = JSON.parse(answer.body) as Array<Described & IDataObject>;
			expect(credentials.map(({ description }) => description.name).sort()).toEqual([
				'jiraServiceManagementApi',
				'jiraServiceManagementOAuth2Api',
			]);
			for (const { description } of credentials) {
				const listed = types.find((type) => type.name === description.name);
				expect(listed).toMatchObject({ displayName: description.displayName });
				const urls = listed!.iconUrl as { light: string; dark: string };
				for (const url of [urls.light, urls.dark]) expect((await get(`/${url}`)).status).toBe(200);
			}
		});
	});
});
