// The sandbox's Assets API on its own, over HTTP: the rules the node relies on (and Atlassian documents)
// without the node in between: where each kind of token is accepted, paging, AQL and the error shape.
import { sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile({ requestCount: 30 });

const basic = `Basic ${Buffer.from('agent@sandbox.test:sandbox-agent-token').toString('base64')}`;
const root = () => `/jsm/assets/workspace/${sb.state.assetsWorkspaceId}/v1`;

async function call(method: string, path: string, { body, authorization = basic }: { body?: unknown; authorization?: string } = {}) {
	const response = await fetch(`${sb.url}${path}`, {
		method,
		headers: { authorization, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
const aql = (qlQuery: string, query = '') => call('POST', `${root()}/object/aql${query}`, { body: { qlQuery } });
const keys = (answer: { body: any }) => answer.body.values.map((object: any) => object.objectKey);

test('OAuth 2.0 tokens reach Assets only through /ex/jira/{cloudId}; Basic auth also at the root', async () => {
	const token = await fetch(`${sb.url}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ grant_type: 'authorization_code', code: 'sandbox-code-agent', client_id: 'sandbox-client', client_secret: 'sandbox-secret' }),
	}).then(async (response) => (await response.json()) as { access_token: string });
	const bearer = `Bearer ${token.access_token}`;
	expect((await call('GET', `${root()}/objectschema/list`, { authorization: bearer })).status).toBe(401);
	expect((await call('GET', `/ex/jira/${sb.state.cloudId}${root()}/objectschema/list`, { authorization: bearer })).status).toBe(200);
	expect((await call('GET', `${root()}/objectschema/list`)).status).toBe(200);
});

test('another workspace is a 404 in Assets\' error shape', async () => {
	const answer = await call('GET', '/jsm/assets/workspace/00000000-0000-4000-8000-000000000000/v1/objectschema/list');
	expect(answer).toEqual({ status: 404, body: { errorMessages: [expect.stringContaining('Workspace')], errors: {} } });
});

test('pages hold at most 25 objects and say isLast; total counts all', async () => {
	const laptops = [...sb.state.assets.objects.values()].filter((o: any) => o.objectTypeId === '2').length;
	const first = await aql('objectType = Laptop', '?startAt=0&maxResults=100');
	expect(first.body).toMatchObject({ startAt: 0, maxResults: 25, total: laptops, isLast: false, last: false });
	expect(first.body.values).toHaveLength(25);
	const last = await aql('objectType = Laptop', `?startAt=25&maxResults=100`);
	expect(last.body).toMatchObject({ isLast: laptops <= 50 });
});

test('AQL: keywords and attributes case-insensitive, quoted values, IN, IS EMPTY, OR with parentheses, ORDER BY', async () => {
	expect(keys(await aql('KEY = itam-1'))).toEqual(['ITAM-1']);
	expect(keys(await aql('objecttype = location order by Name desc'))).toEqual(['ITAM-1', 'ITAM-3', 'ITAM-2']);
	expect(keys(await aql('Name IN ("Sydney HQ", "Remote")'))).toEqual(['ITAM-1', 'ITAM-3']);
	expect(keys(await aql('objectType = Location AND City IS EMPTY'))).toEqual(['ITAM-3']);
	expect(keys(await aql('objectType = Location AND (City = Berlin OR Name LIKE sydney)'))).toEqual(['ITAM-1', 'ITAM-2']);
	const stock = await aql('objectType = Laptop AND Owner IS EMPTY AND Lifecycle = "In Stock"');
	expect(stock.body.values).toHaveLength(3);
	// A reference matches by the referenced object's label or key; a user by account id or display name.
	const inSydney = await aql('objectType = Laptop AND Location = "Sydney HQ"');
	expect(keys(await aql('objectType = Laptop AND Location = ITAM-1'))).toEqual(keys(inSydney));
	expect(keys(await aql('Owner = "Avery Agent"'))).toEqual(keys(await aql('Owner = 5b10ac8d82e05b22cc7d4ef5')));
});

test('AQL Assets cannot read is a 400 naming the problem', async () => {
	expect(await aql('Colour = red')).toEqual({ status: 400, body: { errorMessages: [], errors: { iql: expect.stringContaining('"Colour" does not exist') } } });
	expect((await aql('Name = "unterminated')).status).toBe(400);
	expect((await aql('Name =')).status).toBe(400);
});
