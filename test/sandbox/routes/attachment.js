'use strict';
// Attachments: JSM temporary uploads turned into request attachments, and the platform
// attachment metadata / content / delete operations.
const { json, empty, bytes, HttpError } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { attachmentDto, commentDto, simplePage } = require('../format/jsm');
const { attachmentBean } = require('../format/platform');
const { platformUser } = require('../format/users');
const { addAttachment, addComment, deleteAttachment } = require('../issues');
const { nextId } = require('../state');
const { agent, viewer, loadDesk, loadRequest, loadIssue } = require('./common');

function content(a, disposition = 'attachment') {
	return bytes(200, a.content, a.mimeType, { 'content-disposition': `${disposition}; filename="${a.filename}"` });
}

function loadRequestAttachment(ctx) {
	const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
	const a = ctx.state.attachments.get(String(ctx.params.attachmentId));
	if (!a || a.issueId !== issue.id) throw ctx.error(404, `The attachment with ID ${ctx.params.attachmentId} does not exist on this request.`, { i18nKey: 'sd.attachment.not.found' });
	return a;
}

function loadPlatformAttachment(ctx) {
	const a = ctx.state.attachments.get(String(ctx.params.id));
	if (!a) throw ctx.error(404, `The attachment with id '${ctx.params.id}' does not exist`);
	loadIssue(ctx, a.issueId);
	return a;
}

module.exports = {
	'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/attachTemporaryFile': (ctx) => {
		// Multipart uploads carry Atlassian's XSRF guard.
		if (String(ctx.headers['x-atlassian-token'] || '').toLowerCase() !== 'no-check') throw new HttpError(403, 'XSRF check failed');
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		const files = ctx.multipart.filter((p) => p.name === 'file' && p.filename !== undefined);
		const temporaryAttachments = files.map((file) => {
			const id = `temp${Date.now()}${nextId(ctx.state, 'temporary').padStart(6, '0')}`;
			ctx.state.temporaryAttachments.set(id, { id, serviceDeskId: desk.id, filename: file.filename, mimeType: file.contentType, content: file.data, accountId: viewer(ctx) });
			return { temporaryAttachmentId: id, fileName: file.filename };
		});
		return json(201, { temporaryAttachments });
	},
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/attachment': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		const visible = issue.attachmentIds.map((id) => ctx.state.attachments.get(id)).filter((a) => {
			if (agent(ctx) || !a.commentId) return true;
			const comment = issue.comments.find((c) => c.id === a.commentId);
			return !comment || comment.public;
		});
		return json(200, jsmPage(ctx, visible, jsmWindow(ctx.query), (a) => attachmentDto(ctx.state, ctx.base, a)));
	},
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/attachment': (ctx) => {
		const issue = loadRequest(ctx, ctx.params.issueIdOrKey);
		const { temporaryAttachmentIds = [], public: isPublic = true, additionalComment } = ctx.body;
		if (!temporaryAttachmentIds.length) throw ctx.error(400, 'At least one temporary attachment ID is required.', { i18nKey: 'sd.attachment.temporary.required' });
		if (!isPublic && !agent(ctx)) throw ctx.error(403, 'Only agents can add internal attachments.', { i18nKey: 'sd.attachment.internal.permission' });
		const temps = temporaryAttachmentIds.map((id) => {
			const temp = ctx.state.temporaryAttachments.get(id);
			if (!temp || temp.serviceDeskId !== issue.serviceDeskId) throw ctx.error(400, `The temporary attachment '${id}' does not exist or has expired.`, { i18nKey: 'sd.attachment.temporary.invalid' });
			return temp;
		});
		const authorId = viewer(ctx);
		const comment = addComment(ctx.site, issue, { authorId, body: (additionalComment && additionalComment.body) || temps.map((t) => `[^${t.filename}]`).join(' '), isPublic });
		const created = temps.map((t) => {
			ctx.state.temporaryAttachments.delete(t.id);
			const a = addAttachment(ctx.site, issue, { filename: t.filename, mimeType: t.mimeType, content: t.content, authorId, commentId: comment.id });
			comment.attachmentIds.push(a.id);
			return a;
		});
		return json(201, {
			comment: commentDto(ctx.state, ctx.base, issue, comment, ['attachment']),
			attachments: simplePage(created.map((a) => attachmentDto(ctx.state, ctx.base, a))),
		});
	},
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/attachment/{attachmentId}': (ctx) => content(loadRequestAttachment(ctx)),
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/attachment/{attachmentId}/thumbnail': (ctx) => {
		const a = loadRequestAttachment(ctx);
		if (!a.mimeType.startsWith('image/')) throw ctx.error(404, 'This attachment has no thumbnail.', { i18nKey: 'sd.attachment.thumbnail.not.found' });
		return content(a, 'inline');
	},
	'GET /rest/api/3/attachment/{id}': (ctx) => {
		const a = loadPlatformAttachment(ctx);
		const bean = attachmentBean(ctx.state, ctx.base, a, ctx.v);
		return json(200, { ...bean, id: Number(a.id), author: platformUser(ctx.base, ctx.state.users.get(a.authorId), ctx.v, true) });
	},
	'GET /rest/api/3/attachment/content/{id}': (ctx) => {
		const a = loadPlatformAttachment(ctx);
		// Jira answers with a redirect to its media store unless redirect=false.
		if (ctx.query.redirect === false) return content(a);
		return empty(303, { location: `${ctx.sb.state.baseUrl}/sandbox/media/${a.id}` });
	},
	'DELETE /rest/api/3/attachment/{id}': (ctx) => {
		const a = loadPlatformAttachment(ctx);
		if (!agent(ctx) && a.authorId !== viewer(ctx)) throw ctx.error(403, 'You do not have permission to delete this attachment.');
		deleteAttachment(ctx.site, a, viewer(ctx));
		return empty(204);
	},
};

module.exports.content = content;
