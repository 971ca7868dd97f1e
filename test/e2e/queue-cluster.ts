// n8n in queue mode on this machine, for the end-to-end test: Redis (Debian's redis-server) and
// PostgreSQL (Debian's postgresql) started on 127.0.0.1 in temporary folders, one main process, webhook
// processes behind a small round-robin proxy, and workers, all sharing one database, one Redis and one
// encryption key, each with the built package installed the way users install it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
	createApiKey,
	createInstance,
	ensureOwner,
	freePort,
	importCredentials,
	importWorkflows,
	installPackage,
	startProcess,
	type Credential,
	type N8nInstance,
	type ProcessKind,
	type Server,
	type Workflow,
} from './n8n';

export { freePort };

const root = path.resolve(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Service {
	port: number;
	stop(): Promise<void>;
}

/** Debian's redis-server and postgresql, installed by scripts/ensure-apt.sh when missing (CI starts bare). */
export function ensureSystemPackages(): void {
	execFileSync('bash', [path.join(root, 'scripts', 'ensure-apt.sh'), 'redis-server', 'postgresql'], { stdio: 'inherit' });
}

/** Keeps the last lines a child printed, for failure messages. */
function tailOf(child: ChildProcess): () => string {
	const tail: string[] = [];
	const keep = (chunk: Buffer) => {
		tail.push(chunk.toString('utf8'));
		if (tail.length > 100) tail.shift();
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	return () => tail.join('').slice(-4000);
}

function exitOf(child: ChildProcess): Promise<void> {
	return child.exitCode !== null || child.signalCode !== null
		? Promise.resolve()
		: new Promise((resolve) => child.once('exit', () => resolve()));
}

async function until(what: string, check: () => Promise<boolean>, child: ChildProcess, tail: () => string, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}):\n${tail()}`);
		if (await check().catch(() => false)) return;
		if (Date.now() > deadline) throw new Error(`${what} not ready within ${timeoutMs} ms:\n${tail()}`);
		await sleep(100);
	}
}

/** One line of the Redis protocol over a fresh connection; resolves with the first answer. */
function redisCommand(port: number, command: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = net.connect(port, '127.0.0.1', () => socket.write(`${command}\r\n`));
		socket.setTimeout(2000, () => socket.destroy(new Error('timeout')));
		socket.once('data', (data) => {
			socket.end();
			resolve(data.toString('utf8').trim());
		});
		socket.once('error', reject);
	});
}

/** Debian's redis-server on 127.0.0.1, without persistence, in a temporary folder. */
export async function startRedis(): Promise<Service> {
	const port = await freePort();
	const dir = mkdtempSync(path.join(tmpdir(), 'jsm-redis-'));
	const child = spawn(
		'redis-server',
		['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	const tail = tailOf(child);
	const stop = async () => {
		child.kill('SIGTERM');
		await exitOf(child);
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await until('redis-server', async () => (await redisCommand(port, 'PING')) === '+PONG', child, tail);
	} catch (error) {
		await stop();
		throw error;
	}
	return { port, stop };
}

/** The newest PostgreSQL server installed by Debian's packages (their binaries are not on PATH). */
function postgresBin(): string {
	const base = '/usr/lib/postgresql';
	const versions = existsSync(base)
		? readdirSync(base)
				.filter((version) => existsSync(path.join(base, version, 'bin', 'postgres')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (!versions.length) throw new Error(`No PostgreSQL server under ${base}: run scripts/ensure-apt.sh postgresql`);
	return path.join(base, versions[0], 'bin');
}

export interface Postgres extends Service {
	database: string;
	user: string;
}

/**
 * A throwaway PostgreSQL cluster on 127.0.0.1 (trust authentication, no fsync). PostgreSQL refuses to
 * run as root, so as root it runs as Debian's `postgres` account.
 */
export async function startPostgres(): Promise<Postgres> {
	const bin = postgresBin();
	const port = await freePort();
	const dir = mkdtempSync(path.join(tmpdir(), 'jsm-pg-'));
	const asRoot = process.getuid?.() === 0;
	const run = (command: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]) as [string, string[]];
	if (asRoot) {
		const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
		chownSync(dir, uid, gid);
	}
	const user = 'n8n';
	const database = 'n8n';
	execFileSync(...run(path.join(bin, 'initdb'), ['-D', dir, '-U', user, '-A', 'trust', '-E', 'UTF8', '--no-sync']), { stdio: 'pipe' });
	const child = spawn(
		...run(path.join(bin, 'postgres'), [
			'-D', dir, '-p', String(port), '-k', dir,
			'-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
		]),
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	const tail = tailOf(child);
	const stop = async () => {
		// The postmaster (a child of runuser when root): a fast shutdown through its own pid file.
		const pidFile = path.join(dir, 'postmaster.pid');
		const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
		if (pid > 0) {
			try {
				process.kill(pid, 'SIGINT');
			} catch {
				// already gone
			}
		} else child.kill('SIGTERM');
		await exitOf(child);
		rmSync(dir, { recursive: true, force: true });
	};
	const createdb = path.join(bin, 'createdb');
	try {
		await until(
			'postgres',
			async () => {
				execFileSync(createdb, ['-h', '127.0.0.1', '-p', String(port), '-U', user, database], { stdio: 'pipe' });
				return true;
			},
			child,
			tail,
		);
	} catch (error) {
		await stop();
		throw error;
	}
	return { port, database, user, stop };
}

/**
 * How the proxy picks a webhook process: in turn (`round-robin`, a load balancer's default), or by a hash
 * of the `X-Atlassian-Webhook-Identifier` header (`identifier`: nginx `hash $http_x_atlassian_webhook_identifier
 * consistent;`, HAProxy `balance hdr(X-Atlassian-Webhook-Identifier)`), so every retry of a delivery
 * reaches the process that took the first attempt.
 */
export type Balance = 'round-robin' | 'identifier';

export interface Proxy extends Service {
	url: string;
	balance: Balance;
	/** Requests each webhook process received through the proxy, in the order of `webhookUrls`. */
	counts: number[];
	/** Which webhook process took each delivery, by its X-Atlassian-Webhook-Identifier (in order). */
	routes: Array<{ identifier: string; backend: number }>;
}

/** A stable hash of a header value onto `size` backends (FNV-1a). */
function backendFor(value: string, size: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193) >>> 0;
	return hash % size;
}

/**
 * The load balancer of a queue-mode setup: production webhook paths (`/webhook/...`) go to the webhook
 * processes (see `Balance`), everything else (editor, API, test webhooks) to the main process.
 */
export async function startProxy(webhookUrls: string[], mainUrl: string, port = 0): Promise<Proxy> {
	let next = 0;
	// A fresh connection per request: reusing one the backend is closing would fail a delivery (a 502).
	const agent = new http.Agent({ keepAlive: false });
	const server = http.createServer((request, response) => {
		let target = mainUrl;
		if (/^\/(webhook|webhook-waiting|form|form-waiting)\//.test(request.url ?? '')) {
			const identifier = request.headers['x-atlassian-webhook-identifier'];
			const index =
				proxy.balance === 'identifier' && typeof identifier === 'string'
					? backendFor(identifier, webhookUrls.length)
					: next++ % webhookUrls.length;
			proxy.counts[index]++;
			if (typeof identifier === 'string') proxy.routes.push({ identifier, backend: index });
			target = webhookUrls[index];
		}
		const upstream = http.request(
			new URL(request.url ?? '/', target),
			{ method: request.method, headers: { ...request.headers, 'x-forwarded-for': '127.0.0.1' }, agent },
			(answer) => {
				response.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(response);
			},
		);
		upstream.on('error', (error) => {
			if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
			response.end(`proxy: ${error.message}`);
		});
		request.pipe(upstream);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const bound = (server.address() as net.AddressInfo).port;
	const proxy: Proxy = {
		port: bound,
		url: `http://127.0.0.1:${bound}`,
		balance: 'round-robin',
		counts: webhookUrls.map(() => 0),
		routes: [],
		stop: async () => {
			agent.destroy();
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		},
	};
	return proxy;
}

