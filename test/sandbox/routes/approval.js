'use strict';
// Approvals on requests: list, get, and answer (which moves the request on through its workflow).
const { json } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { approvalDto } = require('../format/jsm');
const { transitionIssue } = require('../issues');
const { viewer, loadRequest } = require('./common');

function loadApproval(ctx, issue) {
	const approval = issue.approvals.find((a) => a.id === String(ctx.params.approvalId));
	if (!approval) throw ctx.error(404, `The approval with ID ${ctx.params.approvalId} does not exist on this request.`, { i18nKey: 'sd.approval.not.found' });
	return approval;
}

module.exports = {
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/approval': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		return json(200, jsmPage(ctx, issue.approvals, jsmWindow(ctx.query), (a) => approvalDto(ctx.state, ctx.base, issue, a, viewer(ctx))));
	},
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		return json(200, approvalDto(ctx.state, ctx.base, issue, loadApproval(ctx, issue), viewer(ctx)));
	},
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		const approval = loadApproval(ctx, issue);
		const me = approval.approvers.find((a) => a.accountId === viewer(ctx));
		if (!me) throw ctx.error(403, 'You are not an approver of this request.', { i18nKey: 'sd.approval.not.approver' });
		if (approval.finalDecision !== 'pending') throw ctx.error(409, 'This approval has already been completed.', { i18nKey: 'sd.approval.already.completed' });
		if (!['approve', 'decline'].includes(ctx.body.decision)) throw ctx.error(400, "The decision must be 'approve' or 'decline'.", { i18nKey: 'sd.approval.decision.invalid' });
		const decision = ctx.body.decision === 'approve' ? 'approved' : 'declined';
		me.decision = decision;
		approval.finalDecision = decision;
		approval.completedAt = ctx.site.now();
		transitionIssue(ctx.site, issue, decision === 'approved' ? '101' : '111', viewer(ctx), { allowSystem: true });
		return json(200, approvalDto(ctx.state, ctx.base, issue, approval, viewer(ctx)));
	},
};
