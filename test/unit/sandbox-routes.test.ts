import { catalogue } from '../helpers/catalogue';

// The sandbox is plain CommonJS (test/helpers/sandbox.ts says why).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpecs } = require('../sandbox/specs') as { loadSpecs(): { operations: Array<{ key: string }> } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const routes = require('../sandbox/routes') as {
	spec: Record<string, unknown>;
	local: Array<{ method: string; path: string }>;
};

/** What the sandbox answers, keyed 'METHOD /template' like an operation's `api` entry. The router (test/sandbox/router.js)
 * tries the hand-written local routes first; otherwise it matches the committed contract's operations and runs the
 * handler exported under that operation's key, so a contract operation without a handler answers 501 and a handler
 * without a contract operation is never reached. */
const served = new Set([
	...routes.local.map((route) => `${route.method} ${route.path}`),
	...loadSpecs()
		.operations.map((operation) => operation.key)
		.filter((key) => key in routes.spec),
]);

const unrouted = (apis: string[]): string[] => [...new Set(apis)].filter((api) => !served.has(api)).sort();

describe('sandbox routes', () => {
	it('every api entry the node declares has a sandbox route under the same key', () => {
		const missing = unrouted(catalogue.flatMap((entry) => entry.module.api));
		// Printed so whoever adds an operation sees which fake to write in test/sandbox/routes (CONTRIBUTING.md).
		if (missing.length) process.stdout.write(`No sandbox route for: ${missing.join(', ')}\n`);
		expect(missing).toEqual([]);
	});

	it('names an api entry nothing serves, and one whose key differs from the template only in a parameter name', () => {
		expect(
			unrouted([
				'GET /rest/servicedeskapi/request/{issueIdOrKey}/approval',
				'GET /rest/servicedeskapi/request/{requestIdOrKey}/approval',
				'GET /rest/servicedeskapi/nowhere',
			]),
		).toEqual(['GET /rest/servicedeskapi/nowhere', 'GET /rest/servicedeskapi/request/{requestIdOrKey}/approval']);
	});

	it('serves the prose-only admin webhook API through its local routes', () => {
		expect(unrouted(['GET /rest/webhooks/1.0/webhook', 'DELETE /rest/webhooks/1.0/webhook/{id}'])).toEqual([]);
	});
});
