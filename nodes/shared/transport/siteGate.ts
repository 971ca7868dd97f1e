/**
 * How long a site's gate outlives its last request (and its last Retry-After): long enough for runs that
 * start one after the other to inherit what an earlier run learnt, short enough that the registry stays small.
 */
export const SITE_GATE_IDLE_MS = 30_000;

/** One node run's share of a site gate: its own bound on requests in flight, and its queue of waiting requests. */
export interface Lane {
	/** How many of this run's requests may be in flight now (1 until its first answer, then its maximum). */
	readonly width: number;
	active: number;
	waiting: Array<(granted: boolean) => void>;
}

/**
 * What one Jira site (per credential) allows, shared by every node run of the n8n process: Atlassian
 * limits per site and app, not per workflow. A 429 halves the site's allowance (once per episode) and pauses
 * every run until its Retry-After; successes earn slots back. Free slots go round-robin between the runs
 * that wait, one request at a time, so a run with many items cannot starve one with few.
 */
export class SiteGate {
	allowed: number;
	active = 0;
	pausedUntil = 0;
	limitReason: string | undefined;
	private streak = 0;
	private lastUsed = Date.now();
	private rotation: Lane[] = [];
	private turn = 0;

	constructor(public max: number) {
		this.allowed = max;
	}

	/** A run asking for more than the site has seen so far widens it, unless the site learnt a lower limit. */
	widen(max: number): void {
		if (max <= this.max) return;
		if (this.allowed === this.max) this.allowed = max;
		this.max = max;
		this.pump();
	}

	/** Takes a slot at once if nobody waits for one and both the site and the run have room. */
	tryTake(lane: Lane): boolean {
		if (this.rotation.length > 0 || !this.hasRoom(lane)) return false;
		this.take(lane);
		return true;
	}

	/** Queues a request of `lane`: resolves true with a slot taken, or false when a 429 sends everyone back to wait. */
	enqueue(lane: Lane): Promise<boolean> {
		const turn = new Promise<boolean>((resolve) => lane.waiting.push(resolve));
		if (!this.rotation.includes(lane)) this.rotation.push(lane);
		this.pump();
		return turn;
	}

	release(lane: Lane): void {
		this.active = Math.max(0, this.active - 1);
		lane.active = Math.max(0, lane.active - 1);
		this.lastUsed = Date.now();
		this.pump();
	}

	/** Additive increase: one slot more after a few rounds at the current allowance without a 429. */
	succeeded(): void {
		if (this.allowed >= this.max) return;
		if (++this.streak >= this.allowed * 4) {
			this.streak = 0;
			this.allowed++;
			this.pump();
		}
	}

	/** Jira answered 429: everyone waits `waitMs`, and the allowance halves unless it just did. */
	rateLimited(waitMs: number, now: number, reason: string | undefined): void {
		this.streak = 0;
		if (now >= this.pausedUntil) this.allowed = Math.max(1, Math.floor(this.allowed / 2));
		if (now + waitMs > this.pausedUntil) {
			this.pausedUntil = now + waitMs;
			this.limitReason = reason;
		}
		// The waiting requests go back to check the pause (and whether their run waits that long).
		const rotation = this.rotation;
		this.rotation = [];
		for (const lane of rotation) {
			const waiting = lane.waiting;
			lane.waiting = [];
			for (const wake of waiting) wake(false);
		}
	}

	/** Nothing in flight, nobody waiting, no pause in force, and unused for SITE_GATE_IDLE_MS. */
	idle(now: number): boolean {
		return this.active === 0 && this.rotation.length === 0 && now - Math.max(this.lastUsed, this.pausedUntil) > SITE_GATE_IDLE_MS;
	}

	touch(now: number): void {
		this.lastUsed = now;
	}

	/** Hands free slots to waiting runs in turn. A run at its own bound is skipped, not waited for. */
	pump(): void {
		if (Date.now() < this.pausedUntil) return;
		while (this.active < this.allowed && this.rotation.length > 0) {
			const index = this.nextReady();
			if (index < 0) return;
			const lane = this.rotation[index];
			const wake = lane.waiting.shift() as (granted: boolean) => void;
			this.take(lane);
			if (lane.waiting.length === 0) {
				this.rotation.splice(index, 1);
				this.turn = this.rotation.length ? index % this.rotation.length : 0;
			} else {
				this.turn = (index + 1) % this.rotation.length;
			}
			wake(true);
		}
	}

	private nextReady(): number {
		for (let step = 0; step < this.rotation.length; step++) {
			const index = (this.turn + step) % this.rotation.length;
			if (this.rotation[index].active < this.rotation[index].width) return index;
		}
		return -1;
	}

	private hasRoom(lane: Lane): boolean {
		return Date.now() >= this.pausedUntil && this.active < this.allowed && lane.active < lane.width;
	}

	private take(lane: Lane): void {
		this.active++;
		lane.active++;
	}
}
