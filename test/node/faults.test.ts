// Faults survived, counted in the sandbox's own state: 429 (with Retry-After) and 503 answers are waited
// out and retried, so a Return All and a bulk create lose nothing and duplicate nothing; a connection reset
// after Jira processed a create is never retried blindly (the item says the outcome is unknown, naming
// the request); answers slower than Performance → Timeout fail the item cleanly.
import { bulkCreateParameters, byId, itHelpRequestType } from '../helpers/bulk-create';
import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';
import { expectNoSecrets } from '../helpers/secrets';

const REQUESTS = 5000;
const CREATES = 1000;
const CREATE_PATH = '/rest/servicedeskapi/request';

let sb: Sandbox & { onRequest(hook: (request: { method: string; path: string }) => Promise<void>): () => void };
let requestTypeId: string;
const figures: string[] = [];

beforeAll(async () => {
	// Retry-After: 0 keeps the suite fast; the wait still goes through the same code (plus its jitter).
	sb = (await startSandbox({ requestCount: REQUESTS, retryAfterSeconds: 0 })) as typeof sb;
	requestTypeId = itHelpRequestType(sb);
});
afterAll(async () => {
	process.stdout.write(`\nFault figures:\n  ${figures.join('\n  ')}\n`);
	await sb?.close();
});
afterEach(() => {
	sb.configure({ faults: { rate429: 0, rate503: 0, rateReset: 0, resetAfterProcessing: false, slowMs: 0, slowRate: 0 } });
	expect(sb.violations).toEqual([]);
});

const issues = (): any[] => [...sb.state.issues.values()];
const summaries = (prefix: string) => Array.from({ length: CREATES }, (_, index) => `${prefix} ${String(index).padStart(4, '0')}`);
const countBySummary = (prefix: string) => {
	const counts = new Map<string, number>();
	for (const issue of issues()) if (String(issue.summary).startsWith(prefix)) counts.set(issue.summary, (counts.get(issue.summary) ?? 0) + 1);
	return counts;
};
const since = (mark: number) => sb.requests.slice(mark);
const statuses = (requests: Array<{ status: number }>) => ({
	tooMany: requests.filter((request) => request.status === 429).length,
	unavailable: requests.filter((request) => request.status === 503).length,
});
const seconds = (started: number) => ((Date.now() - started) / 1000).toFixed(1);

const createParameters = (performance: Record<string, number> = {}) => bulkCreateParameters('1', requestTypeId, { performance });

test(`Return All of ${REQUESTS} requests with 10% of answers 429 or 503: every request exactly once`, async () => {
	const expected = issues().filter((issue) => issue.serviceDeskId).map((issue) => issue.key);
	expect(expected).toHaveLength(REQUESTS);
	sb.configure({ faults: { rate429: 0.05, rate503: 0.05 } });
	const mark = sb.requests.length;
	const started = Date.now();
	const result = await runNode({ parameters: { resource: 'request', operation: 'query', returnAll: true }, credentials: adminCredentials(sb) });
	expect(result.error).toBeUndefined();
	const keys = result.items.map((item) => item.json.key as string);
	expect(keys).toHaveLength(REQUESTS);
	expect(new Set(keys).size).toBe(REQUESTS);
	expect([...keys].sort()).toEqual([...expected].sort());
	const { tooMany, unavailable } = statuses(since(mark));
	expect(tooMany + unavailable).toBeGreaterThan(0);
	figures.push(
		`Query All under 10% 429/503: ${keys.length}/${REQUESTS} distinct requests returned, ${tooMany} x 429 and ${unavailable} x 503 retried, ${since(mark).length} HTTP requests, ${seconds(started)} s`,
	);
});

test(`${CREATES} creates with 10% of answers 429 or 503: exactly ${CREATES} requests, no duplicate`, async () => {
	const prefix = `fault-create-${Date.now()}`;
	const input = summaries(prefix).map((summary) => ({ summary }));
	sb.configure({ faults: { rate429: 0.05, rate503: 0.05 } });
	const mark = sb.requests.length;
	const started = Date.now();
	const result = await runNode({ parameters: createParameters(), credentials: adminCredentials(sb), input });
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.json.summary)).toEqual(input.map((item) => item.summary));
	const counts = countBySummary(prefix);
	expect(counts.size).toBe(CREATES);
	expect([...counts.values()].every((count) => count === 1)).toBe(true);
	const posts = since(mark).filter((request) => request.method === 'POST' && request.path === CREATE_PATH);
	expect(posts.filter((request) => request.status === 201)).toHaveLength(CREATES);
	const { tooMany, unavailable } = statuses(posts);
	expect(tooMany + unavailable).toBeGreaterThan(0);
	figures.push(
		`${CREATES} creates under 10% 429/503: ${counts.size} requests in the sandbox, 0 duplicates, ${tooMany} x 429 and ${unavailable} x 503 on creates retried, ${seconds(started)} s`,
	);
});

