'use strict';
// Knowledge base search (Confluence-backed in real life) and article view.
const { json, bytes } = require('../http');
const { jsmWindow } = require('../paging');
const { loadDesk } = require('./common');

const HL = ['@@@hl@@@', '@@@endhl@@@'];

function search(ctx, articles) {
	const terms = String(ctx.query.query || '').toLowerCase().split(/\s+/).filter(Boolean);
	const hits = articles.filter((a) => terms.every((t) => `${a.title} ${a.excerpt}`.toLowerCase().includes(t)));
	const mark = (text) => (ctx.query.highlight ? terms.reduce((out, t) => out.replace(new RegExp(`(${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'ig'), `${HL[0]}$1${HL[1]}`), text) : text);
	return json(200, cursorPage(ctx, hits, (a) => ({
		title: mark(a.title),
		excerpt: mark(a.excerpt),
		source: { type: 'confluence', pageId: String(a.pageId), spaceKey: a.spaceKey },
		content: { iframeSrc: `${ctx.base}/rest/servicedeskapi/knowledgebase/article/view/${a.pageId}` },
	})));
}

// Cursor paging, as the JSM OpenAPI file describes these two searches: `cursor` is "returned as part of the
// next or prev URL from the previous search call", `prev=true` steps back, `start` is "(Deprecated)". The
// search is Confluence's, whose notice (developer.atlassian.com/cloud/confluence/change-notice-moderize-search-rest-apis/)
// deprecated `start` for `cursor` and says to follow the next/prev links; modelled strictly, as after its
// removal: `start` is ignored, so a client paging by `start` gets the first page again.
const encodeCursor = (offset) => Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');

function decodeCursor(ctx, cursor) {
	try {
		const { offset } = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8'));
		if (Number.isInteger(offset) && offset >= 0) return offset;
	} catch {
		// falls through to the refusal below
	}
	throw ctx.error(400, 'The cursor is not valid.', { i18nKey: 'sd.kb.search.cursor.invalid' });
}

function linkWith(self, params) {
	const url = new URL(self);
	for (const name of ['start', 'cursor', 'prev', 'limit']) url.searchParams.delete(name);
	for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
	return url.toString();
}

function cursorPage(ctx, items, map) {
	const { limit } = jsmWindow({ limit: ctx.query.limit });
	const at = ctx.query.cursor === undefined ? 0 : decodeCursor(ctx, ctx.query.cursor);
	const start = ctx.query.prev === true || ctx.query.prev === 'true' ? Math.max(0, at - limit) : at;
	const end = ctx.query.prev === true || ctx.query.prev === 'true' ? at : start + limit;
	const slice = items.slice(start, end);
	const isLastPage = start + slice.length >= items.length;
	const self = `${ctx.base}${ctx.pathname}${ctx.search}`;
	const links = { base: `${ctx.base}/rest/servicedeskapi`, context: '', self };
	if (!isLastPage) links.next = linkWith(self, { cursor: encodeCursor(start + slice.length), limit });
	if (start > 0) links.prev = linkWith(self, { cursor: encodeCursor(start), prev: true, limit });
	return { _expands: [], size: slice.length, start, limit, isLastPage, values: slice.map(map), _links: links };
}

module.exports = {
	'GET /rest/servicedeskapi/knowledgebase/article': (ctx) => search(ctx, ctx.state.articles),
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/knowledgebase/article': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		return search(ctx, ctx.state.articles.filter((a) => a.serviceDeskId === desk.id));
	},
	'GET /rest/servicedeskapi/knowledgebase/article/view/{pageId}': (ctx) => {
		const article = ctx.state.articles.find((a) => a.pageId === ctx.params.pageId);
		if (!article) throw ctx.error(404, `The article with page ID ${ctx.params.pageId} does not exist.`, { i18nKey: 'sd.kb.article.not.found' });
		// Documented as a JSON string holding the page's HTML.
		return bytes(200, Buffer.from(JSON.stringify(article.body)), 'application/json;charset=UTF-8');
	},
};
