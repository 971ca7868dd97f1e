import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const run = resourceRunner(sb, 'comment');
const issueByKey = (key: string): any => [...sb.state.issues.values()].find((issue: any) => issue.key === key);

/** The index-th request with both public and internal comments (one per test, so tests stay independent). */
function requestWithComments(index: number): any {
	const found = [...sb.state.issues.values()].filter(
		(issue: any) => issue.comments.some((c: any) => c.public) && issue.comments.some((c: any) => !c.public),
	);
	return found[index];
}

test('get one comment, with the rendered body', async () => {
	const issue = requestWithComments(0);
	const comment = issue.comments.find((c: any) => !c.public);
	const result = await run({ operation: 'get', request: locator(issue.key), commentId: comment.id, expand: ['renderedBody'] });
	expect(result.error).toBeUndefined();
	expect(result.items[0].json).toMatchObject({ requestKey: issue.key, id: comment.id, body: comment.body, public: false });
	expect(result.items[0].json.renderedBody).toEqual({ html: expect.any(String) });
});

test('update replaces the text and keeps the comment internal', async () => {
	const issue = requestWithComments(1);
	const comment = issue.comments.find((c: any) => !c.public);
	const result = await run({ operation: 'update', request: locator(issue.key), commentId: comment.id, body: 'Rebooted the switch\nall good' });
	expect(result.error).toBeUndefined();
	expect(result.items[0].json).toMatchObject({ requestKey: issue.key, id: comment.id, body: 'Rebooted the switch\nall good' });
	const stored = issueByKey(issue.key).comments.find((c: any) => c.id === comment.id);
	expect(stored).toMatchObject({ body: 'Rebooted the switch\nall good', public: false });
});

test('delete removes the comment', async () => {
	const issue = requestWithComments(2);
	const comment = issue.comments[0];
	const result = await run({ operation: 'delete', request: locator(issue.key), commentId: comment.id });
	expect(result.items[0].json).toEqual({ requestKey: issue.key, commentId: comment.id, deleted: true });
	expect(issueByKey(issue.key).comments.some((c: any) => c.id === comment.id)).toBe(false);
});

test('bad comment IDs and empty text name the item and the field', async () => {
	const issue = requestWithComments(3);
	const before = issue.comments.map((c: any) => c.body);
	const result = await run(
		{ operation: 'update', request: locator(issue.key), commentId: '={{ $json.id }}', body: '={{ $json.text }}' },
		{
			input: [
				{ id: '1/../../x', text: 'a' },
				{ id: issue.comments[0].id, text: '  ' },
			],
			continueOnFail: true,
		},
	);
	expect(result.items.map((item) => item.json.error)).toEqual([
		'Item 0: the comment "1/../../x" is not a valid id (a whole number such as 1)',
		'Item 1: the comment Text is empty',
	]);
	expect(issueByKey(issue.key).comments.map((c: any) => c.body)).toEqual(before);
});
