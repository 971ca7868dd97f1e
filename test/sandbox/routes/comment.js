'use strict';
// Request comments through the JSM API: plain-text bodies, public or internal.
const { json } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { commentDto, attachmentDto } = require('../format/jsm');
const { addComment } = require('../issues');
const { agent, viewer, loadRequest, listParam } = require('./common');

function loadComment(ctx, issue) {
	const comment = issue.comments.find((c) => c.id === String(ctx.params.commentId));
	if (!comment || (!comment.public && !agent(ctx))) throw ctx.error(404, `The comment with ID ${ctx.params.commentId} does not exist or you do not have permission to see it.`, { i18nKey: 'sd.comment.not.found' });
	return comment;
}

module.exports = {
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		const showPublic = ctx.query.public !== false;
		const showInternal = ctx.query.internal !== false && agent(ctx);
		const comments = issue.comments.filter((c) => (c.public ? showPublic : showInternal));
		const expand = listParam(ctx.query.expand);
		return json(200, jsmPage(ctx, comments, jsmWindow(ctx.query), (c) => commentDto(ctx.state, ctx.base, issue, c, expand)));
	},
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/comment': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		const { body, public: isPublic = true } = ctx.body;
		if (typeof body !== 'string' || !body.trim()) throw ctx.error(400, 'The comment body must not be empty.', { i18nKey: 'sd.comment.body.required' });
		if (!isPublic && !agent(ctx)) throw ctx.error(403, 'Only agents can add internal comments.', { i18nKey: 'sd.comment.internal.permission' });
		const comment = addComment(ctx.site, issue, { authorId: viewer(ctx), body, isPublic });
		return json(201, commentDto(ctx.state, ctx.base, issue, comment));
	},
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		return json(200, commentDto(ctx.state, ctx.base, issue, loadComment(ctx, issue), listParam(ctx.query.expand)));
	},
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}/attachment': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		const comment = loadComment(ctx, issue);
		const attachments = comment.attachmentIds.map((id) => ctx.state.attachments.get(id)).filter(Boolean);
		return json(200, jsmPage(ctx, attachments, jsmWindow(ctx.query), (a) => attachmentDto(ctx.state, ctx.base, a)));
	},
};
