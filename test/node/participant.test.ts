import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const AGENT = '5b10ac8d82e05b22cc7d4ef5';
const CUSTOMER = 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae';
const run = resourceRunner(sb, 'participant');
const requests = (): any[] => [...sb.state.issues.values()].filter((issue: any) => issue.serviceDeskId);

test('query lists the participants of a request', async () => {
	const issue = requests().find((candidate) => candidate.participants.length > 0);
	const result = await run({ operation: 'query', request: locator(issue.key), returnAll: true });
	expect(result.items.map((item) => item.json.accountId)).toEqual(issue.participants);
	expect(result.items[0].json.requestKey).toBe(issue.key);
});

test('add takes a comma-separated text or a list; remove takes them away', async () => {
	const [first, second] = requests().filter((candidate) => candidate.participants.length === 0);
	const added = await run({ operation: 'add', request: locator(first.key), accountIds: ` ${AGENT}, ${CUSTOMER} ` });
	expect(added.error).toBeUndefined();
	expect(first.participants).toEqual([AGENT, CUSTOMER]);
	expect((added.items[0].json.participants as Array<{ accountId: string }>).map((p) => p.accountId)).toEqual([AGENT, CUSTOMER]);

	const fromList = await run({ operation: 'add', request: locator(second.key), accountIds: '={{ $json.ids }}' }, { input: [{ ids: [CUSTOMER] }] });
	expect(fromList.error).toBeUndefined();
	expect(second.participants).toEqual([CUSTOMER]);

	const removed = await run({ operation: 'remove', request: locator(first.key), accountIds: AGENT });
	expect(removed.items[0].json).toMatchObject({ requestKey: first.key, participants: [expect.objectContaining({ accountId: CUSTOMER })] });
	expect(first.participants).toEqual([CUSTOMER]);
});

test('emails and empty lists name the item and the field; nothing changes', async () => {
	const issue = requests().find((candidate) => candidate.participants.length === 0);
	const result = await run(
		{ operation: 'add', request: locator(issue.key), accountIds: '={{ $json.ids }}' },
		{ input: [{ ids: 'casey@example.com' }, { ids: ' , ' }, { ids: 'a b' }], continueOnFail: true },
	);
	expect(result.items.map((item) => item.json.error)).toEqual([
		`Item 0: Account IDs: "casey@example.com" is an email address; Jira Cloud needs the person's account ID`,
		'Item 1: Account IDs is empty: give at least one Atlassian account ID',
		'Item 2: Account IDs: "a b" is not an Atlassian account ID',
	]);
	expect(issue.participants).toEqual([]);
});
