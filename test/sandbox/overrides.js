// @ts-check
'use strict';
// One-off answers a test puts in front of one route (`sb.override(key, answer)`), without editing the sandbox. The
// request still goes through the whole pipeline (faults, authentication, contract validation); the override answers
// in place of the route's handler, so a test of a rare answer keeps every check the sandbox makes.

/**
 * @typedef {object} OverrideRequest What `when` and a `body` function are given.
 * @property {string} method
 * @property {string} path the path as requested (after the gateway prefix)
 * @property {Record<string, string>} params the template's path parameters
 * @property {Record<string, unknown>} query as the contract validation coerced it (numbers, arrays where the parameters say so)
 * @property {unknown} body the JSON body, if any
 */

/**
 * @typedef {object} OverrideAnswer
 * @property {number} [status] default 200
 * @property {unknown | ((answer: unknown, request: OverrideRequest) => unknown)} [body] the answer's JSON body; a
 *   function is given the body the route itself answered (the route runs first) and returns the one to send
 * @property {Record<string, string>} [headers] lower-case names, e.g. `{ 'retry-after': '1' }`
 * @property {number} [times] how many matching requests it answers; left out: every one until `restore()` or `reset()`
 * @property {(request: OverrideRequest) => boolean} [when] only requests it returns true for are answered (and counted)
 */

/**
 * @typedef {object} Override
 * @property {number} calls how many requests it answered so far
 * @property {() => void} restore takes it away (the route answers again)
 */

/**
 * @typedef {object} Reply
 * @property {number} status
 * @property {unknown} [body]
 * @property {Buffer} [raw]
 * @property {Record<string, string | number>} headers
 */

/** @typedef {{ key: string, answer: OverrideAnswer, calls: number, left: number }} Entry */

/**
 * @param {(key: string) => boolean} isRoute whether a `'METHOD /template'` key names a sandbox route
 */
function createOverrides(isRoute) {
	/** @type {Entry[]} */
	let entries = [];

	/**
	 * Answers `key` (a route key as in routes/: `'GET /rest/servicedeskapi/request/{issueIdOrKey}'`) with `answer`.
	 * The latest override of a key is tried first.
	 * @param {string} key
	 * @param {OverrideAnswer} answer
	 * @returns {Override}
	 */
	function add(key, answer) {
		if (!isRoute(key)) throw new Error(`No sandbox route '${key}': use the route's key, 'METHOD /template' as in test/sandbox/routes`);
		/** @type {Entry} */
		const entry = { key, answer, calls: 0, left: answer.times ?? Infinity };
		entries.unshift(entry);
		return {
			get calls() {
				return entry.calls;
			},
			restore() {
				entries = entries.filter((other) => other !== entry);
			},
		};
	}

	/**
	 * The override that answers this request, taking one of its calls; undefined when none does.
	 * @param {string} key
	 * @param {OverrideRequest} request
	 * @returns {Entry | undefined}
	 */
	function take(key, request) {
		const entry = entries.find((candidate) => candidate.key === key && candidate.left > 0 && (!candidate.answer.when || candidate.answer.when(request)));
		if (!entry) return undefined;
		entry.left--;
		entry.calls++;
		return entry;
	}

	/**
	 * The reply of an override; `route` is the route's own answer, run only when the body is a function of it.
	 * @param {Entry} entry
	 * @param {OverrideRequest} request
	 * @param {() => Promise<Reply>} route
	 * @returns {Promise<Reply>}
	 */
	async function reply(entry, request, route) {
		const { status = 200, body, headers = {} } = entry.answer;
		const value = typeof body === 'function' ? body((await route()).body, request) : body;
		return { status, body: value, headers: { ...headers } };
	}

	function clear() {
		entries = [];
	}

	return { add, take, reply, clear };
}

module.exports = { createOverrides };
