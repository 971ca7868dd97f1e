import type { IDataObject } from 'n8n-workflow';

import type { JsmContext } from './context';
import { PREFETCH_PAGES } from './gate';
import { PageGuard } from './pageGuard';
import { jsmApiRequest, type JsmRequest } from './request';
import { pageItems } from './responseShape';

/** JSM serves at most 50 items per page on its list endpoints. */
export const JSM_PAGE_SIZE = 50;

export interface PageOptions {
	/** Stop after this many items; undefined means all. */
	limit?: number;
	/** The largest page the endpoint serves. */
	pageSize: number;
	/**
	 * `start`/`limit` lists only: how many pages may be in flight at once (1: strictly one after the
	 * other). Defaults to PREFETCH_PAGES; the node run's request gate bounds it in any case.
	 */
	prefetch?: number;
	/**
	 * Shapes each item as its page arrives (Simplify), so the raw pages can be let go at once instead of
	 * all of them being held until the last page: less memory and garbage collection for long lists.
	 */
	map?: (item: IDataObject) => IDataObject;
}

interface PendingPage {
	start: number;
	size: number;
	answer: Promise<any>;
}

/**
 * JSM style: `start` / `limit`, answer `{ values, size, isLastPage }`. The next page starts after what was
 * returned, not after what was asked for, because JSM may serve fewer items than `limit`.
 *
 * Pages are prefetched: once the first page shows how many items the endpoint serves per page, the
 * following pages (start + k × that size) are requested ahead, a few at a time, and consumed strictly in
 * order. A page is only used where the one before it ended, so nothing is skipped or repeated: as soon as
 * a page comes back with another size than asked for, the pages requested after it are dropped and the
 * list continues one page at a time from where that page really ended. `isLastPage` ends it cleanly; the
 * few pages asked for beyond the end are awaited and discarded.
 */
export async function paginateOffset(
	this: JsmContext,
	request: JsmRequest,
	{ limit, pageSize, prefetch, map }: PageOptions,
): Promise<IDataObject[]> {
	const first = Number(request.qs?.start ?? 0);
	const end = limit === undefined ? Infinity : first + limit;
	const depth = Math.max(1, Math.floor(prefetch ?? PREFETCH_PAGES));
	const fetchPage = (start: number, size: number): PendingPage => {
		const answer = jsmApiRequest.call(this, { ...request, qs: { ...request.qs, start, limit: size } });
		// Pages beyond the end may fail unseen; never leave their rejection unhandled.
		answer.catch(() => undefined);
		return { start, size, answer };
	};
	let ahead: PendingPage[] = [];
	const dropAhead = async () => {
		const dropped = ahead;
		ahead = [];
		await Promise.allSettled(dropped.map((page) => page.answer));
	};

	const items: IDataObject[] = [];
	const guard = new PageGuard(this, request);
	let cursor = first;
	/** Items per page as the endpoint serves them; unknown until the first full page. */
	let stride: number | undefined;
	let sequential = depth <= 1;
	for (let consumed = 0; ; consumed++) {
		let current = ahead.shift();
		if (!current || current.start !== cursor) {
			await dropAhead();
			current = fetchPage(cursor, Math.min(sequential || stride === undefined ? pageSize : stride, end - cursor));
		}
		if (!sequential && stride !== undefined) {
			// Widen the window gradually (2, 4, ... pages ahead), so a short list costs few extra requests.
			const window = Math.min(depth - 1, 2 ** consumed);
			let next = (ahead.length ? ahead[ahead.length - 1].start : current.start) + stride;
			while (ahead.length < window && next < end) {
				ahead.push(fetchPage(next, Math.min(stride, end - next)));
				next += stride;
			}
		}
		let page: any;
		let answered = false;
		try {
			page = await current.answer;
			answered = true;
		} finally {
			// A failed page ends the list with its error; the pages asked for after it are let go first.
			if (!answered) await dropAhead();
		}
		const values = pageItems(this, request, page, 'values') as IDataObject[];
		guard.page(values);
		for (const value of values) {
			if (items.length >= end - first) break;
			items.push(map ? map(value) : value);
		}
		if (items.length >= end - first) {
			await dropAhead();
			return items.slice(0, end - first);
		}
		if (page?.isLastPage !== false || values.length === 0) {
			await dropAhead();
			return items;
		}
		if (stride === undefined) stride = values.length;
		else if (values.length !== current.size) {
			// Not the size asked for: the pages requested after this one would not line up. Go one by one.
			sequential = true;
			await dropAhead();
		}
		cursor += values.length;
	}
}

/**
 * One page-at-a-time paging style: where the next page starts (an offset, a token, a cursor) and how a request
 * asks for it. `P` is that position; undefined asks for the first page.
 */
