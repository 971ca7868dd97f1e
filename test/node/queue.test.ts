import { runNode } from '../helpers/run-node';
import { adminCredentials } from '../helpers/sandbox';
import { sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile({ requestCount: 600 });

const locator = (value: string) => ({ __rl: true, mode: 'id', value });
const run = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	runNode({ parameters: { resource: 'queue', ...parameters }, credentials: adminCredentials(sb), ...extra });
const queuesOf = (deskId: string): any[] => [...sb.state.queues.values()].filter((q: any) => q.serviceDeskId === deskId);
const openIssuesOf = (projectKey: string): any[] =>
	[...sb.state.issues.values()].filter((issue: any) => issue.key.startsWith(`${projectKey}-`) && !issue.resolutionId);

test('query lists the queues of a service desk, with issue counts when asked', async () => {
	const plain = await run({ operation: 'query', serviceDesk: locator('1'), returnAll: true });
	expect(plain.items.map((item) => item.json.name)).toEqual(queuesOf('1').map((q) => q.name));
	expect(plain.items[0].json.issueCount).toBeUndefined();
	expect(plain.items[0].json.serviceDeskId).toBe('1');

	const counted = await run({ operation: 'query', serviceDesk: locator('1'), returnAll: true, includeCount: true });
	const allOpen = counted.items.find((item) => item.json.name === 'All open');
	expect(allOpen?.json.issueCount).toBe(openIssuesOf('ITS').length);
});

test('get one queue', async () => {
	const queue = queuesOf('2')[0];
	const result = await run({ operation: 'get', serviceDesk: locator('2'), queue: locator(queue.id), includeCount: true });
	expect(result.items[0].json).toMatchObject({ id: queue.id, name: queue.name, jql: queue.jql, serviceDeskId: '2' });
	expect(typeof result.items[0].json.issueCount).toBe('number');
});

test('query issues in a queue, simplified or raw, across pages', async () => {
	const queue = queuesOf('1').find((q) => q.name === 'All open');
	const open = openIssuesOf('ITS');
	expect(open.length).toBeGreaterThan(50);
	const all = await run({ operation: 'queryIssues', serviceDesk: locator('1'), queue: locator(queue.id), returnAll: true });
	expect(all.items.map((item) => item.json.key).sort()).toEqual(open.map((issue) => issue.key).sort());
	const first = all.items[0].json;
	const issue = sb.state.issues.get(String(first.id));
	expect(first).toMatchObject({ key: issue.key, summary: issue.summary, status: sb.state.statuses.get(issue.statusId).name });

	const raw = await run({ operation: 'queryIssues', serviceDesk: locator('1'), queue: locator(queue.id), limit: 3, simplify: false });
	expect(raw.items).toHaveLength(3);
	expect(raw.items[0].json.fields).toEqual(expect.objectContaining({ summary: expect.any(String) }));
});

test('bad input names the item and the field, and every item yields one item', async () => {
	const result = await run(
		{ operation: 'get', serviceDesk: locator('1'), queue: locator('={{ $json.queue }}') },
		{ input: [{ queue: '1/../2' }, { queue: '1' }, { queue: '999' }], continueOnFail: true },
	);
	expect(result.items).toHaveLength(3);
	expect(result.items[0].json.error).toBe('Item 0: the queue "1/../2" is not a valid id (a whole number such as 1)');
	expect(result.items[1].json.name).toBe(sb.state.queues.get('1').name);
	expect(result.items[2].json.error).toMatch(/^Not found/);
});
