// Performance → Concurrency and page prefetch: items run in parallel but come out in input order with
// their pairedItem, failures stay per item, a rate-limited site still gets every create exactly once, and
// prefetched `start`/`limit` pages neither skip nor repeat items. No timing assertions: parallelism is
// proven by counting requests in flight through a small proxy in front of the sandbox.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { mapInOrder } from '../../nodes/JiraServiceManagement/helpers/concurrency';
import { paginateOffset, PREFETCH_PAGES, RequestGate } from '../../nodes/shared/transport';
import { bulkCreateParameters, itHelpRequestType } from '../helpers/bulk-create';
import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';

/** Forwards to the sandbox and counts requests in flight. */
interface Proxy {
	url: string;
	maxInFlight: number;
	log: Array<{ method: string; path: string; query: URLSearchParams }>;
	reset(): void;
	close(): Promise<void>;
}

async function startProxy(target: string): Promise<Proxy> {
	let inFlight = 0;
	const proxy: Proxy = {
		url: '',
		maxInFlight: 0,
		log: [],
		reset() {
			this.maxInFlight = 0;
			this.log = [];
		},
		close: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		},
	};
	const server = http.createServer(async (req, res) => {
		inFlight++;
		proxy.maxInFlight = Math.max(proxy.maxInFlight, inFlight);
		try {
			const chunks: Buffer[] = [];
			for await (const chunk of req) chunks.push(chunk as Buffer);
			const url = new URL(req.url ?? '/', target);
			proxy.log.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams });
			const headers: Record<string, string> = {};
			for (const [name, value] of Object.entries(req.headers)) {
				if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) headers[name] = value;
			}
			const answer = await fetch(url, {
				method: req.method,
				headers,
				body: chunks.length ? Buffer.concat(chunks) : undefined,
			});
			const text = await answer.text();
			const out: Record<string, string> = { 'content-type': answer.headers.get('content-type') ?? 'application/json' };
			for (const name of ['retry-after', 'x-ratelimit-reset']) {
				const value = answer.headers.get(name);
				if (value) out[name] = value;
			}
			res.writeHead(answer.status, out);
			res.end(text);
		} finally {
			inFlight--;
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return proxy;
}

let sb: Sandbox;
let proxy: Proxy;
let requestTypeId: string;
beforeAll(async () => {
	sb = await startSandbox({ requestCount: 400 });
	proxy = await startProxy(sb.url);
	requestTypeId = itHelpRequestType(sb);
});
afterAll(async () => {
	await proxy?.close();
	await sb?.close();
});
beforeEach(() => {
	proxy.reset();
	sb.configure({ latencyMs: 0, rateLimitPerSecond: 0, faults: { rate429: 0 } });
});
afterEach(() => expect(sb.violations).toEqual([]));

const viaProxy = () => adminCredentials(sb, { siteUrl: proxy.url });
const issues = (): any[] => [...sb.state.issues.values()];
const withSummaryPrefix = (prefix: string) => issues().filter((issue) => String(issue.summary).startsWith(prefix));

const createParameters = (concurrency?: number) =>
	bulkCreateParameters('={{ $json.desk }}', requestTypeId, concurrency === undefined ? {} : { performance: { concurrency } });

const inputs = (prefix: string, count: number, desk: (index: number) => string = () => '1') =>
	Array.from({ length: count }, (_, index) => ({ summary: `${prefix} ${String(index).padStart(4, '0')}`, desk: desk(index) }));

