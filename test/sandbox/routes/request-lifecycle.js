'use strict';
// What happens to a request over time: status history, transitions, SLAs, notification
// subscription and customer satisfaction feedback.
const { json, empty } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { statusHistoryDto, slaList } = require('../format/jsm');
const { availableTransitions } = require('../workflow');
const { transitionIssue, addComment } = require('../issues');
const { viewer, requireAgent, loadRequest } = require('./common');

// Customer transitions only, for agents too: getCustomerTransitions "returns a list of transitions that customers can
// perform on the request" (JSM REST API, Request → Get customer transitions; jira.js serviceDeskServer
// getCustomerTransitions); an agent's workflow transitions are the platform's /rest/api/3/issue/{key}/transitions.
const transitionsFor = (ctx, issue) => availableTransitions(ctx.state, issue, { customerOnly: true });

function feedbackOwner(ctx) {
	const issue = loadRequest(ctx, ctx.params.requestIdOrKey);
	if (issue.reporterId !== viewer(ctx)) throw ctx.error(403, 'Only the reporter of the request can give or remove feedback.', { i18nKey: 'sd.feedback.permission.reporter' });
	return issue;
}

module.exports = {
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/status': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		return json(200, jsmPage(ctx, issue.statusHistory, jsmWindow(ctx.query), (e) => statusHistoryDto(ctx.state, e)));
	},
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/transition': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		return json(200, jsmPage(ctx, transitionsFor(ctx, issue), jsmWindow(ctx.query), (t) => ({ id: t.id, name: t.name })));
	},
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/transition': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		const id = String(ctx.body.id ?? '');
		if (!transitionsFor(ctx, issue).some((t) => t.id === id)) {
			throw ctx.error(400, `The transition with ID '${id}' is not valid for request ${issue.key} in its current status.`, { i18nKey: 'sd.customer.transition.invalid' });
		}
		const comment = ctx.body.additionalComment && ctx.body.additionalComment.body;
		if (comment) addComment(ctx.site, issue, { authorId: viewer(ctx), body: comment, isPublic: true });
		transitionIssue(ctx.site, issue, id, viewer(ctx));
		return empty(204);
	},
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/sla': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		requireAgent(ctx);
		return json(200, jsmPage(ctx, slaList(ctx.state, ctx.base, issue, ctx.site.now()), jsmWindow(ctx.query), (s) => s));
	},
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/sla/{slaMetricId}': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		requireAgent(ctx);
		const sla = slaList(ctx.state, ctx.base, issue, ctx.site.now()).find((s) => s.id === String(ctx.params.slaMetricId));
		if (!sla) throw ctx.error(404, `The SLA metric with ID ${ctx.params.slaMetricId} does not exist.`, { i18nKey: 'sd.sla.not.found' });
		return json(200, sla);
	},
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/notification': (ctx) => json(200, { subscribed: loadRequest(ctx, ctx.params.issueIdOrKey).subscribers.has(viewer(ctx)) }),
	'PUT /rest/servicedeskapi/request/{issueIdOrKey}/notification': (ctx) => {
		loadRequest(ctx, ctx.params.issueIdOrKey).subscribers.add(viewer(ctx));
		return empty(204);
	},
	'DELETE /rest/servicedeskapi/request/{issueIdOrKey}/notification': (ctx) => {
		loadRequest(ctx, ctx.params.issueIdOrKey).subscribers.delete(viewer(ctx));
		return empty(204);
	},
	'GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.requestIdOrKey);
		if (!issue.feedback) throw ctx.error(404, `No feedback has been given for request ${issue.key}.`, { i18nKey: 'sd.feedback.not.found' });
		return json(200, issue.feedback);
	},
	'POST /rest/servicedeskapi/request/{requestIdOrKey}/feedback': (ctx) => {
		const issue = feedbackOwner(ctx);
		const { rating, type = 'csat', comment } = ctx.body;
		if (type !== 'csat') throw ctx.error(400, `The feedback type '${type}' is not supported. Supported values: csat.`, { i18nKey: 'sd.feedback.type.invalid' });
		if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw ctx.error(400, 'The rating must be an integer between 1 and 5.', { i18nKey: 'sd.feedback.rating.invalid' });
		issue.feedback = { type, rating, ...(comment ? { comment } : {}) };
		ctx.state.version++;
		return json(201, issue.feedback);
	},
	'DELETE /rest/servicedeskapi/request/{requestIdOrKey}/feedback': (ctx) => {
		const issue = feedbackOwner(ctx);
		if (!issue.feedback) throw ctx.error(404, `No feedback has been given for request ${issue.key}.`, { i18nKey: 'sd.feedback.not.found' });
		issue.feedback = null;
		ctx.state.version++;
		return empty(204);
	},
};
