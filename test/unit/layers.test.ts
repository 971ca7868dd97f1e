import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// The layering of nodes/ (CONTRIBUTING "How the code is laid out"): each node's folder imports only itself and
// nodes/shared; credentials import only nodes/shared. A node that reached into another node's folder would break
// when that node is moved or renamed.
const root = path.resolve(__dirname, '../..');
const nodesDir = path.join(root, 'nodes');
const SHARED = path.join(nodesDir, 'shared');

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return sources(full);
		return name.endsWith('.ts') ? [full] : [];
	});
}

/** Relative module specifiers of a file: static imports, re-exports, require() and import(). */
function relativeImports(text: string): string[] {
	const pattern = /(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
	return [...text.matchAll(pattern)].map((match) => match[1]);
}

const inside = (target: string, dir: string) => target === dir || target.startsWith(dir + path.sep);

/** "file: import" for each import of the sources under `dir` that reaches outside `allowed`. */
function violations(dir: string, allowed: string[]): string[] {
	return sources(dir).flatMap((file) =>
		relativeImports(readFileSync(file, 'utf8'))
			.filter((specifier) => !allowed.some((folder) => inside(path.resolve(path.dirname(file), specifier), folder)))
			.map((specifier) => `${path.relative(root, file)}: ${specifier}`),
	);
}

const nodeFolders = readdirSync(nodesDir)
	.map((name) => path.join(nodesDir, name))
	.filter((full) => full !== SHARED && statSync(full).isDirectory());

describe('layers of nodes/ and credentials/', () => {
	it('finds the three nodes and the imports it checks', () => {
		expect(nodeFolders.map((folder) => path.basename(folder)).sort()).toEqual([
			'JiraServiceManagement',
			'JiraServiceManagementPollTrigger',
			'JiraServiceManagementTrigger',
		]);
		expect(relativeImports("import { a } from '../x';\nexport * from './y';\nimport './z';\nrequire('../w')")).toEqual([
			'../x',
			'./y',
			'./z',
			'../w',
		]);
	});

	it.each(nodeFolders.map((folder) => [path.basename(folder), folder]))('%s imports only its own folder and nodes/shared', (_name, folder) => {
		expect(violations(folder, [folder, SHARED])).toEqual([]);
	});

	it('nodes/shared imports no node folder', () => {
		expect(violations(SHARED, [SHARED])).toEqual([]);
	});

	it('credentials import only nodes/shared', () => {
		const credentials = path.join(root, 'credentials');
		expect(violations(credentials, [credentials, SHARED])).toEqual([]);
	});
});
