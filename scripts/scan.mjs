// Runs n8n's official community-package scanner (@n8n/scan-community-package, its `analyzePackage`) on the
// sources and on the contents of `npm pack`, as n8n's verification gate does. Exit code 1 on any violation.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCANNER_VERSION = '0.32.0';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scannerDir = path.join(root, '.cache', `scanner-${SCANNER_VERSION}`);
const scannerModule = path.join(scannerDir, 'node_modules', '@n8n', 'scan-community-package', 'scanner', 'scanner.mjs');

function ensureScanner() {
	if (existsSync(scannerModule)) return;
	console.error(`[scan] installing @n8n/scan-community-package@${SCANNER_VERSION}`);
	mkdirSync(scannerDir, { recursive: true });
	writeFileSync(
		path.join(scannerDir, 'package.json'),
		// Its own TypeScript 7 pin breaks @typescript-eslint; it resolves n8n-workflow from beside it.
		JSON.stringify({ name: 'scanner', private: true, overrides: { typescript: '5.9.3' } }),
	);
	execFileSync(
		'npm',
		['install', `@n8n/scan-community-package@${SCANNER_VERSION}`, 'n8n-workflow@1.120.0', '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: scannerDir, stdio: ['ignore', 'inherit', 'inherit'] },
	);
}

function packContents() {
	const dir = mkdtempSync(path.join(tmpdir(), 'jsm-pack-'));
	const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
	execFileSync('tar', ['-xzf', path.join(dir, filename), '-C', dir]);
	return { dir, packageDir: path.join(dir, 'package') };
}

ensureScanner();
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerModule).href);
const pack = packContents();
let failed = false;
try {
	for (const [label, dir, patterns] of [
		['sources', root, SOURCE_FILE_PATTERNS],
		['npm pack tarball', pack.packageDir, ['**/*.js', 'package.json']],
	]) {
		const result = await analyzePackage(dir, patterns);
		console.log(`[scan] ${label}: ${result.passed ? 'no violations' : result.message}`);
		if (!result.passed) {
			failed = true;
			console.log(result.details ?? '');
		}
	}
} finally {
	rmSync(pack.dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
