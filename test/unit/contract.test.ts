import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { catalogue } from '../helpers/catalogue';
import { assetsOperations, formsOperations, jsmOperations, opsOperations, platformOperations } from '../helpers/specs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpecs } = require('../sandbox/specs') as { loadSpecs(): { operations: Array<{ api: string; key: string }> } };
// Jira Data Center's platform API (/rest/api/2), served by the sandbox's Data Center mode.
const dataCenterOperations = loadSpecs().operations.filter((operation) => operation.api === 'dc').map((operation) => operation.key);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const routes = require('../sandbox/routes') as { spec: Record<string, unknown> };

const root = path.resolve(__dirname, '../..');
const CONTRACTS = ['contract/jsm-cloud.json', 'contract/jira-platform-v3.json', 'contract/assets-cloud.json', 'contract/jsm-ops-cloud.json', 'contract/forms-cloud.json', 'contract/jira-dc-platform-10.3.json'];
const PROSE = ['description', 'summary', 'example', 'examples', 'externalDocs', 'title'];
// Keys of these objects are names (a property may well be called "description"), not keywords.
const NAME_MAPS = new Set(['properties', 'patternProperties', 'content', 'responses', 'headers', 'schemas', 'paths', 'encoding', 'variables']);

function proseKeys(node: unknown, at: string, names = false): string[] {
	if (Array.isArray(node)) return node.flatMap((item, i) => proseKeys(item, `${at}[${i}]`));
	if (!node || typeof node !== 'object') return [];
	return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => [
		...(!names && PROSE.includes(key) ? [`${at}.${key}`] : []),
		...(['enum', 'default', 'required', 'const'].includes(key) ? [] : proseKeys(value, `${at}.${key}`, NAME_MAPS.has(key))),
	]);
}

describe('the committed API contract', () => {
	it.each(CONTRACTS)('%s holds structure only, no prose', (file) => {
		const contract = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
		// info keeps the API's name and version: which file the contract was derived from.
		expect(proseKeys({ ...contract, info: undefined }, file)).toEqual([]);
	});

	it('describes every operation the sandbox serves, so each request it gets is validated', () => {
		const described = new Set([...jsmOperations, ...platformOperations, ...assetsOperations, ...opsOperations, ...formsOperations, ...dataCenterOperations]);
		expect(Object.keys(routes.spec).filter((key) => !described.has(key))).toEqual([]);
	});

	it('keeps OAuth 2.0 scopes, which the OpenAPI files carry per operation', () => {
		const jsm = JSON.parse(readFileSync(path.join(root, CONTRACTS[0]), 'utf8'));
		expect(jsm.paths['/rest/servicedeskapi/request'].post['x-atlassian-oauth2-scopes']).toBeDefined();
	});

	it.each(CONTRACTS)('%s has its response examples beside it (contract/examples), for the same operations and 2xx statuses', (file) => {
		const contract = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
		const examples = JSON.parse(readFileSync(path.join(root, file.replace('contract/', 'contract/examples/')), 'utf8'));
		const expected: Record<string, string[]> = {};
		for (const [template, item] of Object.entries(contract.paths as Record<string, Record<string, { responses?: object }>>)) {
			for (const [method, operation] of Object.entries(item)) {
				expected[`${method.toUpperCase()} ${contract.basePath}${template}`] = Object.keys(operation.responses ?? {}).filter((status) => status.startsWith('2')).sort();
			}
		}
		const found = Object.fromEntries(Object.entries(examples.operations as Record<string, object>).map(([key, statuses]) => [key, Object.keys(statuses)]));
		expect(found).toEqual(expected);
		for (const statuses of Object.values(examples.operations as Record<string, Record<string, { source: string; body?: unknown }>>)) {
			for (const example of Object.values(statuses)) {
				expect(['documented', 'synthesized', 'no body']).toContain(example.source);
				expect(example.source === 'no body' ? !('body' in example) : 'body' in example).toBe(true);
			}
		}
	});

	it('gives every API operation the node declares an example entry (the example sweep answers with them)', () => {
		const entries = new Set(CONTRACTS.flatMap((file) => Object.keys(JSON.parse(readFileSync(path.join(root, file.replace('contract/', 'contract/examples/')), 'utf8')).operations)));
		const declared = [...new Set(catalogue.flatMap((entry) => entry.module.api))];
		expect(declared.length).toBeGreaterThan(100);
		expect(declared.filter((key) => !entries.has(key))).toEqual([]);
	});

	it('nothing in the repository reads files from outside it (the ../shared folder of the workspace)', () => {
		const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
		const self = 'test/unit/contract.test.ts';
		// `../shared` that stays inside the checkout is the nodes' shared layer (nodes/shared), not the workspace's folder.
		const leavesRoot = (file: string, reference: string) =>
			!path.resolve(root, path.dirname(file), reference).startsWith(root + path.sep);
		const offenders = files.filter((file) => {
			if (file === self) return false;
			const text = readFileSync(path.join(root, file), 'utf8');
			return /shared\/specs/.test(text) || (text.match(/(?:\.\.\/)+shared\b/g) ?? []).some((reference) => leavesRoot(file, reference));
		});
		expect(offenders).toEqual([]);
	});
});
