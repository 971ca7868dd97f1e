#!/usr/bin/env node
// `npm run bench [-- --latency 50 --runs 3 --requests 10000 --creates 1000 --only query,jql,create,ratelimited,runs,webhook]`
//
// Side by side, in one run, against the sandbox with added latency: this package's node in a real n8n
// (the built package installed as users install it, `n8n execute` of imported workflows), two floors (the
// same HTTP calls made by plain HTTP in this process: one after the other, and as many at once as the node
// sends: its read-ahead for lists, its default concurrency for creates) and n8n's own Jira Software node
// (n8n-nodes-base.jira with a jiraSoftwareCloudApi credential whose domain is the sandbox). Writes
// artifacts/bench/report.json and report.md. A measurement, not a test: nothing here asserts a time.
//
// Every option also reads from the environment: BENCH_LATENCY_MS, BENCH_RUNS, BENCH_REQUESTS,
// BENCH_CREATES, BENCH_RATE_LIMIT, BENCH_RATE_LIMITED_RUNS, BENCH_CONCURRENT_RUNS, BENCH_CONCURRENT_CREATES, BENCH_DELIVERIES, BENCH_PARALLEL,
// BENCH_WEBHOOK_TIMEOUT_MS, BENCH_ONLY, BENCH_CPU_PROF (`--cpu-prof DIR`: every n8n process writes a V8 CPU
// profile into DIR when it exits, e.g. to see where the webhook process spends a delivery), BENCH_N8N_ENV
// (`--n8n-env KEY=VALUE,KEY=VALUE`: settings for the n8n processes, e.g. N8N_EXPRESSION_ENGINE_POOL_SIZE=4).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { executeMeasured, floorCreate, floorCreateParallel, floorQueryAll, floorQueryAllParallel, PRELOAD } from './bench/measure.mjs';
import { format, median, ratio, summarize, writeReport } from './bench/report.mjs';
import { benchConcurrentRuns, concurrentRunWorkflows } from './bench/concurrentRuns.mjs';
import { benchWebhook } from './bench/webhook.mjs';
import { benchWorkflows, credentialsFor, PACKAGE_DEFAULT_ISSUE_FIELDS, plainWebhookWorkflow, triggerWorkflow } from './bench/workflows.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createInstance, importCredentials, importWorkflows, installPackage } = require('./n8n-instance.js');
const { ensureRuntime, N8N_VERSION, NODE_VERSION } = require('./n8n-runtime.js');
const { createSandbox } = require('../test/sandbox');

function option(name, envName, fallback) {
	const flag = `--${name}`;
	const index = process.argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
	if (index >= 0) {
		const arg = process.argv[index];
		return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (process.argv[index + 1] ?? '');
	}
	return process.env[envName] ?? fallback;
}

const settings = {
	latencyMs: Number(option('latency', 'BENCH_LATENCY_MS', 50)),
	runs: Number(option('runs', 'BENCH_RUNS', 3)),
	requests: Number(option('requests', 'BENCH_REQUESTS', 10_000)),
	creates: Number(option('creates', 'BENCH_CREATES', 1000)),
	rateLimitPerSecond: Number(option('rate', 'BENCH_RATE_LIMIT', 20)),
	rateLimitedRuns: Number(option('rate-limited-runs', 'BENCH_RATE_LIMITED_RUNS', 1)),
	// `runs`: this many workflows of `concurrentCreates` creates each, started at once on one n8n, at the rate limit.
	concurrentRuns: Number(option('concurrent-runs', 'BENCH_CONCURRENT_RUNS', 5)),
	concurrentCreates: Number(option('concurrent-creates', 'BENCH_CONCURRENT_CREATES', 200)),
	deliveries: Number(option('deliveries', 'BENCH_DELIVERIES', 500)),
	parallelDeliveries: Number(option('parallel', 'BENCH_PARALLEL', 10)),
	webhookTimeoutMs: Number(option('webhook-timeout', 'BENCH_WEBHOOK_TIMEOUT_MS', 30_000)),
	jql: option('jql', 'BENCH_JQL', 'created >= "1970-01-01" ORDER BY created DESC'),
	only: String(option('only', 'BENCH_ONLY', 'query,jql,create,ratelimited,runs,webhook')).split(',').map((s) => s.trim()),
	cpuProfileDir: option('cpu-prof', 'BENCH_CPU_PROF', ''),
	n8nEnv: Object.fromEntries(
		String(option('n8n-env', 'BENCH_N8N_ENV', ''))
			.split(',')
			.filter((pair) => pair.includes('='))
			.map((pair) => [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()]),
	),
	build: !process.argv.includes('--no-build'),
	out: path.resolve(root, String(option('out', 'BENCH_OUT', 'artifacts/bench'))),
};
const wants = (name) => settings.only.includes(name);

