// One real n8n instance: its user folder with this package installed the way users install it, its
// environment, CLI commands, `n8n start` with readiness polling, owner account and public API key.
// Shared by the end-to-end tests (test/e2e/n8n.ts) and `npm start` (scripts/start.mjs).
const { execFileSync, spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { N8N_VERSION, runtimeFor, node24Env, ensureRuntime } = require('./n8n-runtime');
const { freePort } = require('./ports');

const root = path.resolve(__dirname, '..');
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const packageName = readJson(path.join(root, 'package.json')).name;

/**
 * Installs the built project into `<userFolder>/.n8n/nodes` the way n8n's own community-package
 * installer does: pack, extract into node_modules/<name>, drop dev and peer dependencies, `npm install`
 * inside it without scripts, and record it in the folder's package.json. Replaces any older copy.
 */
function installPackage(userFolder) {
	const { n8n } = readJson(path.join(root, 'package.json'));
	const missing = [...n8n.nodes, ...n8n.credentials].filter((file) => !fs.existsSync(path.join(root, file)));
	if (missing.length) throw new Error(`Not built: ${missing.join(', ')}. Run \`npm run build\` first`);
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const packageDir = path.join(nodesDir, 'node_modules', packageName);
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsm-pack-'));
	try {
		const [{ filename }] = JSON.parse(
			execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', stdio: 'pipe' }),
		);
		fs.rmSync(packageDir, { recursive: true, force: true });
		fs.mkdirSync(packageDir, { recursive: true });
		execFileSync('tar', ['-xzf', path.join(packDir, filename), '-C', packageDir, '--strip-components=1']);
	} finally {
		fs.rmSync(packDir, { recursive: true, force: true });
	}
	const manifestPath = path.join(packageDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = readJson(manifestPath);
	fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	execFileSync(
		'npm',
		['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow',
			'--ignore-scripts=true', '--package-lock=false', '--loglevel=error'],
		{ cwd: packageDir, stdio: 'pipe' },
	);
	const nodesManifestPath = path.join(nodesDir, 'package.json');
	const nodesManifest = fs.existsSync(nodesManifestPath) ? readJson(nodesManifestPath) : { name: 'installed-nodes', private: true };
	nodesManifest.dependencies = { ...nodesManifest.dependencies, [packageName]: manifest.version };
	fs.writeFileSync(nodesManifestPath, JSON.stringify(nodesManifest, null, 2));
	return packageDir;
}

/** n8n's major version of an instance: 1.x and 2.x differ in how workflows are activated. */
const majorOf = (instance) => Number(String(instance.n8nVersion ?? N8N_VERSION).split('.')[0]);

/**
 * Describes an instance of `options.n8nVersion` (default: N8N_VERSION). Everything is isolated per
 * instance: user folder, HTTP port and task-broker port (two n8n processes on one broker port collide).
 */
async function createInstance(options = {}) {
	const n8nVersion = options.n8nVersion ?? N8N_VERSION;
	runtimeFor(n8nVersion); // refuses an unsupported version before anything is made
	const userFolder = options.userFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'jsm-n8n-'));
	const port = options.port ?? (await freePort());
	const brokerPort = options.brokerPort ?? (await freePort());
	const encryptionKey = options.encryptionKey ?? randomBytes(24).toString('hex');
	const url = `http://127.0.0.1:${port}`;
	const env = node24Env({
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: encryptionKey,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_SECURE_COOKIE: 'false',
		// n8n 1.x has no mcp-registry module and refuses to start on an unknown module name.
		...(majorOf({ n8nVersion }) >= 2 ? { N8N_DISABLED_MODULES: 'mcp-registry' } : {}),
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_WEBHOOK_URL: `${url}/`,
		N8N_LOG_FORMAT: 'json',
		...options.env,
	});
	// Jest sets NODE_ENV=test, which silences n8n's logger (and so the run output).
	delete env.NODE_ENV;
	return { n8nVersion, userFolder, port, url, env };
}


