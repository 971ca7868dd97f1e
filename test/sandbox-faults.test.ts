// The sandbox's answers for issue 14's findings 6, 7, 12 and 13, over plain HTTP: hourly quotas that punish
// early requests, 503 with and without Retry-After, knowledge base cursor paging (with `start` ignored), answers
// of the wrong shape, and lists that never end.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('./sandbox');

type Json = any;
const ADMIN = `Basic ${Buffer.from('admin@sandbox.test:sandbox-admin-token').toString('base64')}`;

let sb: Json;
beforeAll(async () => {
	sb = await createSandbox({ port: 0, seed: 42, requestCount: 60 });
	for (let n = 0; n < 7; n++) {
		sb.state.articles.push({ pageId: 880000 + n, serviceDeskId: '1', spaceKey: 'ITSKB', title: `Zebra crossing ${n}`, excerpt: 'x', body: '<p/>', updatedAt: 0 });
	}
});
afterAll(async () => sb.close());
afterEach(() => {
	sb.configure({ faults: { quota: null, rate503: 0, rate503Bare: 0, endlessPages: false, wrongShape: null } });
	expect(sb.violations).toEqual([]);
});

async function call(method: string, path: string, body?: unknown) {
	const res = await fetch(sb.url + path, {
		method,
		headers: { authorization: ADMIN, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	let json: Json = text;
	try {
		json = JSON.parse(text);
	} catch {
		// text stays text
	}
	return { status: res.status, body: json, headers: res.headers };
}

test('quota: Retry-After with RateLimit-Reason, and a request before it lifts gets a longer wait', async () => {
	sb.configure({ faults: { quota: { retryAfterSeconds: 3600, penaltySeconds: 600, reason: 'jira-quota-tenant-based' } } });
	const first = await call('GET', '/rest/api/3/myself');
	expect(first.status).toBe(429);
	expect(first.headers.get('ratelimit-reason')).toBe('jira-quota-tenant-based');
	expect(Number(first.headers.get('retry-after'))).toBe(3600);
	const early = await call('GET', '/rest/api/3/myself');
	expect(Number(early.headers.get('retry-after'))).toBeGreaterThanOrEqual(4199);
	expect(Date.parse(String(early.headers.get('x-ratelimit-reset')))).toBeGreaterThan(Date.parse(String(first.headers.get('x-ratelimit-reset'))));
	expect(sb.quotaState().earlyResends).toBe(1);
});

test('503 from a resource limit carries Retry-After; a bare 503 comes after the write was done', async () => {
	sb.configure({ retryAfterSeconds: 2, faults: { rate503: 1 } });
	const limited = await call('GET', '/rest/api/3/myself');
	expect([limited.status, limited.headers.get('retry-after')]).toEqual([503, '2']);
	sb.configure({ retryAfterSeconds: 1, faults: { rate503: 0, rate503Bare: 1 } });
	const before = sb.state.issues.size;
	const bare = await call('POST', '/rest/servicedeskapi/request', { serviceDeskId: '1', requestTypeId: '1', requestFieldValues: { summary: 'Lost answer' } });
	expect([bare.status, bare.headers.get('retry-after')]).toEqual([503, null]);
	expect(sb.state.issues.size).toBe(before + 1);
	// Reads are not touched by the bare 503.
	expect((await call('GET', '/rest/api/3/myself')).status).toBe(200);
});

test('knowledge base: next and prev links carry a cursor; the deprecated start is ignored', async () => {
	const first = await call('GET', '/rest/servicedeskapi/knowledgebase/article?query=zebra&highlight=false&limit=3');
	expect(first.body.values.map((a: Json) => a.title)).toEqual(['Zebra crossing 0', 'Zebra crossing 1', 'Zebra crossing 2']);
	const next = new URL(first.body._links.next);
	expect(next.searchParams.get('start')).toBeNull();
	expect(next.searchParams.get('cursor')).toBeTruthy();
	const second = await call('GET', `${next.pathname}${next.search}`);
	expect(second.body.values.map((a: Json) => a.title)).toEqual(['Zebra crossing 3', 'Zebra crossing 4', 'Zebra crossing 5']);
	const prev = new URL(second.body._links.prev);
	expect(prev.searchParams.get('prev')).toBe('true');
	expect((await call('GET', `${prev.pathname}${prev.search}`)).body.values.map((a: Json) => a.title)).toEqual(first.body.values.map((a: Json) => a.title));
	const byStart = await call('GET', '/rest/servicedeskapi/knowledgebase/article?query=zebra&highlight=false&limit=3&start=3');
	expect(byStart.body.values).toEqual(first.body.values);
	const bad = await call('GET', '/rest/servicedeskapi/knowledgebase/article?query=zebra&highlight=false&cursor=nonsense');
	expect(bad.status).toBe(400);
});

test('wrong shapes follow the response schema: an object where a list is documented, and the reverse', async () => {
	sb.configure({ faults: { wrongShape: { to: 'swap' } } });
	const groups = await call('GET', '/rest/api/3/user/groups?accountId=5b10a2844c20165700ede21g');
	expect(Array.isArray(groups.body)).toBe(false);
	expect(groups.body).toHaveProperty('name');
	const desk = await call('GET', '/rest/servicedeskapi/servicedesk/1');
	expect(Array.isArray(desk.body)).toBe(true);
	sb.configure({ faults: { wrongShape: { to: 'null', operations: ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}'] } } });
	expect((await call('GET', '/rest/servicedeskapi/servicedesk/1')).body).toBeNull();
	expect(Array.isArray((await call('GET', '/rest/api/3/user/groups?accountId=5b10a2844c20165700ede21g')).body)).toBe(true);
});

test("example answers: the body given for the operation, for the handler's status or else the first given, even where the handler refused", async () => {
	const desk = { id: '10', projectKey: 'EX' };
	sb.configure({
		faults: {
			wrongShape: {
				to: 'example',
				operations: ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}', 'POST /rest/servicedeskapi/organization'],
				answers: { 'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}': { 200: desk }, 'POST /rest/servicedeskapi/organization': { 201: { id: '7' } } },
			},
		},
	});
	expect(await call('GET', '/rest/servicedeskapi/servicedesk/1')).toMatchObject({ status: 200, body: desk });
	// An example's ids are another site's: the handler's 404 for them is answered with the example too.
	expect(await call('GET', '/rest/servicedeskapi/servicedesk/999')).toMatchObject({ status: 200, body: desk });
	expect(await call('POST', '/rest/servicedeskapi/organization', { name: 'Example org' })).toMatchObject({ status: 201, body: { id: '7' } });
	// Operations not given keep their answers.
	expect(Array.isArray((await call('GET', '/rest/api/3/user/groups?accountId=5b10a2844c20165700ede21g')).body)).toBe(true);
});

test('endless pages: the first page again, always claiming more', async () => {
	sb.configure({ faults: { endlessPages: true } });
	const first = await call('GET', '/rest/servicedeskapi/servicedesk?limit=2');
	const later = await call('GET', '/rest/servicedeskapi/servicedesk?start=40&limit=2');
	expect(first.body.isLastPage).toBe(false);
	expect(later.body).toEqual(first.body);
});

describe('per-test override: one route answers a one-off response (test/sandbox/overrides.js)', () => {
	const DESK = 'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}';

	test('status, body and headers for `times` requests, then the route answers again', async () => {
		const busy = sb.override(DESK, { status: 503, body: { errorMessages: ['Service Unavailable'] }, headers: { 'retry-after': '7' }, times: 2 });
		const answers = [await call('GET', '/rest/servicedeskapi/servicedesk/1'), await call('GET', '/rest/servicedeskapi/servicedesk/1')];
		expect(answers.map((answer) => [answer.status, answer.headers.get('retry-after'), answer.body])).toEqual([
			[503, '7', { errorMessages: ['Service Unavailable'] }],
			[503, '7', { errorMessages: ['Service Unavailable'] }],
		]);
		const third = await call('GET', '/rest/servicedeskapi/servicedesk/1');
		expect(third.status).toBe(200);
		expect(third.body).toMatchObject({ id: '1' });
		expect(busy.calls).toBe(2);
	});

	test('`when` picks the requests; a body function rewrites the route\'s own answer; restore() ends it', async () => {
		const renamed = sb.override(DESK, {
			when: (request: Json) => request.params.serviceDeskId === '2',
			body: (desk: Json) => ({ ...desk, projectName: 'Renamed' }),
		});
		expect((await call('GET', '/rest/servicedeskapi/servicedesk/1')).body.projectName).not.toBe('Renamed');
		expect((await call('GET', '/rest/servicedeskapi/servicedesk/2')).body).toMatchObject({ id: '2', projectName: 'Renamed' });
		renamed.restore();
		expect((await call('GET', '/rest/servicedeskapi/servicedesk/2')).body.projectName).not.toBe('Renamed');
		expect(renamed.calls).toBe(1);
	});

	test('the request is still authenticated and checked against the contract before the override answers', async () => {
		const stub = sb.override('GET /rest/servicedeskapi/servicedesk', { body: { values: [], isLastPage: true } });
		const anonymous = await fetch(`${sb.url}/rest/servicedeskapi/servicedesk`);
		expect(anonymous.status).toBe(401);
		const invalid = await call('GET', '/rest/servicedeskapi/servicedesk?limit=lots');
		expect(invalid.status).toBe(400);
		expect(invalid.body.sandboxViolation).toBe(true);
		expect(sb.violations).toHaveLength(1);
		sb.violations.length = 0;
		expect(stub.calls).toBe(0);
		expect((await call('GET', '/rest/servicedeskapi/servicedesk')).body).toEqual({ values: [], isLastPage: true });
		stub.restore();
	});

	test('local routes take overrides too; an unknown key is refused; reset() removes every override', async () => {
		expect(() => sb.override('GET /rest/servicedeskapi/servicedesks', { status: 500 })).toThrow(/No sandbox route/);
		sb.override('GET /rest/webhooks/1.0/webhook', { status: 403, body: { errorMessages: ['Forbidden'] } });
		expect((await call('GET', '/rest/webhooks/1.0/webhook')).status).toBe(403);
		sb.override(DESK, { status: 404, body: { errorMessage: 'gone' } });
		sb.reset();
		expect((await call('GET', '/rest/webhooks/1.0/webhook')).status).toBe(200);
		expect((await call('GET', '/rest/servicedeskapi/servicedesk/1')).status).toBe(200);
	});
});