export interface QueueProcess {
	kind: ProcessKind;
	instance: N8nInstance;
	server: Server;
	/** Execution ids this process logged as started (workers log "Worker started execution <id>"). */
	started: string[];
	/** The last log lines the process printed, for failure messages. */
	log: string[];
}

export interface QueueCluster {
	main: N8nInstance;
	processes: QueueProcess[];
	proxy: Proxy;
	/** Public API key of the owner, for the main process. */
	apiKey: string;
	/** The owner's session cookie, for the main process's internal REST API. */
	cookie: string;
	/** The environment every process of the cluster shares (what users set). */
	sharedEnv: Record<string, string>;
	timings: Record<string, number>;
	/** Execution ids each worker started, by worker index. */
	workerExecutions(): string[][];
	stop(): Promise<void>;
}

const OWNER = { email: 'owner@queue.test', password: 'Queue-Owner-Passw0rd', firstName: 'Queue', lastName: 'Owner' };

/** Keeps a process's last log lines and collects "Worker started execution <id>" from them. */
function collectLog(log: string[], started: string[]): (chunk: Buffer) => void {
	let partial = '';
	return (chunk) => {
		const lines = (partial + chunk.toString('utf8')).split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) {
			const match = /Worker started execution (\d+)/.exec(line);
			if (match) started.push(match[1]);
			log.push(line);
		}
		if (log.length > 500) log.splice(0, log.length - 500);
	};
}

