import { runNode } from '../helpers/run-node';
import { adminCredentials } from '../helpers/sandbox';
import { sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const run = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	runNode({ parameters: { resource: 'auditRecord', operation: 'query', ...parameters }, credentials: adminCredentials(sb), ...extra });
const auditRequests = () => sb.requests.filter((r: any) => r.path === '/rest/api/3/auditing/record') as any[];
const newestFirst = (records: any[]) => records.slice().sort((a, b) => b.created - a.created || b.id - a.id);

test('pages through the whole log with offset and limit, newest first', async () => {
	// A log longer than one 1000-record page.
	const seeded = sb.state.auditRecords.slice();
	for (let n = 0; n < 1500; n++) sb.state.auditRecords.push({ ...seeded[n % seeded.length], id: 100000 + n });
	const before = auditRequests().length;
	const result = await run({ returnAll: true });
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.json.id)).toEqual(newestFirst(sb.state.auditRecords).map((record) => record.id));
	const pages = auditRequests().slice(before);
	expect(pages.map((page) => page.query)).toEqual([
		{ offset: '0', limit: '1000' },
		{ offset: '1000', limit: '1000' },
	]);
	const limited = await run({ limit: 7 });
	expect(limited.items).toHaveLength(7);
	sb.state.auditRecords.splice(seeded.length);
});

test('filters by date range and words', async () => {
	const records = newestFirst(sb.state.auditRecords);
	const from = records[60].created;
	const to = records[10].created;
	const text = (record: any) => `${record.summary} ${record.category} ${record.objectItem.name} ${record.authorAccountId}`.toLowerCase();
	const expected = records.filter((record) => record.created >= from && record.created <= to && text(record).includes('group'));
	expect(expected.length).toBeGreaterThan(0);
	const result = await run({
		returnAll: true,
		filters: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), filter: 'group' },
	});
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.json.id)).toEqual(expected.map((record) => record.id));
	expect(auditRequests().at(-1).query).toMatchObject({ from: new Date(from).toISOString(), to: new Date(to).toISOString(), filter: 'group' });
});

test('bad dates are refused per item before any request', async () => {
	const before = sb.requests.length;
	const result = await run(
		{ filters: { from: '={{ $json.from }}', to: '2026-01-01T00:00:00Z' } },
		{ input: [{ from: 'last tuesday' }, { from: '2026-02-01T00:00:00Z' }], continueOnFail: true },
	);
	expect(result.items.map((item) => item.json.error)).toEqual([
		'Item 0: the From filter "last tuesday" is not a date and time, for example 2026-05-01T00:00:00Z',
		'Item 1: the From filter is after the To filter',
	]);
	expect(sb.requests.length).toBe(before);
});

test('a non-admin gets Jira’s 403', async () => {
	const result = await runNode({
		parameters: { resource: 'auditRecord', operation: 'query', returnAll: true },
		credentials: adminCredentials(sb, { email: 'agent@sandbox.test', apiToken: 'sandbox-agent-token' }),
	});
	expect(result.error).toMatchObject({ httpCode: '403' });
});
