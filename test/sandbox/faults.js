'use strict';
// Fault injection for API paths: added latency, a token-bucket rate limit, an hourly quota, a seeded share
// of 429 / 503 / connection resets / slow responses, requests about chosen issues that always fail, and
// answers rewritten into pages that never end or into shapes the OpenAPI files do not give.
const { createPrng } = require('./prng');
const { loadSpecs } = require('./specs');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const PAGING_PARAMS = ['start', 'startAt', 'nextPageToken', 'cursor', 'prev', 'limit', 'maxResults'];

function createFaults(getConfig, seed) {
	const prng = createPrng(seed ^ 0x5eed);
	const bucket = { tokens: null, at: Date.now() };
	/** The hourly quota in force: when it lifts, and how many requests came in before that (early resends). */
	let quota = null;
	const firstPages = new Map();

	function rateLimited(config) {
		const rate = config.rateLimitPerSecond;
		if (!rate) return false;
		const now = Date.now();
		bucket.tokens = Math.min(rate, (bucket.tokens ?? rate) + ((now - bucket.at) / 1000) * rate);
		bucket.at = now;
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return false;
		}
		return true;
	}

	function tooMany(retryAfter, config, reason = 'jira-burst-based') {
		return {
			status: 429,
			body: { errorMessages: ['Rate limit exceeded.'] },
			headers: {
				'retry-after': String(retryAfter),
				'x-ratelimit-limit': String(config.rateLimitPerSecond || 100),
				'x-ratelimit-remaining': '0',
				'x-ratelimit-reset': new Date(Date.now() + retryAfter * 1000).toISOString(),
				'ratelimit-reason': reason,
			},
		};
	}

	/**
	 * Requests about one issue (by id or key) that keep failing with a 500 while the rest of the site works:
	 * an answer Jira gives for one broken record; the platform API describes 500 only as a server error.
	 */
	function failsForIssue(path, f) {
		const match = /\/issue\/([^/]+)/.exec(path);
		return Boolean(match && (f.failingIssues || []).includes(decodeURIComponent(match[1])));
	}

	/**
	 * Points quotas (Jira Cloud, since 2026-03-02): the answer says when the quota lifts, and "if you reissue the
	 * request before the retry period expires, the request will fail and return the same or longer Retry-After
	 * period" (developer.atlassian.com/cloud/jira/platform/rate-limiting/, quoted in JRACLOUD-69262). Each early
	 * request here pushes the end out by `penaltySeconds`.
	 */
	function quotaReply(config) {
		const q = config.faults.quota;
		if (!q) {
			quota = null;
			return undefined;
		}
		const now = Date.now();
		// A quota configured anew starts afresh.
		if (!quota || quota.config !== q) quota = { config: q, until: now + q.retryAfterSeconds * 1000, earlyResends: 0, answered: 0 };
		if (now >= quota.until) return undefined;
		if (quota.answered > 0) {
			quota.earlyResends++;
			quota.until += (q.penaltySeconds ?? 0) * 1000;
		}
		quota.answered++;
		return tooMany(Math.ceil((quota.until - now) / 1000), config, q.reason || 'jira-quota-tenant-based');
	}

	/** Decides the fate of one API request: { reply } to answer now, or { reset | unavailable: 'after' }, or {}. */
	async function decide(method = 'GET', path = '') {
		const config = getConfig();
		const f = config.faults;
		if (config.latencyMs > 0) await sleep(config.latencyMs);
		if (failsForIssue(path, f) || (f.failingPaths || []).some((pattern) => new RegExp(pattern).test(path))) return { reply: { status: 500, body: { errorMessages: ['Internal server error'] }, headers: {} } };
		const limited = quotaReply(config);
		if (limited) return { reply: limited };
		if (rateLimited(config)) return { reply: tooMany(config.retryAfterSeconds, config) };
		const r = prng.next();
		if (r < f.rate429) return { reply: tooMany(config.retryAfterSeconds, config) };
		// "A 503 response may be returned when a resource limit has been reached" with a Retry-After: declined
		// before any work, like a 429 (same rate-limiting page).
		if (r < f.rate429 + f.rate503) {
			return { reply: { status: 503, body: { errorMessages: ['Service Unavailable'] }, headers: { 'retry-after': String(config.retryAfterSeconds) } } };
		}
		if (r < f.rate429 + f.rate503 + f.rateReset) return { reset: f.resetAfterProcessing ? 'after' : 'before' };
		// A bare 503 (no Retry-After, e.g. from a proxy) is not documented as declined: the strict case is that
		// the write was done and only the answer was lost.
		if (method !== 'GET' && r < f.rate429 + f.rate503 + f.rateReset + f.rate503Bare) return { unavailable: 'after' };
		if (f.slowRate > 0 && prng.next() < f.slowRate) await sleep(f.slowMs);
		return {};
	}

	/** The first page of a list again, saying there are more: a list that never ends. */
	function endlessPage(ctx, reply) {
		const strip = (params) => Object.fromEntries(Object.entries(params || {}).filter(([name]) => !PAGING_PARAMS.includes(name)));
		const key = JSON.stringify([ctx.method, ctx.pathname, strip(ctx.query), strip(ctx.body)]);
		if (!firstPages.has(key)) {
			// Whatever the handler made of the paging parameters, a list seen before answers its first page.
			const body = reply.body;
			if (reply.status !== 200 || !body || typeof body !== 'object' || Array.isArray(body)) return reply;
			if (!('isLastPage' in body || 'isLast' in body || 'nextPageToken' in body)) return reply;
			firstPages.set(key, structuredClone(body));
		}
		const again = structuredClone(firstPages.get(key));
		if ('isLastPage' in again) again.isLastPage = false;
		if ('isLast' in again) again.isLast = false;
		if (ctx.op && ctx.op.template === '/rest/api/3/search/jql') again.nextPageToken = again.nextPageToken || 'sandbox-endless';
		return { status: 200, body: again, headers: {} };
	}

	/** Top-level JSON schema kind of an operation's answer with this status ('array' | 'object' | 'string'). */
	function schemaKind(ctx, status) {
		const content = ctx.op.operation.responses?.[String(status)]?.content?.['application/json'];
		let schema = content && content.schema;
		for (let hops = 0; schema && schema.$ref && hops < 5; hops++) {
			schema = loadSpecs().documents?.[ctx.op.api]?.components?.schemas?.[schema.$ref.split('/').pop()] ?? { type: 'object' };
		}
		if (!schema) return undefined;
		if (schema.type) return schema.type;
		return schema.properties || schema.additionalProperties ? 'object' : undefined;
	}

	/**
	 * Answers of another shape than the operation's response schema: 'swap' (a list where an object is
	 * documented, an object where a list is, like the object example Atlassian documents for
	 * GET /rest/api/3/user/groups), 'null', or 'string' (a JSON text, as a proxy or upgrade page might send).
	 */
	function reshaped(ctx, reply) {
		const fault = getConfig().faults.wrongShape;
		if (!fault || !ctx.op) return reply;
		if (fault.operations && fault.operations.length && !fault.operations.includes(ctx.op.key)) return reply;
		if (fault.to === 'example') return answered(fault.answers && fault.answers[ctx.op.key], reply);
		if (reply.status < 200 || reply.status > 299) return reply;
		const kind = schemaKind(ctx, reply.status);
		if (!['array', 'object', 'string'].includes(kind)) return reply;
		let value;
		if (fault.to === 'null') value = null;
		else if (fault.to === 'string') value = kind === 'string' ? { message: 'Jira is being upgraded' } : 'Jira is being upgraded';
		else if (kind === 'array') value = Array.isArray(reply.body) && reply.body[0] ? reply.body[0] : { name: 'jira-administrators' };
		else value = [reply.body ?? {}];
		return { status: reply.status, raw: Buffer.from(JSON.stringify(value)), headers: { 'content-type': 'application/json;charset=UTF-8' } };
	}

	/**
	 * 'example': the body given for the operation by status (the OpenAPI files' own examples, contract/examples), for
	 * the answer's status or else the first one given, whatever the handler made of the request (an example's ids
	 * are another site's: asked about again, the handler would not know them); an operation given none keeps its answer.
	 */
	function answered(bodies, reply) {
		if (!bodies || !Object.keys(bodies).length) return reply;
		const status = String(reply.status) in bodies ? String(reply.status) : Object.keys(bodies)[0];
		const raw = Buffer.from(JSON.stringify(bodies[status]));
		return { status: Number(status), raw, headers: { 'content-type': 'application/json;charset=UTF-8' } };
	}

	function rewrite(ctx, reply) {
		const f = getConfig().faults;
		let out = reply;
		if (f.endlessPages) out = endlessPage(ctx, out);
		if (f.wrongShape) out = reshaped(ctx, out);
		return out;
	}

	/** What the quota saw: requests sent again before it lifted. */
	function quotaState() {
		return quota ? { until: quota.until, earlyResends: quota.earlyResends } : null;
	}

	function clear() {
		quota = null;
		firstPages.clear();
	}

	return { decide, rewrite, quotaState, clear };
}

module.exports = { createFaults, sleep };
