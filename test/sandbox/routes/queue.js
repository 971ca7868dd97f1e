'use strict';
// Agent queues: each is a JQL query over the desk's issues.
const { json } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { queueDto } = require('../format/jsm');
const { issueBean, FIELD_DEFS } = require('../format/platform');
const { runJql } = require('../jql/compile');
const { viewer, requireAgent, loadDesk } = require('./common');

const issuesOf = (ctx, queue) => runJql(queue.jql, ctx.state, { userId: viewer(ctx), now: Date.now() });

function loadQueue(ctx) {
	const desk = loadDesk(ctx, ctx.params.serviceDeskId);
	requireAgent(ctx);
	const queue = ctx.state.queues.get(String(ctx.params.queueId));
	if (!queue || queue.serviceDeskId !== desk.id) throw ctx.error(404, `The queue with ID ${ctx.params.queueId} does not exist in this service desk.`, { i18nKey: 'sd.queue.not.found' });
	return queue;
}

module.exports = {
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		requireAgent(ctx);
		const queues = [...ctx.state.queues.values()].filter((q) => q.serviceDeskId === desk.id);
		return json(200, jsmPage(ctx, queues, jsmWindow(ctx.query), (q) => queueDto(ctx.base, q, ctx.query.includeCount ? issuesOf(ctx, q).length : undefined)));
	},
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue/{queueId}': (ctx) => {
		const queue = loadQueue(ctx);
		return json(200, queueDto(ctx.base, queue, ctx.query.includeCount ? issuesOf(ctx, queue).length : undefined));
	},
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue/{queueId}/issue': (ctx) => {
		const queue = loadQueue(ctx);
		const fields = queue.fields.filter((f) => FIELD_DEFS.has(f));
		return json(200, jsmPage(ctx, issuesOf(ctx, queue), jsmWindow(ctx.query), (issue) => issueBean(ctx.state, ctx.base, issue, { fields, v: 2 })));
	},
};