interface PageStyle<P> {
	itemsKey: string | undefined;
	/** The request for the page at `position`, of `want` items. */
	ask(position: P | undefined, want: number): JsmRequest;
	/** Where the page after this one starts; undefined when the list ends with this page. */
	next(page: IDataObject, values: IDataObject[], position: P | undefined, want: number): P | undefined;
	/** Token and cursor styles: the pointer the guard checks for a loop. */
	pointer?: (position: P) => string;
}

/** The loop every page-at-a-time style shares: limit, Simplify's map and the guard against lists without an end. */
async function paginateSequentially<P>(
	context: JsmContext,
	request: JsmRequest,
	style: PageStyle<P>,
	{ limit, pageSize, map }: PageOptions,
): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	const guard = new PageGuard(context, request);
	let position: P | undefined;
	for (;;) {
		const want = limit === undefined ? pageSize : Math.min(pageSize, limit - items.length);
		const page = (await jsmApiRequest.call(context, style.ask(position, want))) as IDataObject;
		const values = pageItems(context, request, page, style.itemsKey) as IDataObject[];
		guard.page(values);
		for (const value of values) items.push(map ? map(value) : value);
		if (limit !== undefined && items.length >= limit) return items.slice(0, limit);
		if (values.length === 0) return items;
		position = style.next(page, values, position, want);
		if (position === undefined) return items;
		if (style.pointer) guard.pointer(style.pointer(position));
	}
}

/** Jira platform style: `nextPageToken` (JQL search). */
export async function paginateToken(
	this: JsmContext,
	request: JsmRequest,
	itemsKey: string,
	options: PageOptions,
): Promise<IDataObject[]> {
	const inBody = request.method === 'POST';
	return await paginateSequentially<string>(this, request, {
		itemsKey,
		ask: (nextPageToken, want) => {
			const paging: IDataObject = { maxResults: want, ...(nextPageToken ? { nextPageToken } : {}) };
			return inBody
				? { ...request, body: { ...(request.body as IDataObject), ...paging } }
				: { ...request, qs: { ...request.qs, ...paging } };
		},
		next: (page) => (typeof page.nextPageToken === 'string' && page.nextPageToken && page.isLast !== true ? page.nextPageToken : undefined),
		pointer: (token) => token,
	}, options);
}

/** Jira platform style: `startAt` / `maxResults` with `isLast` or `total` (group members, users, audit). */
export async function paginateStartAt(
	this: JsmContext,
	request: JsmRequest,
	itemsKey: string | undefined,
	{ limit, pageSize }: PageOptions,
	names: { start: string; size: string } = { start: 'startAt', size: 'maxResults' },
): Promise<IDataObject[]> {
	return await paginateSequentially<number>(this, request, {
		itemsKey,
		ask: (start = 0, want) => ({ ...request, qs: { ...request.qs, [names.start]: start, [names.size]: want } }),
		next: (page, list, start = 0, want) => {
			const next = start + list.length;
			const total = typeof page.total === 'number' ? page.total : undefined;
			return page.isLast === true || (total !== undefined && next >= total) || list.length < want ? undefined : next;
		},
	}, { limit, pageSize });
}

/**
 * JSM Operations style: `offset` / `size`, answer `{ values, links: { next } }`; the list ends when no `next`
 * link comes back (listAlerts, listSchedules in the Operations OpenAPI file).
 */
export async function paginateOffsetSize(this: JsmContext, request: JsmRequest, options: PageOptions): Promise<IDataObject[]> {
	return await paginateSequentially<number>(this, request, {
		itemsKey: 'values',
		ask: (offset = 0, size) => ({ ...request, qs: { ...request.qs, offset, size } }),
		next: (page, values, offset = 0) => ((page.links as IDataObject | undefined)?.next ? offset + values.length : undefined),
	}, options);
}

/**
 * Cursor style (knowledge base search, where `start` is deprecated): each page's `_links.next` carries the
 * `cursor` of the page after it. Only the cursor is taken from the link, so the request keeps going through
 * the credential's own base URL (the OAuth2 gateway, a proxy) whatever site the link names.
 */
export async function paginateCursor(this: JsmContext, request: JsmRequest, options: PageOptions): Promise<IDataObject[]> {
	return await paginateSequentially<string>(this, request, {
		itemsKey: 'values',
		ask: (cursor, want) => ({ ...request, qs: { ...request.qs, limit: want, ...(cursor ? { cursor } : {}) } }),
		next: (page) => (page.isLastPage !== false ? undefined : nextCursorOf(page) || undefined),
		pointer: (cursor) => cursor,
	}, options);
}

function nextCursorOf(page: IDataObject): string | undefined {
	const next = (page._links as IDataObject | undefined)?.next;
	if (typeof next !== 'string') return undefined;
	try {
		return new URL(next, 'https://jira.invalid').searchParams.get('cursor') ?? undefined;
	} catch {
		return undefined;
	}
}