test('connection reset after Jira processed a create: no retry, the item says the outcome is unknown, no duplicate', async () => {
	const prefix = `fault-reset-${Date.now()}`;
	const count = 200;
	const input = summaries(prefix).slice(0, count).map((summary) => ({ summary }));
	sb.configure({ faults: { rateReset: 0.1, resetAfterProcessing: true } });
	const mark = sb.requests.length;
	const result = await runNode({ parameters: createParameters(), credentials: adminCredentials(sb), input, continueOnFail: true });
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(count);
	expect(result.items.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));

	const counts = countBySummary(prefix);
	const unknown = result.items.filter((item) => item.json.error !== undefined);
	expect(unknown.length).toBeGreaterThan(0);
	result.items.forEach((item, index) => {
		const summary = input[index].summary;
		if (item.json.error === undefined) expect(item.json.summary).toBe(summary);
		else {
			expect(item.json.error).toBe(
				`The outcome of creating request "${summary}" is unknown: the connection was lost after the request was sent`,
			);
			expect(item.json.description).toMatch(/network error ECONNRESET\). It was not sent again/);
		}
		// Processed before the reset: the sandbox holds it exactly once, whatever the node could tell.
		expect(counts.get(summary)).toBe(1);
	});
	const posts = since(mark).filter((request) => request.method === 'POST' && request.path === CREATE_PATH);
	expect(posts).toHaveLength(count);
	expect(posts.filter((request) => request.status === 0)).toHaveLength(unknown.length);
	expectNoSecrets(result.items, [adminCredentials(sb)]);
	figures.push(
		`Reset after processing (10% of answers): ${count} creates sent once each, ${unknown.length} items reported "outcome unknown" with their summary, ${counts.size} requests in the sandbox, 0 duplicates`,
	);
});

describe('answers slower than Performance → Timeout', () => {
	test('a create answered too late fails its item as "outcome unknown" and is not sent again', async () => {
		const prefix = `fault-slow-${Date.now()}`;
		const input = summaries(prefix).slice(0, 3).map((summary) => ({ summary }));
		// Jira did the work, then took 1.5 s to answer: longer than the 300 ms timeout.
		const stop = sb.onRequest(async ({ method, path }) => {
			if (method === 'POST' && path === CREATE_PATH) await new Promise((resolve) => setTimeout(resolve, 1500));
		});
		const mark = sb.requests.length;
		try {
			const result = await runNode({
				parameters: createParameters({ timeout: 300 }),
				credentials: adminCredentials(sb),
				input,
				continueOnFail: true,
			});
			expect(result.error).toBeUndefined();
			result.items.forEach((item, index) => {
				expect(item.json.error).toBe(
					`The outcome of creating request "${input[index].summary}" is unknown: no answer came within the timeout after the request was sent`,
				);
				expect(item.pairedItem).toEqual({ item: index });
			});
		} finally {
			stop();
		}
		await new Promise((resolve) => setTimeout(resolve, 1700));
		const counts = countBySummary(prefix);
		expect(input.map(({ summary }) => counts.get(summary))).toEqual([1, 1, 1]);
		expect(since(mark).filter((request) => request.method === 'POST' && request.path === CREATE_PATH)).toHaveLength(3);
	});

	test('reads that time out are tried again: Return All under 20% slow answers is complete', async () => {
		const expected = issues().filter((issue) => issue.serviceDeskId).length;
		sb.configure({ faults: { slowMs: 1000, slowRate: 0.2 } });
		const started = Date.now();
		const result = await runNode({
			parameters: { resource: 'request', operation: 'query', returnAll: true, performance: { timeout: 300 } },
			credentials: adminCredentials(sb),
		});
		expect(result.error).toBeUndefined();
		const keys = result.items.map((item) => item.json.key);
		expect(new Set(keys).size).toBe(expected);
		expect(keys).toHaveLength(expected);
		figures.push(`Query All with 20% of answers 1 s late and a 300 ms timeout: ${keys.length}/${expected} requests, ${seconds(started)} s`);
	});

	test('a read that never answers in time fails its item cleanly, naming the timeout', async () => {
		sb.configure({ faults: { slowMs: 1000, slowRate: 1 } });
		const key = issues().find((issue) => issue.serviceDeskId).key;
		const started = Date.now();
		const result = await runNode({
			parameters: { resource: 'request', operation: 'get', request: byId(key), performance: { timeout: 200 } },
			credentials: adminCredentials(sb),
			input: [{}, {}],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		result.items.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.error).toBe('Jira did not answer within the timeout');
			expect(item.json.description).toMatch(/ECONNABORTED.*raise Performance → Timeout/);
		});
		figures.push(`A read that never answers within 200 ms: both items failed cleanly after 6 attempts each, ${seconds(started)} s`);
	}, 120_000);
});