/** Runs an n8n CLI command to completion; resolves with its exit code and output (never rejects on exit code). */
function runCli(instance, args) {
	const runtime = ensureRuntime(instance.n8nVersion);
	return new Promise((resolve, reject) => {
		const child = spawn(runtime.nodeBin, [runtime.n8nMain, ...args], {
			env: instance.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const out = [];
		const err = [];
		child.stdout.on('data', (chunk) => out.push(chunk));
		child.stderr.on('data', (chunk) => err.push(chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
		);
	});
}

async function importJson(instance, command, items) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsm-import-'));
	// Credential files hold secrets in plain text until n8n encrypts them: remove them at once.
	const file = path.join(dir, 'import.json');
	try {
		fs.writeFileSync(file, JSON.stringify(items), { mode: 0o600 });
		const result = await runCli(instance, [command, `--input=${file}`]);
		if (result.code !== 0) throw new Error(`n8n ${command} failed (exit ${result.code}):\n${logText(result)}`);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** `credentials`: an array of `{ id, name, type, data }` with plain `data`; n8n encrypts it on import. */
const importCredentials = (instance, credentials) => importJson(instance, 'import:credentials', credentials);

/** Imports one workflow or an array of them, keeping their ids. */
const importWorkflows = (instance, workflows) =>
	importJson(instance, 'import:workflow', Array.isArray(workflows) ? workflows : [workflows]);

/** `n8n export:workflow` of one workflow, as a backup or a move to another instance gets it. */
async function exportWorkflow(instance, id) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsm-export-'));
	const file = path.join(dir, 'workflow.json');
	try {
		const result = await runCli(instance, ['export:workflow', `--id=${id}`, `--output=${file}`]);
		if (result.code !== 0) throw new Error(`n8n export:workflow failed (${result.code}): ${result.stderr.slice(-2000)}`);
		return fs.readFileSync(file, 'utf8');
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

function logLines(text) {
	return text
		.split('\n')
		.filter((line) => line.startsWith('{'))
		.map((line) => {
			try {
				return JSON.parse(line);
			} catch {
				return undefined;
			}
		})
		.filter(Boolean);
}

/** The log messages of a CLI run as plain text, for failure messages. */
function logText({ stdout, stderr }) {
	const messages = logLines(stdout).map((entry) => `${entry.level ?? ''} ${entry.message ?? ''}`);
	return [...messages, stderr.trim()].filter(Boolean).join('\n').slice(-8000);
}

/**
 * `n8n execute --id --rawOutput`. With JSON logs the run (success or failure) is the last logged
 * message that is itself a JSON object. Resolves `{ code, run, log }`; `run` is n8n's IRun.
 */
async function executeWorkflow(instance, id) {
	const result = await runCli(instance, ['execute', `--id=${id}`, '--rawOutput']);
	const messages = logLines(result.stdout)
		.map((entry) => String(entry.message ?? ''))
		.filter((message) => message.trimStart().startsWith('{'));
	if (!messages.length) throw new Error(`n8n execute printed no run (exit ${result.code}):\n${logText(result)}`);
	return { code: result.code, run: JSON.parse(messages[messages.length - 1]), log: logText(result) };
}

/**
 * `n8n execute-batch`: several workflows in one n8n process, one after the other, through the same
 * workflow runner as `execute`. Resolves `{ results, log }`: per workflow id `{ status, error, run }`,
 * `run` being n8n's IRun (n8n writes it as a snapshot only when the run succeeded).
 */
async function executeWorkflows(instance, ids) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsm-batch-'));
	try {
		const output = path.join(dir, 'output.json');
		const snapshots = path.join(dir, 'snapshots');
		fs.mkdirSync(snapshots);
		const result = await runCli(instance, ['execute-batch', `--ids=${ids.join(',')}`, `--output=${output}`, `--snapshot=${snapshots}`]);
		if (!fs.existsSync(output)) throw new Error(`n8n execute-batch wrote no results (exit ${result.code}):\n${logText(result)}`);
		const { executions } = JSON.parse(fs.readFileSync(output, 'utf8'));
		const results = {};
		for (const execution of executions) {
			const snapshot = path.join(snapshots, `${execution.workflowId}-snapshot.json`);
			results[execution.workflowId] = {
				status: execution.executionStatus,
				error: execution.error,
				run: fs.existsSync(snapshot) ? JSON.parse(fs.readFileSync(snapshot, 'utf8')) : undefined,
			};
		}
		return { results, log: logText(result) };
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** The n8n command of each process kind (queue mode runs all three; a single instance only `main`). */
const PROCESS_COMMANDS = { main: 'start', webhook: 'webhook', worker: 'worker' };

/**
 * n8n 1.x's command registry swallows any error thrown while loading a command's module and reports
 * only `Command "start" not found`. Loads the module the way `bin/n8n` does, with the same environment,
 * to name the real cause.
 */
function commandLoadError(runtime, env, command) {
	const dist = path.join(runtime.n8nModules, 'n8n', 'dist');
	const script = [
		`process.env.NODE_CONFIG_DIR = ${JSON.stringify(path.join(runtime.n8nModules, 'n8n', 'bin', 'config'))};`,
		`require(${JSON.stringify(require.resolve('reflect-metadata', { paths: [path.join(runtime.n8nModules, 'n8n')] }))});`,
		`require(${JSON.stringify(path.join(dist, 'config'))});`,
		`require(${JSON.stringify(path.join(dist, 'zod-alias-support'))});`,
		`require(${JSON.stringify(path.join(dist, 'commands', `${command}.js`))});`,
	].join('\n');
	try {
		execFileSync(runtime.nodeBin, ['-e', script], { env, stdio: 'pipe', timeout: 60_000 });
		return `loading dist/commands/${command}.js alone succeeds`;
	} catch (error) {
		return `loading dist/commands/${command}.js fails: ${String(error.stderr || error.message).slice(-3000)}`;
	}
}

/**
 * Starts one n8n process of `kind` on the instance's port, resolved once `/healthz/readiness` answers
 * (a worker answers on its health server, put on the instance's port) and, for the main process, its
 * REST API too: n8n 1.x reports ready once the database is migrated, seconds before it mounts
 * `/rest/*` (owner setup, login). `stop()` ends it with SIGTERM.
 */
async function startProcess(instance, kind = 'main', options = {}) {
	try {
		return await launchProcess(instance, kind, options);
	} catch (error) {
		// The broker port is internal to the process, so a clash with another program is mended by moving it.
		if (!/Task Broker's port \d+ is already in use/.test(String(error?.message))) throw error;
		instance.env.N8N_RUNNERS_BROKER_PORT = String(await freePort());
		return launchProcess(instance, kind, options);
	}
}

async function launchProcess(instance, kind, { timeoutMs = 120_000, onOutput } = {}) {
	const runtime = ensureRuntime(instance.n8nVersion);
	const command = PROCESS_COMMANDS[kind];
	if (!command) throw new Error(`Unknown n8n process kind "${kind}"`);
	// Another server on the port would answer the readiness poll in our place.
	await freePort(instance.port).catch(() => {
		throw new Error(`Port ${instance.port} is in use: choose another (N8N_PORT for npm start)`);
	});
	const env =
		kind === 'worker'
			? {
					...instance.env,
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(instance.port),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				}
			: instance.env;
	const child = spawn(runtime.nodeBin, [runtime.n8nMain, command], {
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const tail = [];
	const keep = (chunk) => {
		onOutput?.(chunk);
		tail.push(chunk.toString('utf8'));
		if (tail.length > 200) tail.shift();
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
	let exit;
	exited.then((value) => (exit = value));

	const stop = async () => {
		if (!exit) {
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await exited;
			clearTimeout(timer);
		}
	};
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (exit) {
			const output = tail.join('');
			// n8n logs JSON here, so the quotes around the command's name come escaped.
			const hidden = output.includes(`Command "${command}" not found`) || output.includes(`Command \\"${command}\\" not found`);
			const cause = hidden ? `\n${commandLoadError(runtime, env, command)}` : '';
			throw new Error(`n8n ${command} exited early (${JSON.stringify(exit)}):\n${logText({ stdout: output, stderr: '' })}${cause}`);
		}
		try {
			const ready = await fetch(`${instance.url}/healthz/readiness`, { signal: AbortSignal.timeout(2000) });
			const restMounted = kind !== 'main' || (ready.ok && (await fetch(`${instance.url}/rest/settings`, { signal: AbortSignal.timeout(2000) })).ok);
			if (ready.ok && restMounted) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`n8n ${command} did not become ready within ${timeoutMs} ms`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return { process: child, stop, exited };
}

/** `n8n start`: a single instance, or the main process in queue mode. */
const startServer = (instance, options) => startProcess(instance, 'main', options);

async function rest(instance, method, urlPath, { body, cookie, apiKey } = {}) {
	const headers = { 'content-type': 'application/json', 'browser-id': 'jsm-e2e' };
	if (cookie) headers.cookie = cookie;
	if (apiKey) headers['x-n8n-api-key'] = apiKey;
	const response = await fetch(`${instance.url}${urlPath}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	let data;
	try {
		data = text ? JSON.parse(text) : undefined;
	} catch {
		data = text;
	}
	const setCookie = response.headers.getSetCookie?.() ?? [];
	const authCookie = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	return { status: response.status, data, cookie: authCookie };
}

/**
 * Claims the instance for `owner` on first use, or logs in when it already has an owner.
 * Resolves with the session cookie.
 */
async function ensureOwner(instance, owner) {
	const setup = await rest(instance, 'POST', '/rest/owner/setup', { body: owner });
	if (setup.status === 200 && setup.cookie) return setup.cookie;
	const login = await rest(instance, 'POST', '/rest/login', {
		body: { emailOrLdapLoginId: owner.email, password: owner.password },
	});
	if (login.status === 200 && login.cookie) return login.cookie;
	throw new Error(`Owner setup answered ${setup.status} and login as ${owner.email} answered ${login.status}`);
}

/** A public API key with every scope the owner may grant. */
async function createApiKey(instance, cookie) {
	const scopes = await rest(instance, 'GET', '/rest/api-keys/scopes', { cookie });
	const created = await rest(instance, 'POST', '/rest/api-keys', {
		cookie,
		body: { label: `e2e-${Date.now()}`, expiresAt: null, scopes: scopes.data?.data },
	});
	const key = created.data?.data?.rawApiKey;
	if (!key) throw new Error(`Creating an API key answered ${created.status}`);
	return key;
}

/** Public API (`/api/v1`) call with an API key; throws on a non-2xx answer. */
async function publicApi(instance, apiKey, method, urlPath, body) {
	const response = await rest(instance, method, `/api/v1${urlPath}`, { apiKey, body });
	if (response.status < 200 || response.status > 299) {
		throw new Error(`${method} /api/v1${urlPath} answered ${response.status}: ${JSON.stringify(response.data)}`);
	}
	return response.data;
}

/** The credential every example workflow uses: the sandbox's admin in custom URL mode, Basic auth. */
function sandboxCredential(sandbox) {
	const { email, token } = sandbox.credentials.admin;
	return {
		id: 'JsmSandboxAdmin1',
		name: 'JSM Sandbox (admin)',
		type: 'jiraServiceManagementApi',
		data: { deployment: 'custom', siteUrl: sandbox.url, authType: 'basic', email, apiToken: token },
	};
}

/** The workflows in examples/*.json, by file name. */
function exampleWorkflows() {
	const dir = path.join(root, 'examples');
	return fs
		.readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => readJson(path.join(dir, name)));
}

module.exports = {
	sandboxCredential,
	exampleWorkflows,
	packageName,
	freePort,
	majorOf,
	installPackage,
	createInstance,
	importCredentials,
	importWorkflows,
	exportWorkflow,
	executeWorkflow,
	executeWorkflows,
	startServer,
	startProcess,
	ensureOwner,
	createApiKey,
	publicApi,
	rest,
};
