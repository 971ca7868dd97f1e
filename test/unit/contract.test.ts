import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

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