describe('per-item concurrency', () => {
	test('creates run in parallel, bounded by the option, and come out in input order with pairedItem', async () => {
		const prefix = `conc-order-${Date.now()}`;
		const input = inputs(prefix, 40);
		sb.configure({ latencyMs: 20 });
		const result = await runNode({ parameters: createParameters(8), credentials: viaProxy(), input });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.summary)).toEqual(input.map((item) => item.summary));
		expect(result.items.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
		expect(withSummaryPrefix(prefix)).toHaveLength(40);
		expect(proxy.maxInFlight).toBeGreaterThan(1);
		expect(proxy.maxInFlight).toBeLessThanOrEqual(8);
	});

	test('the default is 5 at once; concurrency 1 sends one request at a time', async () => {
		sb.configure({ latencyMs: 20 });
		const byDefault = await runNode({ parameters: createParameters(), credentials: viaProxy(), input: inputs(`conc-default-${Date.now()}`, 20) });
		expect(byDefault.error).toBeUndefined();
		expect(proxy.maxInFlight).toBe(5);

		proxy.reset();
		const prefix = `conc-one-${Date.now()}`;
		const one = await runNode({ parameters: createParameters(1), credentials: viaProxy(), input: inputs(prefix, 10) });
		expect(one.error).toBeUndefined();
		expect(proxy.maxInFlight).toBe(1);
		expect(one.items.map((item) => item.json.summary)).toEqual(inputs(prefix, 10).map((item) => item.summary));
	});

	test('continue on fail: failing items keep their place and pairing, the others are created exactly once', async () => {
		const prefix = `conc-fail-${Date.now()}`;
		// Every fifth item names a service desk that does not exist (400), every seventh one that is not an id.
		const desk = (index: number) => (index % 7 === 3 ? 'not-a-desk' : index % 5 === 4 ? '999' : '1');
		const input = inputs(prefix, 60, desk);
		const result = await runNode({ parameters: createParameters(10), credentials: viaProxy(), input, continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(60);
		expect(result.items.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
		result.items.forEach((item, index) => {
			if (desk(index) === '1') expect(item.json.summary).toBe(input[index].summary);
			else if (desk(index) === '999') expect(String(item.json.error)).toMatch(/service desk/i);
			else expect(item.json.error).toBe(`Item ${index}: the service desk "not-a-desk" is not a valid id (a whole number such as 1)`);
		});
		const good = input.filter((_, index) => desk(index) === '1').map((item) => item.summary).sort();
		expect(withSummaryPrefix(prefix).map((issue) => issue.summary).sort()).toEqual(good);
	});

	test('without continue on fail the lowest failing item is reported and no new item starts after it', async () => {
		const prefix = `conc-stop-${Date.now()}`;
		const concurrency = 4;
		const input = inputs(prefix, 40, (index) => (index === 12 || index === 30 ? '999' : '1'));
		sb.configure({ latencyMs: 10 });
		const result = await runNode({ parameters: createParameters(concurrency), credentials: viaProxy(), input });
		expect(result.items).toEqual([]);
		expect(result.error?.context?.itemIndex).toBe(12);
		const created = withSummaryPrefix(prefix).map((issue) => Number(String(issue.summary).slice(prefix.length + 1)));
		// Everything before the failure ran; of the rest, at most the items already running when it failed.
		for (let index = 0; index < 12; index++) expect(created).toContain(index);
		expect(created.filter((index) => index > 12).length).toBeLessThanOrEqual(concurrency - 1);
		expect(created).not.toContain(30);
	});

	test('rate limited to 20 requests a second with Retry-After: exactly 100 created, none failed, order kept', async () => {
		const prefix = `conc-429-${Date.now()}`;
		const input = inputs(prefix, 100);
		const before = sb.requests.filter((r) => r.status === 429).length;
		sb.configure({ latencyMs: 10, rateLimitPerSecond: 20 });
		const result = await runNode({ parameters: createParameters(10), credentials: viaProxy(), input });
		sb.configure({ rateLimitPerSecond: 0 });
		expect(result.error).toBeUndefined();
		expect(result.items.filter((item) => item.json.error !== undefined)).toEqual([]);
		expect(result.items.map((item) => item.json.summary)).toEqual(input.map((item) => item.summary));
		expect(result.items.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
		const created = withSummaryPrefix(prefix);
		expect(created).toHaveLength(100);
		expect(new Set(created.map((issue) => issue.summary)).size).toBe(100);
		// The limit was really hit, and every create POST that got through made exactly one request.
		expect(sb.requests.filter((r) => r.status === 429).length).toBeGreaterThan(before);
		const posted = proxy.log.filter((entry) => entry.method === 'POST' && entry.path === '/rest/servicedeskapi/request');
		expect(posted.length).toBeGreaterThanOrEqual(100);
	}, 120_000);
});

describe('prefetch of start/limit pages', () => {
	/** The list as a plain loop reads it, one page after the other. */
	const expectedKeys = async () => {
		const { email, apiToken } = adminCredentials(sb).jiraServiceManagementApi;
		const headers = { authorization: `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`, accept: 'application/json' };
		const keys: string[] = [];
		for (let start = 0; ; ) {
			const page = (await (await fetch(`${sb.url}/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&start=${start}&limit=50`, { headers })).json()) as any;
			keys.push(...page.values.map((request: any) => request.issueKey));
			if (page.isLastPage !== false || !page.values.length) return keys;
			start += page.values.length;
		}
	};

	test('Return All asks for several pages at once and returns every request once, in order', async () => {
		const keys = await expectedKeys();
		expect(keys.length).toBeGreaterThan(200);
		expect(new Set(keys).size).toBe(keys.length);
		sb.configure({ latencyMs: 10 });
		const result = await runNode({ parameters: { resource: 'request', operation: 'query', returnAll: true }, credentials: viaProxy() });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.key)).toEqual(keys);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		const pages = proxy.log.filter((entry) => entry.path === '/rest/servicedeskapi/request');
		expect(proxy.maxInFlight).toBeGreaterThan(1);
		expect(proxy.maxInFlight).toBeLessThanOrEqual(PREFETCH_PAGES);
		// Every start is asked once; pages asked for beyond the end are few (the window ahead at most).
		const starts = pages.map((entry) => Number(entry.query.get('start')));
		expect(new Set(starts).size).toBe(starts.length);
		expect(pages.length - Math.ceil(keys.length / 50)).toBeLessThanOrEqual(PREFETCH_PAGES - 1);
	});

	test('a limit is met exactly, with no request past it', async () => {
		const keys = await expectedKeys();
		const result = await runNode({
			parameters: { resource: 'request', operation: 'query', returnAll: false, limit: 120 },
			credentials: viaProxy(),
		});
		expect(result.items.map((item) => item.json.key)).toEqual(keys.slice(0, 120));
		const asked = proxy.log
			.filter((entry) => entry.path === '/rest/servicedeskapi/request')
			.map((entry) => [Number(entry.query.get('start')), Number(entry.query.get('limit'))]);
		expect(asked.sort((a, b) => a[0] - b[0])).toEqual([
			[0, 50],
			[50, 50],
			[100, 20],
		]);
	});

	test('a page shorter than asked for (not the last) falls back to one page at a time: nothing skipped or repeated', async () => {
		const keys = await expectedKeys();
		// The page at start 100 comes back with 43 of its 50 requests, as JSM may do.
		const short = sb.override('GET /rest/servicedeskapi/request', {
			when: (request) => request.query.start === 100,
			body: (page: any) => {
				const values = page.values.slice(0, 43);
				return { ...page, values, size: values.length, isLastPage: false };
			},
		});
		const result = await runNode({ parameters: { resource: 'request', operation: 'query', returnAll: true }, credentials: viaProxy() }).finally(
			() => short.restore(),
		);
		expect(short.calls).toBe(1);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.key)).toEqual(keys);
		const starts = proxy.log.filter((entry) => entry.path === '/rest/servicedeskapi/request').map((entry) => Number(entry.query.get('start')));
		expect(starts).toContain(143);
	});

});

