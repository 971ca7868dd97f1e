import { NodeOperationError } from 'n8n-workflow';

import type { JsmContext } from './context';
import { forOperation } from './operationLabel';

/** Far beyond any list a workflow reads (500,000 JSM items): past it, paging is taken to be broken. */
export const MAX_PAGES = 10_000;

/**
 * Stops a list whose server never lets it end: a page (or a page token or cursor) that comes back again,
 * or more pages than any real list has. Without it a list that keeps answering `isLastPage: false` with
 * the same page, or a token chain that loops, is requested forever.
 */
export class PageGuard {
	private pages = 0;
	private readonly seenPages = new Set<string>();
	private readonly seenPointers = new Set<string>();

	constructor(
		private readonly context: JsmContext,
		private readonly request: { method: string; path: string; itemIndex?: number },
	) {}

	/** Each page's items, in the order the pages are used. */
	page(values: unknown[]): void {
		this.pages++;
		if (this.pages > MAX_PAGES) this.fail(`it passed ${MAX_PAGES} pages without reaching the end`);
		if (values.length === 0) return;
		// First and last item and the count tell pages apart without keeping them.
		const fingerprint = JSON.stringify([values.length, values[0], values[values.length - 1]]);
		if (this.seenPages.has(fingerprint)) this.fail(`page ${this.pages} is a page it had already sent`);
		this.seenPages.add(fingerprint);
	}

	/** The `nextPageToken` or cursor that leads to the next page. */
	pointer(value: string): void {
		if (this.seenPointers.has(value)) this.fail(`it pointed to page ${this.pages + 1} with a page token it had already given`);
		this.seenPointers.add(value);
	}

	private fail(reason: string): never {
		const { method, path, itemIndex } = this.request;
		throw new NodeOperationError(
			this.context.getNode(),
			forOperation(this.context, `Jira's list ${method} ${path} does not come to an end: ${reason}. Stopped instead of asking forever`),
			{
				description:
					'Jira (or a proxy in front of it) keeps saying there are more pages without moving on. Try again later, or set a Limit.',
				itemIndex,
			},
		);
	}
}