/**
 * Starts Redis, PostgreSQL, the proxy and the n8n processes; imports credentials and workflows first
 * (the import also runs the database migrations, so the processes can then start side by side).
 */
export async function startQueueCluster(options: {
	/** Or made from the cluster's services, e.g. a credential for its Redis. */
	credentials: Credential[] | ((services: { redisPort: number }) => Credential[]);
	workflows: Workflow[];
	webhookProcesses?: number;
	workers?: number;
	/** Added to every process's environment. */
	env?: Record<string, string>;
}): Promise<QueueCluster> {
	const { webhookProcesses = 2, workers = 2 } = options;
	const timings: Record<string, number> = {};
	const began = Date.now();
	const stops: Array<() => Promise<void>> = [];
	const folders: string[] = [];
	const processes: QueueProcess[] = [];
	const stop = async () => {
		// n8n first (it holds connections to both), then the services; each only once.
		await Promise.allSettled(processes.map(({ server }) => server.stop()));
		for (const stopOne of stops.splice(0).reverse()) await stopOne().catch(() => undefined);
		for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	};
	try {
		ensureSystemPackages();
		const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
		stops.push(redis.stop, postgres.stop);
		timings.servicesMs = Date.now() - began;

		const proxyPort = await freePort();
		const sharedEnv: Record<string, string> = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: postgres.database,
			DB_POSTGRESDB_USER: postgres.user,
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			// The public address of webhooks is the load balancer's, for every process.
			N8N_WEBHOOK_URL: `http://127.0.0.1:${proxyPort}/`,
			// Production webhooks are served by the webhook processes only.
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
			...options.env,
		};
		const kinds: ProcessKind[] = ['main', ...Array(webhookProcesses).fill('webhook'), ...Array(workers).fill('worker')];
		const instances = await Promise.all(kinds.map(() => createInstance({ env: sharedEnv })));
		folders.push(...instances.map((instance) => instance.userFolder));
		const [main] = instances;
		// Every process loads the package from its own user folder, as separate hosts or containers would.
		installPackage(main.userFolder);
		for (const instance of instances.slice(1)) {
			cpSync(path.join(main.userFolder, '.n8n', 'nodes'), path.join(instance.userFolder, '.n8n', 'nodes'), {
				recursive: true,
				verbatimSymlinks: true,
			});
		}
		const proxy = await startProxy(
			instances.filter((_, index) => kinds[index] === 'webhook').map((instance) => instance.url),
			main.url,
			proxyPort,
		);
		stops.push(proxy.stop);

		let step = Date.now();
		const credentials = typeof options.credentials === 'function' ? options.credentials({ redisPort: redis.port }) : options.credentials;
		await importCredentials(main, credentials);
		await importWorkflows(main, options.workflows);
		timings.importMs = Date.now() - step;

		step = Date.now();
		await Promise.all(
			instances.map(async (instance, index) => {
				const started: string[] = [];
				const log: string[] = [];
				const server = await startProcess(instance, kinds[index], { timeoutMs: 180_000, onOutput: collectLog(log, started) });
				processes.push({ kind: kinds[index], instance, server, started, log });
			}),
		);
		timings.processesMs = Date.now() - step;
		const cookie = await ensureOwner(main, OWNER);
		const apiKey = await createApiKey(main, cookie);
		timings.totalMs = Date.now() - began;
		return {
			main,
			processes,
			proxy,
			apiKey,
			cookie,
			sharedEnv,
			timings,
			workerExecutions: () => processes.filter((p) => p.kind === 'worker').map((p) => p.started),
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}
