import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const ADMIN = '5b10a2844c20165700ede21g';
const run = resourceRunner(sb, 'approval');
/** Requests with an approval the admin can still answer. */
const pending = (): any[] =>
	[...sb.state.issues.values()].filter((issue: any) =>
		issue.approvals.some((a: any) => a.finalDecision === 'pending' && a.approvers.some((p: any) => p.accountId === ADMIN)),
	);

test('query and get the approvals of a request', async () => {
	const issue = [...sb.state.issues.values()].find((candidate: any) => candidate.approvals.length > 0) as any;
	const all = await run({ operation: 'query', request: locator(issue.key), returnAll: true });
	expect(all.items.map((item) => [item.json.id, item.json.finalDecision])).toEqual(
		issue.approvals.map((a: any) => [a.id, a.finalDecision]),
	);
	const one = await run({ operation: 'get', request: locator(issue.key), approvalId: issue.approvals[0].id });
	expect(one.items[0].json).toMatchObject({ requestKey: issue.key, id: issue.approvals[0].id, name: issue.approvals[0].name });
});

test('answer approves or declines, and the request moves on', async () => {
	const [toApprove, toDecline] = pending();
	const approved = await run({ operation: 'answer', request: locator(toApprove.key), approvalId: toApprove.approvals.at(-1).id, decision: 'approve' });
	expect(approved.error).toBeUndefined();
	expect(approved.items[0].json).toMatchObject({ requestKey: toApprove.key, finalDecision: 'approved' });
	expect(toApprove.approvals.at(-1).finalDecision).toBe('approved');
	expect(sb.state.statuses.get(toApprove.statusId).name).toBe('Waiting for support');

	await run({ operation: 'answer', request: locator(toDecline.key), approvalId: toDecline.approvals.at(-1).id, decision: 'decline' });
	expect(toDecline.approvals.at(-1).finalDecision).toBe('declined');
	expect(sb.state.statuses.get(toDecline.statusId).name).toBe('Declined');
});

test('a bad approval ID names the item and the field; the approval stays pending', async () => {
	const issue = pending()[0];
	const approval = issue.approvals.at(-1);
	const result = await run(
		{ operation: 'answer', request: locator(issue.key), approvalId: '={{ $json.id }}', decision: 'approve' },
		{ input: [{ id: 'abc' }, { id: '0' }, { id: '99999999999' }], continueOnFail: true },
	);
	expect(result.items.map((item) => item.json.error)).toEqual([
		'Item 0: the approval "abc" is not a valid id (a whole number such as 1)',
		'Item 1: the approval "0" is not a valid id (a whole number such as 1)',
		'Item 2: the approval "99999999999" is too large for an id (at most 2147483647)',
	]);
	expect(approval.finalDecision).toBe('pending');

	const decided = await run(
		{ operation: 'answer', request: locator(issue.key), approvalId: approval.id, decision: '={{ $json.decision }}' },
		{ input: [{ decision: 'maybe' }], continueOnFail: true },
	);
	expect(decided.items[0].json.error).toBe('Item 0: Decision must be "approve" or "decline", not "maybe"');
	expect(approval.finalDecision).toBe('pending');
});
