import { sleep } from 'n8n-workflow';

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
 * Bounds the requests one node run has in flight and slows all of them down together when Jira says
 * "too many": a 429 halves the allowance (once per episode, however many in-flight requests see it)
 * and pauses every sender until its Retry-After; each run of successes at the current allowance
 * earns one more slot back, up to the configured maximum. The first request goes alone, so a wrong
 * token or an expired OAuth2 session fails once rather than `max` times at the same moment.
 */
export class RequestGate {
	readonly max: number;
	private allowed = 1;
	private active = 0;
	private waiting: Array<() => void> = [];
	private pausedUntil = 0;
	private streak = 0;
	private warmedUp = false;
	private limitReason: string | undefined;

	constructor(
		max: number,
		/** The longest pause the run accepts; past it, requests are refused rather than sent early. */
		readonly maxWaitMs = DEFAULT_RATE_LIMIT_WAIT_MS,
	) {
		this.max = clampConcurrency(max);
	}

	/** How many requests may be in flight now. */
	get allowance(): number {
		return this.allowed;
	}

	async acquire(): Promise<void> {
		for (;;) {
			const pause = this.pausedUntil - Date.now();
			if (pause > this.maxWaitMs) throw new RateLimitWaitTooLong(this.pausedUntil, this.limitReason, this.maxWaitMs);
			if (pause > 0) {
				await sleep(pause);
				continue;
			}
			if (this.active < this.allowed) {
				this.active++;
				return;
			}
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		}
	}

	release(): void {
		this.active = Math.max(0, this.active - 1);
		this.wakeAll();
	}

	/** A request got an answer that was not a rate limit. */
	succeeded(): void {
		if (!this.warmedUp) {
			this.warmedUp = true;
			this.allowed = this.max;
			this.wakeAll();
			return;
		}
		if (this.allowed >= this.max) return;
		// Additive increase: one slot more after a few rounds at the current allowance without a 429.
		if (++this.streak >= this.allowed * 4) {
			this.streak = 0;
			this.allowed++;
			this.wakeAll();
		}
	}

	/** Jira answered 429: everyone waits `waitMs`, and the allowance halves unless it just did. */
	rateLimited(waitMs: number, now = Date.now(), reason?: string): void {
		this.warmedUp = true;
		this.streak = 0;
		if (now >= this.pausedUntil) this.allowed = Math.max(1, Math.floor(this.allowed / 2));
		if (now + waitMs > this.pausedUntil) {
			this.pausedUntil = now + waitMs;
			this.limitReason = reason;
		}
	}

	/** Waiters re-check in their queue order; those that cannot go yet queue again in the same order. */
	private wakeAll(): void {
		const waiting = this.waiting;
		this.waiting = [];
		for (const wake of waiting) wake();
	}
}

export function clampConcurrency(value: unknown): number {
	const number = Math.floor(Number(value));
	if (!Number.isFinite(number) || number < 1) return 1;
	return Math.min(MAX_CONCURRENCY, number);
}

/** One gate per node run (the n8n context object the operations pass to the transport). */
const gates = new WeakMap<object, RequestGate>();

/**
 * The router opens the run's gate before any request: as many requests in flight as items at once, or as
 * pages one list reads ahead, whichever is more. Other contexts (editor lists, trigger hooks) get the default.
 */
export function openGate(context: object, concurrency: number, maxWaitMs = DEFAULT_RATE_LIMIT_WAIT_MS): RequestGate {
	const gate = new RequestGate(Math.max(clampConcurrency(concurrency), PREFETCH_PAGES), maxWaitMs);
	gates.set(context, gate);
	return gate;
}

export function gateFor(context: object): RequestGate {
	return gates.get(context) ?? openGate(context, DEFAULT_CONCURRENCY);
}
