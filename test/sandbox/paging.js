'use strict';
// The two paging styles: JSM (start/limit -> size/isLastPage/_links) and platform
// (startAt/maxResults -> total/isLast/nextPage).

const JSM_MAX_LIMIT = 50;

/** start/limit from a JSM query; limit defaults to 50 and is capped at 50 like Atlassian. */
function jsmWindow(query, { defaultLimit = 50, cap = JSM_MAX_LIMIT } = {}) {
	const start = Math.max(0, query.start ?? 0);
	const asked = query.limit ?? defaultLimit;
	const limit = Math.min(Math.max(asked, 1), cap);
	return { start, limit };
}

function withParams(url, params) {
	const u = new URL(url);
	for (const [k, v] of Object.entries(params)) u.searchParams.set(k, String(v));
	return u.toString();
}

/** Builds PagedDTO<T> over `items` (already filtered/sorted); `map` renders one item. */
function jsmPage(ctx, items, window, map) {
	const { start, limit } = window;
	const slice = items.slice(start, start + limit);
	const isLastPage = start + slice.length >= items.length;
	const self = `${ctx.base}${ctx.pathname}${ctx.search}`;
	const links = { base: `${ctx.base}/rest/servicedeskapi`, context: '', self };
	if (!isLastPage) links.next = withParams(self, { start: start + slice.length, limit });
	if (start > 0) links.prev = withParams(self, { start: Math.max(0, start - limit), limit });
	return { _expands: [], size: slice.length, start, limit, isLastPage, values: slice.map(map), _links: links };
}

/** Platform PageBean: {self, nextPage?, maxResults, startAt, total, isLast, values}. */
function platformPage(ctx, items, { startAt = 0, maxResults = 50, cap = 100 }, map) {
	const max = Math.min(Math.max(maxResults, 0), cap);
	const slice = items.slice(startAt, startAt + max);
	const isLast = startAt + slice.length >= items.length;
	const self = `${ctx.base}${ctx.pathname}${ctx.search}`;
	const page = { self, maxResults: max, startAt, total: items.length, isLast, values: slice.map(map) };
	if (!isLast) page.nextPage = withParams(self, { startAt: startAt + slice.length, maxResults: max });
	return page;
}

module.exports = { jsmWindow, jsmPage, platformPage };
