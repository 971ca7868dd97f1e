import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The GitHub Actions workflows: CI runs what the README says on every push and pull request; a release is
// published from a workflow with an npm provenance statement, which n8n requires of community nodes since
// 1 May 2026 (docs.n8n.io/integrations/creating-nodes/build/reference/verification-guidelines); npm signs that
// statement with the job's OIDC token on a GitHub-hosted runner, so that job needs `id-token: write`
// (docs.npmjs.com/generating-provenance-statements).
const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('GitHub Actions workflows', () => {
	const ci = read('.github/workflows/ci.yml');
	const publish = read('.github/workflows/publish.yml');

	test('CI runs npm ci and npm test on every push and pull request', () => {
		expect(ci).toMatch(/^on:\n {2}push:\n {2}pull_request:/m);
		expect(ci).toMatch(/- run: npm ci\n\s+- run: npm test\n/);
	});

	test('CI caches .cache under a key that changes with every file deciding what it holds', () => {
		// .cache holds the n8n runtimes (installed by scripts/n8n-runtime.js from the lockfiles in
		// scripts/runtime-locks/) and the scanner (scripts/scan.mjs); a relocked runtime must not be served stale.
		const key = /key: runtime-\$\{\{ hashFiles\(([^)]*)\) \}\}/.exec(ci);
		expect(key).not.toBeNull();
		const hashed = key![1].split(',').map((part) => part.trim().replace(/^'|'$/g, ''));
		const locks = readdirSync(path.join(root, 'scripts/runtime-locks')).map((name) => `scripts/runtime-locks/${name}`);
		const covered = (file: string) => hashed.some((pattern) => pattern === file || (pattern.endsWith('/*') && file.startsWith(pattern.slice(0, -1))));
		expect(['scripts/n8n-runtime.js', 'scripts/scan.mjs', ...locks].filter((file) => !covered(file))).toEqual([]);
	});

	test('a version tag publishes with provenance after the tests, the publishing job holding id-token: write', () => {
		expect(publish).toMatch(/^on:\n {2}push:\n {4}tags: \['v\*'\]/m);
		const job = publish.slice(publish.indexOf('  publish:'));
		expect(job).toMatch(/needs: test/);
		expect(job).toMatch(/id-token: write/);
		expect(job).toMatch(/- run: npm publish --provenance --access public/);
		expect(publish.slice(0, publish.indexOf('  publish:'))).toMatch(/- run: npm test/);
	});
});
