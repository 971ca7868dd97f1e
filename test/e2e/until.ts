// The one wait loop of the real-n8n tests: n8n and the sandbox finish their work in the background (publishing,
// polls, deliveries, executions), so a test reads again until what it waits for is there.

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Wait<T> {
	timeoutMs: number;
	everyMs: number;
	/** The error at the deadline. Without it the last reading is returned, for the test's own expect to show what arrived. */
	failure?: (last: T) => string;
}

/** Reads every `everyMs` until `done` accepts the reading, and returns that reading (or the last one, see `failure`). */
export async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, wait: Wait<T>): Promise<T> {
	const deadline = Date.now() + wait.timeoutMs;
	for (;;) {
		const value = await read();
		if (done(value)) return value;
		if (Date.now() > deadline) {
			if (wait.failure) throw new Error(wait.failure(value));
			return value;
		}
		await sleep(wait.everyMs);
	}
}

/**
 * A trigger's production URL answers 404 for a moment after activation; an unsigned delivery gets 401 from
 * the node once it is live (and starts nothing). `post` sends one such delivery and answers its status.
 */
export async function untilListening(post: () => Promise<number>): Promise<void> {
	await until(post, (status) => status === 401, { timeoutMs: 15_000, everyMs: 200, failure: (status) => `The webhook URL still answers ${status}` });
}

/** `post` for untilListening: an unsigned JSON delivery straight to the URL. */
export const unsignedPost = (url: string) => async () =>
	(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status;
