import { sleep } from 'n8n-workflow';

import { SiteGate, type Lane } from './siteGate';

/** What a node run allows when nobody set Performance → Concurrency. */
export const DEFAULT_CONCURRENCY = 5;
export const MAX_CONCURRENCY = 50;
/**
 * How many pages of one `start`/`limit` list may be in flight at once. Reading ahead is harmless to
 * order (pages are used strictly in sequence), so a list gets this many even when items run one by one.
 */
export const PREFETCH_PAGES = 8;

/** How long a run waits when Jira's rate limit says so, unless Performance → Longest Rate Limit Wait says otherwise. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** The rate limit asks for a longer wait than the run allows: nothing may be sent before `until`. */
export class RateLimitWaitTooLong extends Error {
	constructor(
		readonly until: number,
		readonly reason: string | undefined,
		readonly allowedMs: number,
	) {
		super('Rate limited for longer than this run waits');
	}
}

/**
 * One node run's door to its site's gate (siteGate.ts): the run's own bound on requests in flight, its own
 * longest wait, and its queue; the allowance, the pause and what 429s taught are the site's, shared with every
 * other run on the same credential and site. The run's first request goes alone, so a wrong token or an
 * expired OAuth2 session fails once rather than `max` times at the same moment.
 */
export class RequestGate implements Lane {
	readonly max: number;
	active = 0;
	waiting: Array<(granted: boolean) => void> = [];
	private warmedUp = false;

	constructor(
		max: number,
		/** The longest pause the run accepts; past it, requests are refused rather than sent early. */
		readonly maxWaitMs = DEFAULT_RATE_LIMIT_WAIT_MS,
		/** A gate made on its own (no site given) shares nothing. */
		private readonly site = new SiteGate(clampConcurrency(max)),
	) {
		this.max = clampConcurrency(max);
		site.widen(this.max);
	}

	get width(): number {
		return this.warmedUp ? this.max : 1;
	}

	/** How many of this run's requests may be in flight now. */
	get allowance(): number {
		return Math.min(this.width, this.site.allowed);
	}

	async acquire(): Promise<void> {
		for (;;) {
			const pause = this.site.pausedUntil - Date.now();
			if (pause > this.maxWaitMs) throw new RateLimitWaitTooLong(this.site.pausedUntil, this.site.limitReason, this.maxWaitMs);
			if (pause > 0) {
				await sleep(pause);
				continue;
			}
			if (this.site.tryTake(this) || (await this.site.enqueue(this))) {
				// A slot freed by a request that then learnt a 429 is handed back: the pause holds for everyone.
				if (Date.now() >= this.site.pausedUntil) return;
				this.site.release(this);
			}
		}
	}

	release(): void {
		this.site.release(this);
	}

	/** A request got an answer that was not a rate limit. */
	succeeded(): void {
		if (this.warmedUp) return this.site.succeeded();
		this.warmedUp = true;
		this.site.pump();
	}

	/** Jira answered 429: every run on the site waits `waitMs`, and the site's allowance halves unless it just did. */
	rateLimited(waitMs: number, now = Date.now(), reason?: string): void {
		this.warmedUp = true;
		this.site.rateLimited(waitMs, now, reason);
	}
}

export function clampConcurrency(value: unknown): number {
	const number = Math.floor(Number(value));
	if (!Number.isFinite(number) || number < 1) return 1;
	return Math.min(MAX_CONCURRENCY, number);
}

/** A node run's settings (from the router) and its gate per site, for as long as n8n keeps the run's context. */
const runs = new WeakMap<object, { max: number; maxWaitMs: number; gates: Map<string, RequestGate> }>();

/** Site gates by credential and site; each is dropped once idle (siteGate.ts), so ended runs leave nothing behind. */
const sites = new Map<string, SiteGate>();

/**
 * The router sets the run's bound before any request: as many requests in flight as items at once, or as
 * pages one list reads ahead, whichever is more. Other contexts (editor lists, trigger hooks) get the default.
 */
export function openGate(context: object, concurrency: number, maxWaitMs = DEFAULT_RATE_LIMIT_WAIT_MS): void {
	runs.set(context, { max: Math.max(clampConcurrency(concurrency), PREFETCH_PAGES), maxWaitMs, gates: new Map() });
}

/** The run's gate to the site `siteKey` names (credential and base URL, never a secret). */
export function gateFor(context: object, siteKey: string): RequestGate {
	let run = runs.get(context);
	if (!run) {
		openGate(context, DEFAULT_CONCURRENCY);
		run = runs.get(context) as NonNullable<typeof run>;
	}
	let gate = run.gates.get(siteKey);
	if (!gate) {
		gate = new RequestGate(run.max, run.maxWaitMs, siteGate(siteKey, run.max));
		run.gates.set(siteKey, gate);
	}
	return gate;
}

function siteGate(siteKey: string, max: number): SiteGate {
	const now = Date.now();
	for (const [key, site] of sites) if (site.idle(now)) sites.delete(key);
	let site = sites.get(siteKey);
	if (!site) {
		site = new SiteGate(clampConcurrency(max));
		sites.set(siteKey, site);
	}
	site.touch(now);
	return site;
}

/** How many sites have a gate now (the registry is bounded by use: tests check that ended runs leave none). */
export function openSiteGates(now = Date.now()): number {
	for (const [key, site] of sites) if (site.idle(now)) sites.delete(key);
	return sites.size;
}

/** Forgets every site's gate, as a restart of n8n would: the tests start each case from a fresh process's state. */
export function forgetSiteGates(): void {
	sites.clear();
}
