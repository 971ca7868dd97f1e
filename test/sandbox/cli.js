#!/usr/bin/env node
'use strict';
// `node test/sandbox/cli.js [--port 8181] [--latency 50] [--requests 300] [--seed 42]`
// Runs the sandbox until SIGINT/SIGTERM and prints how to reach it.
const { createSandbox } = require('./index');

function option(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}

async function main() {
	const sb = await createSandbox({
		port: option('port', Number(process.env.SANDBOX_PORT || 8181)),
		latencyMs: option('latency', 0),
		requestCount: option('requests', 300),
		seed: option('seed', 42),
	});
	const c = sb.credentials;
	process.stdout.write(
		[
			`Jira Service Management sandbox listening on ${sb.url}`,
			`  admin     ${c.admin.email} / API token ${c.admin.token} (PAT ${c.admin.pat})`,
			`  agent     ${c.agent.email} / API token ${c.agent.token} (PAT ${c.agent.pat})`,
			`  customer  ${c.customer.email} / API token ${c.customer.token}`,
			`  OAuth2    client sandbox-client / sandbox-secret, authorize ${sb.url}/oauth/authorize, token ${sb.url}/oauth/token`,
			`  cloudId   ${sb.state.cloudId} (gateway ${sb.url}/ex/jira/${sb.state.cloudId})`,
			`  control   ${sb.url}/sandbox/state/summary, /sandbox/coverage, /sandbox/violations, POST /sandbox/reset`,
			'',
		].join('\n'),
	);
	const stop = async () => {
		await sb.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
