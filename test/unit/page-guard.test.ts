// The guard that ends lists which never end: repeated pages, repeated page tokens, and an absolute bound.
import { NodeOperationError } from 'n8n-workflow';

import { MAX_PAGES, PageGuard } from '../../nodes/shared/transport/pageGuard';

const context = { getNode: () => ({ name: 'JSM', type: 'jsm', typeVersion: 1, parameters: {} }) } as never;
const request = { method: 'POST', path: '/rest/api/3/search/jql', itemIndex: 2 };
const page = (from: number) => Array.from({ length: 3 }, (_, n) => ({ id: String(from + n) }));

test('distinct pages and tokens pass; an earlier page coming back fails, naming the list and the item', () => {
	const guard = new PageGuard(context, request);
	guard.page(page(0));
	guard.pointer('a');
	guard.page(page(3));
	guard.pointer('b');
	guard.page([]);
	let thrown: unknown;
	try {
		guard.page(page(0));
	} catch (error) {
		thrown = error;
	}
	expect(thrown).toBeInstanceOf(NodeOperationError);
	expect((thrown as NodeOperationError).message).toBe(
		"Jira's list POST /rest/api/3/search/jql does not come to an end: page 4 is a page it had already sent. Stopped instead of asking forever",
	);
	expect((thrown as NodeOperationError).context.itemIndex).toBe(2);
});

test('a page token given twice fails, even when the pages differ', () => {
	const guard = new PageGuard(context, request);
	guard.page(page(0));
	guard.pointer('same');
	guard.page(page(3));
	expect(() => guard.pointer('same')).toThrow(/it pointed to page 3 with a page token it had already given/);
});

test(`more than ${MAX_PAGES} pages fail`, () => {
	const guard = new PageGuard(context, request);
	for (let n = 0; n < MAX_PAGES; n++) guard.page([{ id: n }]);
	expect(() => guard.page([{ id: 'one more' }])).toThrow(`it passed ${MAX_PAGES} pages without reaching the end`);
});
