'use strict';
// Fault injection for API paths: added latency, a token-bucket rate limit, and a seeded share of
// 429 / 503 / connection resets / slow responses, and requests about chosen issues that always fail.
const { createPrng } = require('./prng');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function createFaults(getConfig, seed) {
	const prng = createPrng(seed ^ 0x5eed);
	const bucket = { tokens: null, at: Date.now() };

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

	function tooMany(retryAfter, config) {
		return {
			status: 429,
			body: { errorMessages: ['Rate limit exceeded.'] },
			headers: {
				'retry-after': String(retryAfter),
				'x-ratelimit-limit': String(config.rateLimitPerSecond || 100),
				'x-ratelimit-remaining': '0',
				'x-ratelimit-reset': new Date(Date.now() + retryAfter * 1000).toISOString(),
				'ratelimit-reason': 'jira-burst-based',
			},
		};
	}

	/**
	 * Requests about one issue (by id or key) that keep failing with a 500 while the rest of the site works:
	 * an answer Jira gives for one broken record; the platform API describes 500 only as a server error.
	 */
	function failsForIssue(path, f) {
		const match = /\/issue\/([^/]+)/.exec(path);
		return Boolean(match && f.failingIssues.includes(decodeURIComponent(match[1])));
	}

	/** Decides the fate of one API request: { reply } to answer now, or { reset: 'before'|'after' }, or {}. */
	async function decide(path = '') {
		const config = getConfig();
		const f = config.faults;
		if (config.latencyMs > 0) await sleep(config.latencyMs);
		if (failsForIssue(path, f)) return { reply: { status: 500, body: { errorMessages: ['Internal server error'] }, headers: {} } };
		if (rateLimited(config)) return { reply: tooMany(config.retryAfterSeconds, config) };
		const r = prng.next();
		if (r < f.rate429) return { reply: tooMany(config.retryAfterSeconds, config) };
		if (r < f.rate429 + f.rate503) return { reply: { status: 503, body: { errorMessages: ['Service Unavailable'] }, headers: {} } };
		if (r < f.rate429 + f.rate503 + f.rateReset) return { reset: f.resetAfterProcessing ? 'after' : 'before' };
		if (f.slowRate > 0 && prng.next() < f.slowRate) await sleep(f.slowMs);
		return {};
	}

	return { decide };
}

module.exports = { createFaults, sleep };