describe('prefetch against a synthetic list (exact counts for odd page sizes)', () => {
	/** A fake n8n context whose "site" serves `total` numbered items through `serve`. */
	function listContext(total: number, serve: (start: number, limit: number) => { count: number; isLastPage?: boolean }) {
		const asked: Array<[number, number]> = [];
		const context = {
			getNode: () => ({ name: 'JSM', type: 'jsm', typeVersion: 1, parameters: { authentication: 'apiToken' } }),
			getCredentials: async () => ({ deployment: 'custom', siteUrl: 'http://127.0.0.1:9', authType: 'basic', email: 'a@b.c', apiToken: 't' }),
			helpers: {
				async httpRequestWithAuthentication(_type: string, options: { qs: { start: number; limit: number }; returnFullResponse?: boolean }) {
					const { start, limit } = options.qs;
					asked.push([start, limit]);
					await new Promise((resolve) => setTimeout(resolve, 1));
					const { count, isLastPage } = serve(start, limit);
					const values = Array.from({ length: Math.max(0, Math.min(count, total - start)) }, (_, i) => ({ n: start + i }));
					const body = { values, size: values.length, isLastPage: isLastPage ?? start + values.length >= total };
					// Like n8n: the whole response (status, headers, body) when the transport asks for it.
					return options.returnFullResponse ? { body, headers: {}, statusCode: 200, statusMessage: 'OK' } : body;
				},
			},
		};
		return { context, asked };
	}
	const list = async (context: unknown, limit?: number, prefetch = 5) =>
		(await paginateOffset.call(context as never, { method: 'GET', path: '/rest/servicedeskapi/x' }, { pageSize: 50, limit, prefetch })).map(
			(item) => item.n,
		);
	const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

	test('the full list, a list ending exactly on a page boundary, and an empty list', async () => {
		for (const total of [237, 250, 50, 1, 0]) {
			const { context, asked } = listContext(total, (_start, limit) => ({ count: limit }));
			expect(await list(context)).toEqual(range(0, total));
			expect(asked.length - Math.max(1, Math.ceil(total / 50))).toBeLessThanOrEqual(4);
		}
	});

	test('an endpoint that serves fewer per page than asked (30) is followed at its own page size', async () => {
		const { context, asked } = listContext(200, (_start, limit) => ({ count: Math.min(limit, 30) }));
		expect(await list(context)).toEqual(range(0, 200));
		expect(asked.slice(1).every(([start, limit]) => start % 30 === 0 && limit === 30)).toBe(true);
	});

	test('a page longer than asked for: the pages after it are dropped, nothing repeats', async () => {
		// The page at 50 brings 55 items (50..104); a prefetched page at 100 would repeat 100..104.
		const { context } = listContext(400, (start, limit) => ({ count: start === 50 ? limit + 5 : limit }));
		expect(await list(context)).toEqual(range(0, 400));
	});

	test('a short page in the middle, then short pages everywhere: nothing is skipped', async () => {
		const { context } = listContext(400, (start, limit) => ({ count: start === 100 ? 7 : start > 100 ? limit - 9 : limit }));
		expect(await list(context)).toEqual(range(0, 400));
	});

	test('an empty page that claims more is the end, as before', async () => {
		const { context } = listContext(400, (start, limit) => ({ count: start >= 150 ? 0 : limit, isLastPage: false }));
		expect(await list(context)).toEqual(range(0, 150));
	});

	test('limits, with and without prefetch', async () => {
		for (const prefetch of [1, 3, 8]) {
			for (const limit of [1, 49, 50, 51, 175, 400, 1000]) {
				const { context, asked } = listContext(400, (_start, size) => ({ count: size }));
				expect(await list(context, limit, prefetch)).toEqual(range(0, Math.min(limit, 400)));
				expect(asked.filter(([start]) => start >= limit)).toEqual([]);
			}
		}
	});

	test('a failing page is thrown once it is next in line; a failure beyond the end is ignored', async () => {
		const failing = listContext(400, (start, limit) => {
			if (start === 150) throw Object.assign(new Error('boom'), { httpCode: '400', response: { status: 400, headers: {}, data: { errorMessages: ['bad page'] } } });
			return { count: limit };
		});
		await expect(list(failing.context)).rejects.toThrow(/bad page/);

		const beyond = listContext(120, (start, limit) => {
			if (start >= 150) throw Object.assign(new Error('past the end'), { response: { status: 400, headers: {}, data: {} } });
			return { count: limit };
		});
		expect(await list(beyond.context)).toEqual(range(0, 120));
	});
});

