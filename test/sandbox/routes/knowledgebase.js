'use strict';
// Knowledge base search (Confluence-backed in real life) and article view.
const { json, bytes } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { loadDesk } = require('./common');

const HL = ['@@@hl@@@', '@@@endhl@@@'];

function search(ctx, articles) {
	const terms = String(ctx.query.query || '').toLowerCase().split(/\s+/).filter(Boolean);
	const hits = articles.filter((a) => terms.every((t) => `${a.title} ${a.excerpt}`.toLowerCase().includes(t)));
	const mark = (text) => (ctx.query.highlight ? terms.reduce((out, t) => out.replace(new RegExp(`(${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'ig'), `${HL[0]}$1${HL[1]}`), text) : text);
	return json(200, jsmPage(ctx, hits, jsmWindow(ctx.query), (a) => ({
		title: mark(a.title),
		excerpt: mark(a.excerpt),
		source: { type: 'confluence', pageId: String(a.pageId), spaceKey: a.spaceKey },
		content: { iframeSrc: `${ctx.base}/rest/servicedeskapi/knowledgebase/article/view/${a.pageId}` },
	})));
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
