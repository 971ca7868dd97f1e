'use strict';
// createSandbox(): a local Jira Service Management site on 127.0.0.1 for tests and `npm start`.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { seedState } = require('./seed');
const { loadSpecs } = require('./specs');
const { createRouter } = require('./router');
const { createFaults } = require('./faults');
const { createOverrides } = require('./overrides');
const routes = require('./routes');
const { createWebhooks } = require('./webhooks');
const { isAgent } = require('./roles');
const { DEMO } = require('./seed/people');
const { dataCenterOf, seedDataCenter } = require('./datacenter');

const DEFAULT_CONFIG = {
	latencyMs: 0,
	faults: {
		rate429: 0,
		rate503: 0,
		rateReset: 0,
		resetAfterProcessing: false,
		slowMs: 0,
		slowRate: 0,
		// A share of writes answered 503 without Retry-After after they were carried out.
		rate503Bare: 0,
		// { retryAfterSeconds, penaltySeconds, reason }: every request is refused until the quota lifts.
		quota: null,
		// Every list says there are more pages and serves its first page again.
		endlessPages: false,
		// { to: 'swap' | 'null' | 'string', operations?: ['GET /rest/api/3/user/groups', ...] }
		wrongShape: null,
		// Ids or keys of issues whose every request answers 500.
		failingIssues: [],
		// Regular expressions: every API request whose path matches one answers 500 (one broken listing).
		failingPaths: [],
	},
	rateLimitPerSecond: 0,
	// Seconds a 429 asks the client to wait (Atlassian sends whole seconds; tests may ask for less).
	retryAfterSeconds: 1,
	currentUser: null,
	oauthTokenTtlSeconds: 3600,
	webhookRetries: 3,
	webhookRetryDelayMs: 100,
	webhookTimeoutMs: 5000,
	validateResponses: false,
	// How long a change takes to reach the search index (search/jql is eventually consistent).
	searchIndexLagMs: 0,
	// How long JSM Operations takes to process an accepted alert request (create, acknowledge, close...).
	opsProcessingMs: 200,
	// Data Center: the site's jira.search.views.default.max, the most issues POST /rest/api/2/search answers a page.
	searchMaxResults: 1000,
};

