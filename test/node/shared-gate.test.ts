// One rate-limit gate per credential and site, shared by every node run of the process (issue 19, item 2):
// Atlassian counts requests per site and per app, not per workflow ("Rate limiting", developer.atlassian.com/
// cloud/jira/platform/rate-limiting/: limits apply per tenant/site and per app; 429 with Retry-After).
// Two runs at once learn the limit together, share it fairly, and nothing stays behind once they end.
import { openGate, gateFor, openSiteGates } from '../../nodes/shared/transport';
import { SITE_GATE_IDLE_MS } from '../../nodes/shared/transport/siteGate';
import { bulkCreateParameters, itHelpRequestType } from '../helpers/bulk-create';
import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';

/** Two node runs (n8n gives each its own context object) on the same credential and site. */
function twoRuns(siteKey: string, concurrency = 8) {
	const a = {};
	const b = {};
	openGate(a, concurrency);
	openGate(b, concurrency);
	return { a: gateFor(a, siteKey), b: gateFor(b, siteKey) };
}

describe('site gate shared between runs', () => {
	test('a 429 seen by one run halves the allowance and pauses the other run too', async () => {
		const { a, b } = twoRuns('api k1 https://one.example');
		await a.acquire();
		a.succeeded();
		a.release();
		await b.acquire();
		b.succeeded();
		b.release();
		expect(b.allowance).toBe(8);
		a.rateLimited(300, Date.now());
		expect(b.allowance).toBe(4);
		const started = Date.now();
		await b.acquire();
		b.release();
		expect(Date.now() - started).toBeGreaterThanOrEqual(250);
		// A different credential on the same site, or the same credential on another site, learnt nothing.
		expect(twoRuns('api k2 https://one.example').a.allowance).toBe(1);
		const other = twoRuns('api k1 https://two.example').a;
		await other.acquire();
		other.succeeded();
		other.release();
		expect(other.allowance).toBe(8);
	});

	test('one slot free at a time goes round-robin: a run of many items does not starve a run of few', async () => {
		const { a, b } = twoRuns('api k1 https://fair.example');
		for (const gate of [a, b]) {
			await gate.acquire();
			gate.succeeded();
			gate.release();
		}
		// Three 429 episodes (each over at once) bring the site down to one request at a time.
		for (let episode = 0; episode < 3; episode++) a.rateLimited(0, Date.now());
		expect(a.allowance).toBe(1);
		await a.acquire();
		const order: string[] = [];
		const queued = [
			...Array.from({ length: 10 }, () => a.acquire().then(() => order.push('a'))),
			...Array.from({ length: 3 }, () => b.acquire().then(() => order.push('b'))),
		];
		for (let granted = 0; granted <= 13; granted++) {
			(granted % 2 ? b : a).release();
			await new Promise((resolve) => setImmediate(resolve));
		}
		await Promise.all(queued);
		// B queued after all ten of A's requests, yet gets every other slot until it has none left.
		expect(order.slice(0, 6)).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
		expect(order.filter((run) => run === 'a')).toHaveLength(10);
	});

	test('a run at its own bound is passed over: the slot goes to the other run, not to a wait', async () => {
		const key = 'api k1 https://bound.example';
		const narrow = {};
		const wide = {};
		// A run allows at least 8 in flight (pages read ahead); the site widens to the widest run, 16.
		openGate(narrow, 8);
		openGate(wide, 16);
		const a = gateFor(narrow, key);
		const b = gateFor(wide, key);
		await a.acquire();
		a.succeeded();
		for (let i = 1; i < 8; i++) await a.acquire();
		let extraA = false;
		const waitingA = a.acquire().then(() => (extraA = true));
		await b.acquire();
		await new Promise((resolve) => setImmediate(resolve));
		expect(extraA).toBe(false);
		a.release();
		await waitingA;
		for (let i = 0; i < 8; i++) a.release();
		b.release();
	});

	test('no leak: once runs end and the pause is over, the site gate is dropped after its idle time', async () => {
		const key = 'api k1 https://leak.example';
		const { a, b } = twoRuns(key);
		await a.acquire();
		a.rateLimited(50, Date.now());
		a.release();
		await b.acquire();
		b.release();
		const now = Date.now();
		expect(openSiteGates(now)).toBeGreaterThan(0);
		expect(openSiteGates(now + SITE_GATE_IDLE_MS + 1_000)).toBe(0);
	});
});

describe('two node runs at once against a site limited to 20 requests/s', () => {
	let sb: Sandbox;
	let requestTypeId: string;
	beforeAll(async () => {
		sb = await startSandbox({ requestCount: 10 });
		requestTypeId = itHelpRequestType(sb);
	});
	afterAll(async () => sb?.close());
	afterEach(() => expect(sb.violations).toEqual([]));

	const inputs = (prefix: string) => Array.from({ length: 60 }, (_, index) => ({ summary: `${prefix} ${index}` }));

	/** Two runs of 60 creates at once; `siteUrls` are two addresses of the same sandbox (same limit). */
	async function pair(prefix: string, siteUrls: [string, string]) {
		const before = sb.requests.filter((r) => r.status === 429).length;
		sb.configure({ latencyMs: 10, rateLimitPerSecond: 20 });
		const runs = await Promise.all(
			siteUrls.map((siteUrl, run) =>
				runNode({
					parameters: bulkCreateParameters('1', requestTypeId, { performance: { concurrency: 10 } }),
					credentials: adminCredentials(sb, { siteUrl }),
					input: inputs(`${prefix}-${run}`),
				}),
			),
		);
		sb.configure({ rateLimitPerSecond: 0 });
		for (const run of runs) {
			expect(run.error).toBeUndefined();
			expect(run.items.filter((item) => item.json.error !== undefined)).toEqual([]);
		}
		const created = [...sb.state.issues.values()].filter((issue: any) => String(issue.summary).startsWith(prefix));
		expect(created).toHaveLength(120);
		expect(new Set(created.map((issue: any) => issue.summary)).size).toBe(120);
		return sb.requests.filter((r) => r.status === 429).length - before;
	}

	test('sharing the learnt limit draws fewer 429s than two separate gates, and both runs finish complete', async () => {
		const port = new URL(sb.url).port;
		// 127.0.0.1 and localhost are the same sandbox but two sites to the node: two gates, as before the change.
		const separate = await pair(`sep-${Date.now()}`, [`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
		await new Promise((resolve) => setTimeout(resolve, 1_100));
		const shared = await pair(`shr-${Date.now()}`, [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port}`]);
		console.log(`429 answers for 120 creates at 20/s: separate gates ${separate}, shared gate ${shared}`);
		expect(shared).toBeLessThan(separate);
	}, 120_000);
});