describe('helpers', () => {
	test('mapInOrder keeps order, bounds the running count and reports the lowest failing index', async () => {
		let running = 0;
		let most = 0;
		const done = await mapInOrder(30, 4, async (index) => {
			running++;
			most = Math.max(most, running);
			await new Promise((resolve) => setImmediate(resolve));
			running--;
			return index * 2;
		});
		expect(done).toEqual(Array.from({ length: 30 }, (_, index) => index * 2));
		expect(most).toBe(4);

		const started: number[] = [];
		await expect(
			mapInOrder(30, 3, async (index) => {
				started.push(index);
				await new Promise((resolve) => setImmediate(resolve));
				if (index === 7 || index === 5) throw new Error(`item ${index}`);
				return index;
			}),
		).rejects.toThrow('item 5');
		expect(Math.max(...started)).toBeLessThan(5 + 3);
	});

	test('the gate starts with one request, opens to its maximum, halves once per 429 episode and grows back', async () => {
		const gate = new RequestGate(8);
		expect(gate.allowance).toBe(1);
		gate.succeeded();
		expect(gate.allowance).toBe(8);
		const now = Date.now();
		gate.rateLimited(1000, now);
		gate.rateLimited(1000, now + 10);
		expect(gate.allowance).toBe(4);
		for (let i = 0; i < 16; i++) gate.succeeded();
		expect(gate.allowance).toBe(5);
		expect(new RequestGate(500).max).toBe(50);
		expect(new RequestGate(0).max).toBe(1);
	});
});
