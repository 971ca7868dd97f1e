// `npm start`: builds the package, runs the sandbox site and a real n8n with the package installed,
// a ready credential and the example workflows, in the persistent demo folder .n8n-demo/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { ensureRuntime } = require('./n8n-runtime.js');
const n8n = require('./n8n-instance.js');

const OWNER = { email: 'demo@example.com', password: 'Demo-password-1', firstName: 'Demo', lastName: 'User' };
const userFolder = path.join(root, '.n8n-demo');
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8181);
const n8nPort = Number(process.env.N8N_PORT ?? 5678);

const step = (message) => console.log(`\n▶ ${message}`);

function fail(message) {
	console.error(`\n${message}`);
	process.exit(1);
}

step('Building the package (npm run build)');
try {
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
} catch {
	fail('The build failed (see above).');
}

step(`Starting the Jira Service Management sandbox on 127.0.0.1:${sandboxPort}`);
const { createSandbox } = require('../test/sandbox');
const sandbox = await createSandbox({ host: '127.0.0.1', port: sandboxPort, seed: 42 }).catch((error) =>
	fail(error.code === 'EADDRINUSE' ? `Port ${sandboxPort} is in use: set SANDBOX_PORT to another port.` : error.stack),
);

let server;
let stopping = false;
async function shutdown(code = 0) {
	if (stopping) return;
	stopping = true;
	console.log('\nStopping n8n and the sandbox...');
	await server?.stop();
	await sandbox.close();
	process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
	step('Checking the n8n runtime (the first run installs Node 24 and n8n: several minutes)');
	ensureRuntime();

	step(`Installing the package into ${path.relative(root, userFolder)}/`);
	mkdirSync(userFolder, { recursive: true });
	// A fixed key: the demo folder is local and must decrypt its own credentials on every start.
	const instance = await n8n.createInstance({
		userFolder,
		port: n8nPort,
		encryptionKey: 'jsm-demo-local-only',
		env: { N8N_LOG_FORMAT: 'text' },
	});
	n8n.installPackage(userFolder);

	// Re-imported only when they change, so edits made in the editor survive restarts.
	const credential = n8n.sandboxCredential(sandbox);
	const workflows = n8n.exampleWorkflows();
	const marker = path.join(userFolder, '.n8n', 'jsm-examples.sha256');
	const digest = createHash('sha256').update(JSON.stringify({ credential, workflows })).digest('hex');
	if (!existsSync(marker) || readFileSync(marker, 'utf8') !== digest) {
		step(`Importing the credential "${credential.name}" and ${workflows.length} example workflows`);
		await n8n.importCredentials(instance, [credential]);
		await n8n.importWorkflows(instance, workflows);
		writeFileSync(marker, digest);
	}

	step(`Starting n8n on ${instance.url} (log: ${path.relative(root, userFolder)}/n8n.log)`);
	const log = createWriteStream(path.join(userFolder, 'n8n.log'), { flags: 'a' });
	server = await n8n.startServer(instance, { onOutput: (chunk) => log.write(chunk) });
	server.exited.then(({ code, signal }) => {
		if (stopping) return;
		console.error(`n8n stopped unexpectedly (code ${code}, signal ${signal}); see .n8n-demo/n8n.log`);
		shutdown(1);
	});
	// Fails only when someone changed the demo owner's password in the editor: keep running.
	await n8n.ensureOwner(instance, OWNER).catch((error) => console.warn(`Could not sign in as the demo owner: ${error.message}`));

	console.log(`
Ready.
  n8n editor:  ${instance.url}
  login:       ${OWNER.email} / ${OWNER.password}
  sandbox:     ${sandbox.url} (${credential.data.email} / ${credential.data.apiToken}: local test account)
  credential:  "${credential.name}"; example workflows: ${workflows.map((w) => `"${w.name}"`).join(', ')}
  reset:       delete .n8n-demo/ to start from scratch
Press Ctrl-C to stop.`);
} catch (error) {
	console.error(`\n${error instanceof Error ? error.message : error}`);
	await shutdown(1);
}
