// Long rate-limit waits and the 503 decision.
// - Since 2026-03-02 Jira Cloud also has hourly points quotas; their Retry-After can be far longer than a minute,
//   and "if you reissue the request before the retry period expires, the request will fail and return the same
//   or longer Retry-After period" (developer.atlassian.com/cloud/jira/platform/rate-limiting/, quoted in
//   JRACLOUD-69262). The node never asks before Retry-After; a wait longer than Performance → Longest Rate Limit
//   Wait fails the item at once, saying when Jira takes requests again and the RateLimit-Reason.
// - "Apps can detect rate limit responses by checking if the HTTP response status code is 5xx accompanied by a
//   Retry-After header or an HTTP status code of 429" (blog.developer.atlassian.com/api-rate-limit-handling-for-apps/):
//   those are declined before any work and are sent again, creates included. A 503 without Retry-After is not
//   documented as declined, so a create is not sent again after it (Jira has no idempotency key).
import { bulkCreateParameters, byId, itHelpRequestType } from '../helpers/bulk-create';
import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';

type QuotaSandbox = Sandbox & { quotaState(): { until: number; earlyResends: number } | null };

let sb: QuotaSandbox;
let requestTypeId: string;
beforeAll(async () => {
	sb = (await startSandbox({ requestCount: 60, retryAfterSeconds: 0 })) as QuotaSandbox;
	requestTypeId = itHelpRequestType(sb);
});
afterAll(async () => sb.close());
afterEach(() => {
	sb.configure({ faults: { quota: null, rate503: 0, rate503Bare: 0 } });
	expect(sb.violations).toEqual([]);
});

const someRequest = () => [...sb.state.issues.values()].find((issue: any) => issue.serviceDeskId).key as string;
const since = (mark: number) => sb.requests.slice(mark);
const ISO = '(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z)';

const createParameters = (performance: Record<string, number> = {}) => bulkCreateParameters('1', requestTypeId, { performance });

describe('hourly quota', () => {
	test('a wait longer than the node waits fails every item at once, saying when and why; nothing is sent early', async () => {
		sb.configure({ faults: { quota: { retryAfterSeconds: 3600, penaltySeconds: 600, reason: 'jira-quota-tenant-based' } } });
		const mark = sb.requests.length;
		const started = Date.now();
		const result = await runNode({
			parameters: { resource: 'request', operation: 'get', request: byId(someRequest()) },
			credentials: adminCredentials(sb),
			input: [{}, {}, {}],
			continueOnFail: true,
		});
		expect(Date.now() - started).toBeLessThan(10_000);
		expect(result.items).toHaveLength(3);
		const pattern = new RegExp(
			`^Request → Get: Jira's rate limit \\(RateLimit-Reason: jira-quota-tenant-based\\) allows the next request at ${ISO}, in about 60 min: longer than this node waits \\(60 s\\)$`,
		);
		result.items.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			const match = pattern.exec(String(item.json.error));
			expect(match).not.toBeNull();
			expect(Math.abs(Date.parse(match![1]) - sb.quotaState()!.until)).toBeLessThan(2000);
			expect(item.json.description).toMatch(/^Not sent again before then/);
		});
		// One request learnt the wait; the other items were not sent into it.
		expect(since(mark)).toHaveLength(1);
		expect(sb.quotaState()!.earlyResends).toBe(0);
	}, 20_000);

	test('Performance → Longest Rate Limit Wait decides: a 5 s quota fails at once when 1 s is allowed', async () => {
		sb.configure({ faults: { quota: { retryAfterSeconds: 5, penaltySeconds: 5, reason: 'jira-quota-global-based' } } });
		const started = Date.now();
		const result = await runNode({
			parameters: { resource: 'request', operation: 'get', request: byId(someRequest()), performance: { rateLimitWait: 1 } },
			credentials: adminCredentials(sb),
			continueOnFail: true,
		});
		expect(Date.now() - started).toBeLessThan(4000);
		expect(String(result.items[0].json.error)).toMatch(
			new RegExp(`^Request → Get: Jira's rate limit \\(RateLimit-Reason: jira-quota-global-based\\) allows the next request at ${ISO}, in [4-6] s: longer than this node waits \\(1 s\\)$`),
		);
		expect(sb.quotaState()!.earlyResends).toBe(0);
	});

	test('a wait within the allowance is waited out in full, then the item succeeds; never asked early', async () => {
		sb.configure({ faults: { quota: { retryAfterSeconds: 2, penaltySeconds: 30, reason: 'jira-quota-tenant-based' } } });
		const mark = sb.requests.length;
		const started = Date.now();
		const key = someRequest();
		const result = await runNode({
			parameters: { resource: 'request', operation: 'get', request: byId(key), performance: { rateLimitWait: 10 } },
			credentials: adminCredentials(sb),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.key).toBe(key);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
		expect(since(mark).map((request) => request.status)).toEqual([429, 200]);
		expect(sb.quotaState()!.earlyResends).toBe(0);
	});
});

describe('503', () => {
	const countOf = (summary: string) => [...sb.state.issues.values()].filter((issue: any) => issue.summary === summary).length;

	test('with Retry-After: declined before the work, so a create is sent again and made once', async () => {
		sb.configure({ faults: { rate503: 0.5 } });
		const input = Array.from({ length: 6 }, (_, n) => ({ summary: `503-with-retry-after-${Date.now()}-${n}` }));
		const mark = sb.requests.length;
		const result = await runNode({ parameters: createParameters(), credentials: adminCredentials(sb), input });
		expect(result.error).toBeUndefined();
		expect(input.map(({ summary }) => countOf(summary))).toEqual(input.map(() => 1));
		expect(since(mark).filter((request) => request.status === 503).length).toBeGreaterThan(0);
	});

	test('without Retry-After after a create: not sent again, the item says the outcome is unknown, no duplicate', async () => {
		sb.configure({ faults: { rate503Bare: 1 } });
		const input = [0, 1].map((n) => ({ summary: `503-bare-${Date.now()}-${n}` }));
		const mark = sb.requests.length;
		const result = await runNode({ parameters: createParameters(), credentials: adminCredentials(sb), input, continueOnFail: true });
		expect(result.items).toHaveLength(2);
		result.items.forEach((item, index) => {
			expect(item.json.error).toBe(
				`The outcome of creating request "${input[index].summary}" is unknown: Jira answered 503 (unavailable) without a Retry-After after the request was sent`,
			);
			expect(item.json.description).toMatch(/^Jira may or may not have applied it \(HTTP 503 without Retry-After\)\. It was not sent again/);
		});
		// Carried out before the 503: Jira holds each exactly once.
		expect(input.map(({ summary }) => countOf(summary))).toEqual([1, 1]);
		expect(since(mark).filter((request) => request.method === 'POST')).toHaveLength(2);
	});
});