/** Appends what this sandbox saw to SANDBOX_COVERAGE_DIR, so a whole test run can report API coverage. */
function recordCoverage(coverage) {
	const dir = process.env.SANDBOX_COVERAGE_DIR;
	if (!dir) return;
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`), JSON.stringify(coverage));
}

/** Merges a configure() patch, refusing unknown keys so typos don't pass silently. */
function mergeConfig(config, patch = {}) {
	for (const [key, value] of Object.entries(patch)) {
		if (!(key in DEFAULT_CONFIG)) throw new Error(`Unknown sandbox setting '${key}'`);
		if (key === 'faults') {
			for (const name of Object.keys(value || {})) if (!(name in DEFAULT_CONFIG.faults)) throw new Error(`Unknown fault '${name}'`);
			config.faults = { ...config.faults, ...value };
		} else config[key] = value;
	}
	return config;
}

async function createSandbox(options = {}) {
	const { port = 0, host = '127.0.0.1', seed = 42, requestCount = 300, baseTime, deployment, version, serverTimeZone, ...settings } = options;
	loadSpecs();
	const dataCenter = dataCenterOf({ deployment, version, serverTimeZone });
	const seedOptions = () => ({ seed, requestCount, baseTime: baseTime ?? Date.now() });
	const seeded = () => {
		const state = seedState(seedOptions());
		if (dataCenter) seedDataCenter(state, DEMO);
		return state;
	};
	const config = mergeConfig(structuredClone(DEFAULT_CONFIG), settings);

	// Internals shared with the router and handlers.
	const sb = {
		state: seeded(),
		config,
		dataCenter,
		violations: [],
		responseViolations: [],
		serverErrors: [],
		requests: [],
		coverage: new Set(),
	};
	sb.webhooks = createWebhooks(() => sb.state, () => sb.config, () => sb.site.now());
	sb.faults = createFaults(() => sb.config, seed);
	sb.overrides = createOverrides((key) => key in routes.spec || routes.local.some((route) => `${route.method} ${route.path}` === key));
	// The site's clock: real time, shifted when a test sets it (setNow) so changes land at chosen moments.
	let clockOffset = 0;
	sb.requestHooks = [];
	sb.site = {
		get state() {
			return sb.state;
		},
		now: () => Date.now() + clockOffset,
		emit: (event, detail) => sb.webhooks.onEvent(event, detail),
		isAgent: (accountId) => isAgent(sb.state, accountId),
	};

	const server = http.createServer(createRouter(sb));
	server.keepAliveTimeout = 5000;
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const url = `http://${host}:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
	sb.state.baseUrl = url;

	const api = {
		url,
		credentials: DEMO,
		dataCenter,
		get state() {
			return sb.state;
		},
		get violations() {
			return sb.violations;
		},
		get responseViolations() {
			return sb.responseViolations;
		},
		get serverErrors() {
			return sb.serverErrors;
		},
		get requests() {
			return sb.requests;
		},
		get deliveries() {
			return sb.webhooks.deliveries;
		},
		get config() {
			return structuredClone(sb.config);
		},
		configure(patch) {
			mergeConfig(sb.config, patch);
			return structuredClone(sb.config);
		},
		coverage() {
			const { operations } = loadSpecs();
			const exercised = (prefix) => [...sb.coverage].filter((k) => k.startsWith(`${prefix}|`)).map((k) => k.slice(prefix.length + 1)).sort();
			return {
				jsm: { exercised: exercised('jsm'), total: operations.filter((o) => o.api === 'jsm').length },
				platform: { exercised: exercised('platform'), total: operations.filter((o) => o.api === 'platform').length },
				platformV2: { exercised: exercised('platformV2') },
				assets: { exercised: exercised('assets'), total: operations.filter((o) => o.api === 'assets').length },
				ops: { exercised: exercised('ops'), total: operations.filter((o) => o.api === 'ops').length },
				forms: { exercised: exercised('forms'), total: operations.filter((o) => o.api === 'forms').length },
				dc: { exercised: exercised('dc'), total: operations.filter((o) => o.api === 'dc').length },
			};
		},
		reset() {
			sb.state = seeded();
			sb.state.baseUrl = url;
			sb.violations.length = 0;
			sb.responseViolations.length = 0;
			sb.serverErrors.length = 0;
			sb.requests.length = 0;
			sb.faults.clear();
			sb.overrides.clear();
			sb.webhooks.clear();
		},
		/** The hourly quota fault: when it lifts ({ until }) and how many requests came before that ({ earlyResends }). */
		quotaState: () => sb.faults.quotaState(),
		revokeRefreshTokens() {
			for (const token of sb.state.oauth.refreshTokens.values()) token.revoked = true;
		},
		/** The site's current time (ms). */
		now: () => sb.site.now(),
		/** Sets the site's clock to `ms` (it keeps ticking from there); null goes back to real time. */
		setNow(ms) {
			clockOffset = ms === null ? 0 : ms - Date.now();
		},
		/**
		 * Answers one route (`'METHOD /template'`, its key in routes/) with `{ status, body, headers }` instead of its
		 * handler, for `times` requests (or until `restore()` / `reset()`), those `when` accepts; see overrides.js.
		 */
		override: (key, answer) => sb.overrides.add(key, answer),
		/** Calls `hook({ method, path, body, headers })` after each request is handled, before it is answered; returns an unsubscribe. */
		onRequest(hook) {
			sb.requestHooks.push(hook);
			return () => sb.requestHooks.splice(sb.requestHooks.indexOf(hook), 1);
		},
		flushDeliveries: () => sb.webhooks.flush(),
		deliver: (webhookId, payload, deliverOptions) => sb.webhooks.deliver(webhookId, payload, deliverOptions),
		async close() {
			recordCoverage(api.coverage());
			sb.webhooks.close();
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		},
	};
	sb.api = api;
	return api;
}

module.exports = { createSandbox };
