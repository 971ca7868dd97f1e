'use strict';
// Request participants.
const { json } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { jsmUser } = require('../format/users');
const { updateFields } = require('../issues');
const { agent, viewer, loadRequest } = require('./common');

function page(ctx, issue) {
	const users = issue.participants.map((id) => ctx.state.users.get(id)).filter(Boolean);
	return json(200, jsmPage(ctx, users, jsmWindow(ctx.query), (u) => jsmUser(ctx.base, u)));
}

/** Reporter and agents manage participants; the ids must be real users. */
function change(ctx, apply) {
	const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
	if (!agent(ctx) && issue.reporterId !== viewer(ctx)) throw ctx.error(403, 'You do not have permission to manage participants on this request.', { i18nKey: 'sd.participant.permission' });
	const ids = [...(ctx.body.accountIds || []), ...(ctx.body.usernames || [])];
	const unknown = ids.find((id) => !ctx.state.users.has(id));
	if (unknown) throw ctx.error(400, `The user '${unknown}' does not exist.`, { i18nKey: 'sd.user.not.found' });
	updateFields(ctx.site, issue, viewer(ctx), { participants: apply(issue.participants, ids) });
	return page(ctx, issue);
}

module.exports = {
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/participant': (ctx) => page(ctx, loadRequest(ctx, ctx.params.issueIdOrKey)),
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/participant': (ctx) => change(ctx, (current, ids) => [...new Set([...current, ...ids])]),
	'DELETE /rest/servicedeskapi/request/{issueIdOrKey}/participant': (ctx) => change(ctx, (current, ids) => current.filter((id) => !ids.includes(id))),
};