const startedAt = Date.now();
const log = (message) => process.stderr.write(`[bench ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

async function main() {
	log(`settings ${JSON.stringify(settings)}`);
	ensureRuntime();
	if (settings.build) {
		log('building the package');
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	}
	// The node's own concurrency, from the build just made: pages read ahead, items worked on at once.
	const transport = require('../dist/nodes/shared/transport/index.js');
	const inFlight = { pages: transport.PREFETCH_PAGES, items: transport.DEFAULT_CONCURRENCY };
	const loadAverage = os.loadavg();
	const sandbox = await createSandbox({ port: 0, seed: 42, requestCount: settings.requests, latencyMs: settings.latencyMs });
	const profile = settings.cpuProfileDir ? ` --cpu-prof --cpu-prof-dir=${path.resolve(settings.cpuProfileDir)}` : '';
	const instance = await createInstance({ env: { ...settings.n8nEnv, NODE_OPTIONS: `--require ${PRELOAD}${profile}` } });
	const notes = [];
	try {
		log(`sandbox ${sandbox.url} with ${sandbox.state.issues.size} requests; n8n user folder ${instance.userFolder}`);
		installPackage(instance.userFolder);
		const credentials = credentialsFor(sandbox.url);
		const requestType = [...sandbox.state.requestTypes.values()].find((rt) => rt.serviceDeskId === '1' && rt.name === 'Get IT help');
		const project = [...sandbox.state.projects.values()].find((p) => p.key === 'ITS');
		const jsmTarget = { serviceDeskId: '1', requestTypeId: requestType.id };
		const jiraTarget = { projectId: project.id, issueTypeId: requestType.issueTypeId };
		const createPrefix = `Bench ${Date.now().toString(36)}`;
		const workflows = benchWorkflows({ credentials, jql: settings.jql, creates: settings.creates, createPrefix, jsmTarget, jiraTarget });
		const trigger = triggerWorkflow(credentials);
		const plain = plainWebhookWorkflow();
		const concurrent = concurrentRunWorkflows({ credentials, target: jsmTarget, prefix: `${createPrefix} runs`, runs: settings.concurrentRuns });
		await importCredentials(instance, [credentials.jsm, credentials.jira, ...concurrent.credentials]);
		await importWorkflows(instance, [...Object.values(workflows), trigger.workflow, plain.workflow, ...concurrent.shared, ...concurrent.separate]);
		log('package installed, credentials and workflows imported');

		const runs = {};
		const creates = { package: [], floor: [], floorParallel: [], jira: [] };
		const rateLimited = [];
		const concurrentRuns = [];
		const webhook = { trigger: [], plain: [] };
		// The report is rewritten after every measurement (marked partial), so an interrupted run still leaves its figures.
		const checkpoint = (partial = true) => {
			const report = buildReport({ runs, creates, rateLimited, concurrentRuns, webhook, notes, loadAverage, inFlight, partial });
			writeReport(settings.out, report);
			return report;
		};
		const record = (key, result) => {
			(runs[key] ??= []).push(result);
			checkpoint();
		};
		const keep = (list, result) => {
			list.push(result);
			checkpoint();
		};
		const inN8n = async (key, workflow, before) => {
			let result;
			for (let attempt = 1; !result; attempt++) {
				await before?.();
				try {
					result = await executeMeasured(instance, workflow.id);
				} catch (error) {
					// A run killed from outside (signal) or one that printed nothing is run again once; a node failure is not.
					const killed = /\(exit null\)|printed no run/.test(String(error.message));
					if (!killed || attempt >= 3) throw error;
					log(`${key}: the n8n process ended without a run (${String(error.message).split('\n')[0]}); running it again`);
					notes.push(`${key}: one run was repeated because the n8n process ended without printing a run.`);
				}
			}
			log(`${key}: ${JSON.stringify(result)}`);
			record(key, result);
			return result;
		};
		// Warm the site's own list/search caches, so no variant pays for computing the result list.
		const auth = { authorization: `Basic ${Buffer.from('admin@sandbox.test:sandbox-admin-token').toString('base64')}`, accept: 'application/json' };
		const warmRequests = () => fetch(`${sandbox.url}/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&expand=requestType&limit=1`, { headers: auth }).then((r) => r.text());
		const warmJql = () =>
			fetch(`${sandbox.url}/rest/api/3/search/jql`, {
				method: 'POST',
				headers: { ...auth, 'content-type': 'application/json' },
				body: JSON.stringify({ jql: settings.jql, fields: ['id'], maxResults: 1 }),
			}).then((r) => r.text());

		for (let run = 0; run < settings.runs; run++) {
			log(`--- run ${run + 1} of ${settings.runs}`);
			await inN8n('baseline', workflows.baseline);
			if (wants('query')) {
				await inN8n('packageQueryAll', workflows.packageQueryAll, warmRequests);
				await warmRequests();
				const floor = await floorQueryAll(sandbox.url);
				log(`floorQueryAll: ${JSON.stringify(floor)}`);
				record('floorQueryAll', floor);
				await warmRequests();
				const parallelFloor = await floorQueryAllParallel(sandbox.url, { inFlight: inFlight.pages });
				log(`floorQueryAllParallel: ${JSON.stringify(parallelFloor)}`);
				record('floorQueryAllParallel', parallelFloor);
				await inN8n('jiraJql', workflows.jiraJql, warmJql);
			}
			if (wants('jql')) {
				await inN8n('packageJql', workflows.packageJql, warmJql);
				await inN8n('jiraJqlSameFields', workflows.jiraJqlSameFields, warmJql);
				if (!wants('query')) await inN8n('jiraJql', workflows.jiraJql, warmJql);
			}
		}

		// Writes come after every read, so the reads always see exactly the seeded requests.
		const newIssues = async (key, action) => {
			const before = new Set(sandbox.state.issues.keys());
			const result = await action();
			const created = [...sandbox.state.issues.values()].filter((issue) => !before.has(issue.id));
			const summaries = new Set(created.map((issue) => issue.summary));
			result.created = created.length;
			result.distinctSummaries = summaries.size;
			result.exact = created.length === settings.creates && summaries.size === settings.creates;
			log(`${key}: created ${created.length} (${summaries.size} distinct), exact ${result.exact}`);
			return result;
		};
		if (wants('create')) {
			for (let run = 0; run < settings.runs; run++) {
				log(`--- create run ${run + 1} of ${settings.runs}`);
				keep(creates.package, await newIssues('packageCreate', () => inN8n('packageCreate', workflows.packageCreate)));
				keep(
					creates.floor,
					await newIssues('floorCreate', async () => {
						const result = await floorCreate(sandbox.url, { count: settings.creates, prefix: `${createPrefix} floor`, ...jsmTarget });
						record('floorCreate', result);
						return result;
					}),
				);
				keep(
					creates.floorParallel,
					await newIssues('floorCreateParallel', async () => {
						const result = await floorCreateParallel(sandbox.url, { count: settings.creates, prefix: `${createPrefix} parallel floor`, ...jsmTarget, inFlight: inFlight.items });
						record('floorCreateParallel', result);
						return result;
					}),
				);
				keep(creates.jira, await newIssues('jiraCreate', () => inN8n('jiraCreate', workflows.jiraCreate)));
			}
		}
		if (wants('ratelimited')) {
			for (let run = 0; run < settings.rateLimitedRuns; run++) {
				log(`--- rate-limited create run ${run + 1} of ${settings.rateLimitedRuns} (${settings.rateLimitPerSecond} requests/s)`);
				sandbox.requests.length = 0;
				sandbox.configure({ rateLimitPerSecond: settings.rateLimitPerSecond });
				try {
					const result = await newIssues('packageCreateRateLimited', () => inN8n('packageCreateRateLimited', workflows.packageCreate));
					result.answered429 = sandbox.requests.filter((r) => r.status === 429).length;
					keep(rateLimited, result);
				} finally {
					sandbox.configure({ rateLimitPerSecond: 0 });
				}
			}
		}
		if (wants('runs')) {
			log(`--- ${settings.concurrentRuns} workflows of ${settings.concurrentCreates} creates at once (${settings.rateLimitPerSecond} requests/s)`);
			const measured = await benchConcurrentRuns({
				instance,
				sandbox,
				workflows: concurrent,
				creates: settings.concurrentCreates,
				rateLimitPerSecond: settings.rateLimitPerSecond,
				log,
			});
			concurrentRuns.push(...measured);
			checkpoint();
		}
		if (wants('webhook')) {
			log('--- webhook trigger');
			// Throughput, not the site's patience, is measured: deliveries wait up to this long for n8n's answer.
			sandbox.configure({ webhookTimeoutMs: settings.webhookTimeoutMs, webhookRetries: 0 });
			const measured = await benchWebhook({
				instance,
				sandbox,
				trigger,
				plain,
				target: jsmTarget,
				deliveries: settings.deliveries,
				parallel: settings.parallelDeliveries,
				runs: settings.runs,
				log,
			});
			webhook.trigger.push(...measured.trigger);
			webhook.plain.push(...measured.plain);
		}
		if (sandbox.violations.length) notes.push(`The sandbox saw ${sandbox.violations.length} OpenAPI violation(s): ${JSON.stringify(sandbox.violations.slice(0, 3))}`);
		if (sandbox.serverErrors.length) notes.push(`The sandbox had ${sandbox.serverErrors.length} internal error(s).`);

		const report = checkpoint(false);
		log(`report written to ${path.relative(root, settings.out)}/report.md and report.json`);
		process.stdout.write(`${report.targets.map((t) => `${t.met ? 'met    ' : t.met === undefined ? 'n/a    ' : 'NOT MET'} ${t.name}: ${t.figure}`).join('\n')}\n`);
	} finally {
		await sandbox.close();
		rmSync(instance.userFolder, { recursive: true, force: true });
	}
}

function buildReport({ runs, creates, rateLimited, concurrentRuns, webhook, notes, loadAverage, inFlight, partial }) {
	const idle = median((runs.baseline ?? []).map((run) => run.peakMb));
	const variant = (key, label, inN8n = true) => {
		if (!runs[key]?.length) return undefined;
		const list = runs[key].map((run) => ({ ...run, ...(inN8n && idle !== undefined && run.peakMb !== undefined ? { peakAboveIdleMb: run.peakMb - idle } : {}) }));
		return { key, label, inN8n, runs: list, median: summarize(list) };
	};
	const v = {
		baseline: variant('baseline', 'Idle n8n (manual trigger and a No Op node)'),
		packageQueryAll: variant('packageQueryAll', 'This package: Request → Query, Return All'),
		floorQueryAll: variant('floorQueryAll', 'Sequential floor: the same JSM pages, plain HTTP, one after the other', false),
		floorQueryAllParallel: variant('floorQueryAllParallel', `Parallel floor: the same JSM pages, plain HTTP, ${inFlight.pages} at once (the node's read-ahead)`, false),
		jiraJql: variant('jiraJql', "n8n's Jira node: Issue → Get Many, Return All (its default fields, *navigable)"),
		packageJql: variant('packageJql', 'This package: Issue → Query (JQL), Return All, default fields'),
		jiraJqlSameFields: variant('jiraJqlSameFields', "n8n's Jira node: Issue → Get Many, Return All, this package's default fields"),
		packageCreate: variant('packageCreate', 'This package: Request → Create (default concurrency)'),
		floorCreate: variant('floorCreate', 'Sequential floor: the same POSTs, plain HTTP, one after the other', false),
		floorCreateParallel: variant('floorCreateParallel', `Parallel floor: the same POSTs, plain HTTP, ${inFlight.items} at once (the node's default concurrency)`, false),
		jiraCreate: variant('jiraCreate', "n8n's Jira node: Issue → Create"),
		packageCreateRateLimited: variant('packageCreateRateLimited', `This package: Request → Create, sandbox limited to ${settings.rateLimitPerSecond} requests/s`),
	};
	const t = (x) => x?.median?.nodeMs;
	const peak = (x) => x?.median?.peakMb;
	const above = (x) => x?.median?.peakAboveIdleMb;
	const { fmtMs, fmtMb, fmtX } = format;

	const queryRatioFloor = ratio(t(v.packageQueryAll), t(v.floorQueryAll));
	const queryRatioParallel = ratio(t(v.packageQueryAll), t(v.floorQueryAllParallel));
	const queryRatioJira = ratio(t(v.packageQueryAll), t(v.jiraJql));
	const jqlRatioJira = ratio(t(v.packageJql), t(v.jiraJql));
	const jqlRatioSame = ratio(t(v.packageJql), t(v.jiraJqlSameFields));
	const createRatioFloor = ratio(t(v.packageCreate), t(v.floorCreate));
	const createRatioParallel = ratio(t(v.packageCreate), t(v.floorCreateParallel));
	const createRatioJira = ratio(t(v.packageCreate), t(v.jiraCreate));
	const allExact = (list) => (list.length ? list.every((run) => run.exact) : undefined);
	const createsExact = allExact(creates.package);

	const targets = [];
	if (v.packageQueryAll && v.floorQueryAll) {
		targets.push({ name: `Query all ${settings.requests} requests ≤ 0.35× the sequential floor`, figure: `${fmtMs(t(v.packageQueryAll))} vs ${fmtMs(t(v.floorQueryAll))} = ${fmtX(queryRatioFloor)}`, met: queryRatioFloor <= 0.35 });
	}
	if (v.packageQueryAll && v.floorQueryAllParallel) {
		targets.push({
			name: `Query all ${settings.requests} requests against its matching floor (plain HTTP, ${inFlight.pages} pages at once; measured, no target)`,
			figure: `${fmtMs(t(v.packageQueryAll))} vs ${fmtMs(t(v.floorQueryAllParallel))} = ${fmtX(queryRatioParallel)}`,
		});
	}
	if (v.packageCreate && v.floorCreateParallel) {
		targets.push({
			name: `${settings.creates} creates against their matching floor (plain HTTP, ${inFlight.items} at once; measured, no target)`,
			figure: `${fmtMs(t(v.packageCreate))} vs ${fmtMs(t(v.floorCreateParallel))} = ${fmtX(createRatioParallel)}`,
		});
	}
	if (v.packageCreate && v.jiraCreate) {
		const speedup = ratio(t(v.jiraCreate), t(v.packageCreate));
		targets.push({
			name: `${settings.creates} creates ≥ 8× faster than n8n's Jira node, exactly ${settings.creates} created`,
			figure: `${fmtMs(t(v.packageCreate))} vs ${fmtMs(t(v.jiraCreate))} = ${speedup?.toFixed(1)}× faster; exact counts in every run: ${createsExact}`,
			met: speedup >= 8 && createsExact === true,
		});
	}
	if (v.packageJql && v.jiraJql) {
		targets.push({
			name: `JQL of ${settings.requests} issues ≤ 0.35× n8n's Jira node asking for the same fields`,
			figure: `${fmtMs(t(v.packageJql))} vs ${fmtMs(t(v.jiraJqlSameFields))} with the same fields = ${fmtX(jqlRatioSame)}; vs ${fmtMs(t(v.jiraJql))} (its defaults) = ${fmtX(jqlRatioJira)}`,
			// Compared with the Jira node asking for the same fields: its default *navigable fields cost it more.
			met: jqlRatioSame <= 0.35,
		});
	}
	for (const [name, ours] of [['Request → Query', v.packageQueryAll], ['Issue → Query (JQL)', v.packageJql]]) {
		if (!ours || !v.jiraJql) continue;
		const byPeak = ratio(peak(ours), peak(v.jiraJql));
		targets.push({
			name: `Peak memory, ${settings.requests} items (${name}) within 1.5× of n8n's Jira node`,
			figure: `${fmtMb(peak(ours))} vs ${fmtMb(peak(v.jiraJql))} = ${fmtX(byPeak)} (above idle n8n: ${fmtMb(above(ours))} vs ${fmtMb(above(v.jiraJql))} = ${fmtX(ratio(above(ours), above(v.jiraJql)))})`,
			met: byPeak <= 1.5,
		});
	}
	if (rateLimited.length) {
		const ok = rateLimited.every((run) => run.exact && run.failedItems === 0 && run.items === settings.creates);
		targets.push({
			name: `Rate limited to ${settings.rateLimitPerSecond} requests/s: exactly ${settings.creates} created, no item failed`,
			// Its floor is what the limit allows: every request at the limit's rate, none refused.
			figure: `${rateLimited.map((run) => `${run.created} created, ${run.failedItems} failed, ${run.answered429} answers 429, ${fmtMs(run.nodeMs)} = ${fmtX(ratio(run.nodeMs, (settings.creates / settings.rateLimitPerSecond) * 1000))} of the ${fmtMs((settings.creates / settings.rateLimitPerSecond) * 1000)} the limit allows`).join('; ')}`,
			met: ok,
		});
	}

	const sharedRuns = concurrentRuns.find((run) => run.variant === 'shared');
	const separateRuns = concurrentRuns.find((run) => run.variant === 'separate');
	if (sharedRuns) {
		const allowedMs = (sharedRuns.expected / settings.rateLimitPerSecond) * 1000;
		const byLimit = ratio(sharedRuns.wallMs, allowedMs);
		const fewer429 = separateRuns ? sharedRuns.answered429 < separateRuns.answered429 : undefined;
		const describe = (run) => `${run.created} created (${run.distinctSummaries} distinct), answers ${JSON.stringify(run.statuses)}, ${run.answered429} answers 429, ${fmtMs(run.wallMs)}`;
		targets.push({
			name: `${settings.concurrentRuns} workflows of ${settings.concurrentCreates} creates at once, ${settings.rateLimitPerSecond} requests/s: ≤ 1.15× what the limit allows, exactly ${sharedRuns.expected} created, fewer 429 answers than per-run gates`,
			figure: `shared gate: ${describe(sharedRuns)} = ${fmtX(byLimit)} of the ${fmtMs(allowedMs)} the limit allows${separateRuns ? `; per-run gates (one credential each): ${describe(separateRuns)} = ${fmtX(ratio(separateRuns.wallMs, allowedMs))}` : ''}`,
			met: byLimit <= 1.15 && sharedRuns.exact && sharedRuns.statuses.every((status) => status === 200) && fewer429 !== false,
		});
	}

	const scenarios = [];
	if (v.packageQueryAll || v.packageJql) {
		scenarios.push({
			title: `Query all ${settings.requests} requests`,
			description: `JSM \`GET /rest/servicedeskapi/request\` (50 per page, Simplify on, so \`expand=requestType\`), beside n8n's Jira node reading the same ${settings.requests} issues through \`POST /rest/api/2/search/jql\` (JQL \`${settings.jql}\`).`,
			variants: [v.packageQueryAll, v.floorQueryAllParallel, v.floorQueryAll, v.jiraJql, v.baseline],
			ratios: [
				{ name: `this package / parallel floor (${inFlight.pages} pages at once, the node's read-ahead: the matching floor)`, value: queryRatioParallel },
				{ name: 'this package / sequential floor', value: queryRatioFloor },
				{ name: "this package / n8n's Jira node", value: queryRatioJira },
				{ name: "peak memory: this package / n8n's Jira node", value: ratio(peak(v.packageQueryAll), peak(v.jiraJql)) },
				{ name: "peak memory above idle n8n: this package / n8n's Jira node", value: ratio(above(v.packageQueryAll), above(v.jiraJql)) },
			].filter((r) => r.value !== undefined),
		});
	}
	if (v.packageJql) {
		scenarios.push({
			title: `JQL query of ${settings.requests} issues`,
			description: `The JQL \`${settings.jql}\`. n8n's Jira node pages \`search/jql\` by \`nextPageToken\`, 100 issues with fields a page, one page after the other. This package reads the ids first (5,000 a page), then the issues 100 at a time through \`POST /rest/api/3/issue/bulkfetch\`, several at once, in JQL order. It asks only for the fields it returns (\`${PACKAGE_DEFAULT_ISSUE_FIELDS}\`); the Jira node asks for \`*navigable\` unless told otherwise, so it is shown both ways.`,
			variants: [v.packageJql, v.jiraJql, v.jiraJqlSameFields],
			ratios: [
				{ name: "this package / n8n's Jira node (its default fields)", value: jqlRatioJira },
				{ name: "this package / n8n's Jira node (the same fields)", value: jqlRatioSame },
				{ name: "peak memory: this package / n8n's Jira node", value: ratio(peak(v.packageJql), peak(v.jiraJql)) },
			].filter((r) => r.value !== undefined),
		});
	}
	if (v.packageCreate) {
		scenarios.push({
			title: `Create ${settings.creates} requests from ${settings.creates} items`,
			description: `${settings.creates} items from a Set and a Split Out node into the create node. This package: \`POST /rest/servicedeskapi/request\` per item, 5 items at once (the default of Performance → Concurrency). n8n's Jira node: \`GET /rest/api/2/issuetype\` and \`POST /rest/api/2/issue\` per item, one item after the other. Floors: the same JSM POSTs one after the other, and ${inFlight.items} at once.`,
			variants: [v.packageCreate, v.floorCreateParallel, v.floorCreate, v.jiraCreate],
			ratios: [
				{ name: `this package / parallel floor (${inFlight.items} at once, the node's default concurrency: the matching floor)`, value: createRatioParallel },
				{ name: 'this package / sequential floor', value: createRatioFloor },
				{ name: "this package / n8n's Jira node", value: createRatioJira },
				{ name: "speed-up over n8n's Jira node", value: ratio(t(v.jiraCreate), t(v.packageCreate)) },
			].filter((r) => r.value !== undefined),
			checks: [
				`New requests in the sandbox per run, this package: ${creates.package.map((run) => run.created).join(', ')} (distinct summaries ${creates.package.map((run) => run.distinctSummaries).join(', ')})`,
				`Sequential floor: ${creates.floor.map((run) => run.created).join(', ')}; parallel floor: ${creates.floorParallel.map((run) => run.created).join(', ')}; n8n's Jira node: ${creates.jira.map((run) => run.created).join(', ')}`,
			],
		});
	}
	if (v.packageCreateRateLimited) {
		scenarios.push({
			title: `Create ${settings.creates} requests with the site rate-limiting at ${settings.rateLimitPerSecond} requests/s`,
			description: 'The sandbox answers 429 with `Retry-After: 1` (and `X-RateLimit-*`) beyond its token bucket. The node halves its concurrency and pauses every in-flight item for the Retry-After; creates are sent again only after a 429 (Atlassian refuses before doing the work), never after an ambiguous failure.',
			variants: [v.packageCreateRateLimited],
			checks: rateLimited.map(
				(run, index) => `Run ${index + 1}: ${run.created} new requests (${run.distinctSummaries} distinct), ${run.items} output items, ${run.failedItems} failed, ${run.answered429} answers 429 from the site`,
			),
		});
	}
	if (webhook.trigger.length) {
		const ours = summarize(webhook.trigger);
		const reference = summarize(webhook.plain);
		const row = (label, run) =>
			`| ${label} | ${run.accepted}/${run.deliveries} | ${JSON.stringify(run.refused ?? {})} | ${run.executions} (${run.succeeded}) | ${run.acceptedPerSecond?.toFixed(1)} | ${run.executionsPerSecond?.toFixed(1)} |`;
		scenarios.push({
			title: 'Webhook trigger',
			description: `\`n8n start\`; the Jira Service Management Trigger (Request Created), activated through the public API, registers its admin webhook in the sandbox; the sandbox then sends ${settings.deliveries} signed deliveries (\`X-Hub-Signature\`, each with its own \`X-Atlassian-Webhook-Identifier\`) of a real request-created event, ${settings.parallelDeliveries} at a time, without retries; each waits up to ${settings.webhookTimeoutMs / 1000} s for n8n's answer (refused status 0: no answer in time). Executions are counted through the public API. Reference: n8n's own Webhook node receiving the same bodies the same way (no signature check), which is what this n8n instance can do at all.`,
			variants: [],
			table: [
				'| Run | Accepted | Refused | Executions (success) | Accepted per second | Executions per second |',
				'|---|---|---|---|---|---|',
				...webhook.trigger.map((run, index) => row(`This package's trigger, run ${index + 1}`, run)),
				row("**This package's trigger, median**", ours),
				...webhook.plain.map((run, index) => row(`n8n's Webhook node, run ${index + 1}`, run)),
				row("**n8n's Webhook node, median**", reference),
			].join('\n'),
			ratios: [{ name: "executions per second: this package's trigger / n8n's Webhook node", value: ratio(ours.executionsPerSecond, reference.executionsPerSecond) }].filter((r) => r.value !== undefined),
		});
		// Its floor is n8n's own Webhook node on the same instance in the same run: what this n8n can take at all.
		const webhookRatio = ratio(ours.executionsPerSecond, reference.executionsPerSecond);
		const everyOnce = webhook.trigger.every((run) => run.accepted === run.deliveries && run.succeeded === run.deliveries && run.executions === run.deliveries);
		targets.push({
			name: "Webhook: executions per second ≥ 0.9× n8n's Webhook node on the same instance, every delivery executed once",
			figure: `${ours.acceptedPerSecond?.toFixed(1)} deliveries/s accepted, ${ours.executionsPerSecond?.toFixed(1)} executions/s vs n8n's Webhook node ${reference.executionsPerSecond?.toFixed(1)}/s = ${fmtX(webhookRatio)}; every delivery executed once: ${everyOnce}`,
			met: webhookRatio >= 0.9 && everyOnce,
		});
	}
	return {
		generatedAt: new Date().toISOString(),
		partial,
		settings,
		// Load averages (1, 5, 15 minutes) when the run began and when this report was written.
		environment: { n8n: N8N_VERSION, n8nNode: NODE_VERSION, benchNode: process.version, cpus: os.cpus().length, loadAverage, loadAverageNow: os.loadavg() },
		targets,
		variants: v,
		creates,
		rateLimited,
		concurrentRuns,
		webhook,
		scenarios,
		notes,
	};
}

main().catch((error) => {
	log(`failed: ${error.stack ?? error}`);
	process.exit(1);
});
