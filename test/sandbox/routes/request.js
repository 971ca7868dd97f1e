'use strict';
// Customer requests: list (with Atlassian's ownership filters), create, get.
const { json } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { requestDto } = require('../format/jsm');
const { addAttachment, createIssue } = require('../issues');
const { requestFieldValues } = require('../field-input');
const { isAgent, canSeeRequest } = require('../roles');
const { DEMO } = require('../seed/people');
const { agent, viewer, loadDesk, loadRequest, listParam } = require('./common');
const { requestFormAnswers } = require('./forms');

const OWNERSHIP = ['OWNED_REQUESTS', 'PARTICIPATED_REQUESTS', 'ORGANIZATION', 'ALL_ORGANIZATIONS', 'APPROVER', 'ALL_REQUESTS'];
const DEFAULT_OWNERSHIP = ['OWNED_REQUESTS', 'PARTICIPATED_REQUESTS', 'ALL_ORGANIZATIONS'];
// Sorted result lists, reused while the state is unchanged so paging 10,000 requests stays cheap.
const listCache = new WeakMap();

function ownershipFilter(ctx, ownership, userId) {
	const state = ctx.state;
	const myOrgs = new Set([...state.organizations.values()].filter((o) => o.members.has(userId)).map((o) => o.id));
	const orgId = ctx.query.organizationId === undefined ? null : String(ctx.query.organizationId);
	const approvalStatus = ctx.query.approvalStatus;
	const tests = ownership.map((o) => {
		switch (o) {
			case 'OWNED_REQUESTS': return (i) => i.reporterId === userId;
			case 'PARTICIPATED_REQUESTS': return (i) => i.participants.includes(userId);
			case 'ORGANIZATION': return (i) => orgId !== null && i.organizationIds.includes(orgId) && (isAgent(state, userId) || myOrgs.has(orgId));
			case 'ALL_ORGANIZATIONS': return (i) => i.organizationIds.some((id) => myOrgs.has(id));
			case 'APPROVER': return (i) => i.approvals.some((a) => a.approvers.some((x) => x.accountId === userId && (approvalStatus === 'MY_PENDING_APPROVAL' ? x.decision === 'pending' && a.finalDecision === 'pending' : approvalStatus === 'MY_HISTORY_APPROVAL' ? x.decision !== 'pending' : true)));
			default: return (i) => canSeeRequest(state, userId, i);
		}
	});
	return (i) => tests.some((t) => t(i));
}

function listRequests(ctx) {
	const state = ctx.state;
	const userId = viewer(ctx);
	const ownership = listParam(ctx.query.requestOwnership);
	const unknown = ownership.find((o) => !OWNERSHIP.includes(o));
	if (unknown) throw ctx.error(400, `The requestOwnership value '${unknown}' is not valid.`, { i18nKey: 'sd.request.ownership.invalid' });
	const q = ctx.query;
	const key = JSON.stringify([userId, ownership, q.requestStatus, q.approvalStatus, q.organizationId, q.serviceDeskId, q.requestTypeId, q.searchTerm]);
	const perState = listCache.get(state) || new Map();
	listCache.set(state, perState);
	const cached = perState.get(key);
	if (cached && cached.version === state.version) return cached.items;

	const owned = ownershipFilter(ctx, ownership.length ? ownership : DEFAULT_OWNERSHIP, userId);
	const status = q.requestStatus || 'ALL_REQUESTS';
	const desk = q.serviceDeskId === undefined ? null : String(q.serviceDeskId);
	const type = q.requestTypeId === undefined ? null : String(q.requestTypeId);
	const term = q.searchTerm ? String(q.searchTerm).toLowerCase().replace(/[*?]/g, '') : null;
	const items = [];
	for (const issue of state.issues.values()) {
		if (!issue.serviceDeskId || !owned(issue) || !canSeeRequest(state, userId, issue)) continue;
		const done = state.statuses.get(issue.statusId).category.key === 'done';
		if ((status === 'OPEN_REQUESTS' && done) || (status === 'CLOSED_REQUESTS' && !done)) continue;
		if ((desk && issue.serviceDeskId !== desk) || (type && issue.requestTypeId !== type)) continue;
		if (term && !issue.summary.toLowerCase().includes(term)) continue;
		items.push(issue);
	}
	// Most recent activity first, like Atlassian.
	items.sort((a, b) => b.updatedAt - a.updatedAt || Number(b.id) - Number(a.id));
	if (perState.size > 50) perState.clear();
	perState.set(key, { version: state.version, items });
	return items;
}

const dtoOptions = (ctx) => ({
	expand: listParam(ctx.query.expand),
	now: ctx.site.now(),
	commentFilter: agent(ctx) ? null : (c) => c.public,
});

/** Approvers for new approval requests: the site admin and the desk's first agent. */
function approversFor(state, desk) {
	return [...new Set([DEMO.admin.accountId, desk.team[0]])].filter((id) => state.users.has(id));
}

function createRequest(ctx) {
	const state = ctx.state;
	const body = ctx.body;
	const desk = state.serviceDesks.get(String(body.serviceDeskId));
	if (!desk) throw ctx.error(400, `The service desk with ID '${body.serviceDeskId}' does not exist.`, { i18nKey: 'sd.servicedesk.not.found' });
	const rt = state.requestTypes.get(String(body.requestTypeId));
	if (!rt || rt.serviceDeskId !== desk.id) throw ctx.error(400, `The request type with ID '${body.requestTypeId}' does not exist in service desk '${desk.id}'.`, { i18nKey: 'sd.requesttype.not.found' });
	const callerIsAgent = agent(ctx);
	let reporterId = viewer(ctx);
	if (body.raiseOnBehalfOf) {
		if (!callerIsAgent) throw ctx.error(403, 'You do not have permission to raise requests on behalf of other customers.', { i18nKey: 'sd.request.raiseonbehalf.permission' });
		if (!state.users.has(body.raiseOnBehalfOf)) throw ctx.error(400, `The user '${body.raiseOnBehalfOf}' does not exist.`, { i18nKey: 'sd.user.not.found' });
		reporterId = body.raiseOnBehalfOf;
	}
	const participants = body.requestParticipants || [];
	if (participants.length && !callerIsAgent) throw ctx.error(403, 'You do not have permission to add request participants.', { i18nKey: 'sd.request.participants.permission' });
	const missing = participants.find((id) => !state.users.has(id));
	if (missing) throw ctx.error(400, `The user '${missing}' does not exist.`, { i18nKey: 'sd.user.not.found' });
	const { patch, errors } = requestFieldValues(state, rt, body.requestFieldValues, body.isAdfRequest === true);
	if (errors.length) {
		const reasons = [...new Set(errors.map((e) => e.message))].join('. ');
		throw ctx.error(400, `Your request could not be created. Please check the fields have been correctly filled in. ${reasons}`, { i18nKey: 'sd.request.create.error.fields' });
	}
	const applyForm = body.form ? requestFormAnswers(ctx, rt, body.form) : undefined;
	const reporterOrgs = [...desk.organizationIds].filter((id) => state.organizations.get(id)?.members.has(reporterId));
	if (!isAgent(state, reporterId)) desk.customerIds.add(reporterId);
	const issue = createIssue(
		ctx.site,
		{
			projectId: desk.projectId, issueTypeId: rt.issueTypeId, serviceDeskId: desk.id, requestTypeId: rt.id,
			summary: patch.summary, description: patch.description, descriptionAdf: patch.descriptionAdf, priorityId: patch.priorityId,
			fieldValues: patch.fieldValues, reporterId, creatorId: viewer(ctx), participants: [...new Set(participants)].filter((p) => p !== reporterId),
			organizationIds: patch.organizationIds || reporterOrgs.slice(0, 1), channel: body.channel || 'api',
		},
		viewer(ctx),
		approversFor(state, desk),
	);
	if (applyForm) applyForm(issue);
	// Temporary files named in the attachment field become the request's attachments (and stop being temporary).
	for (const id of patch.temporaryAttachmentIds || []) {
		const temp = state.temporaryAttachments.get(id);
		state.temporaryAttachments.delete(id);
		addAttachment(ctx.site, issue, { filename: temp.filename, mimeType: temp.mimeType, content: temp.content, authorId: viewer(ctx) });
	}
	return json(201, requestDto(state, ctx.base, issue, dtoOptions(ctx)));
}

module.exports = {
	'GET /rest/servicedeskapi/request': (ctx) => {
		if (ctx.query.serviceDeskId !== undefined) loadDesk(ctx, ctx.query.serviceDeskId);
		const options = dtoOptions(ctx);
		return json(200, jsmPage(ctx, listRequests(ctx), jsmWindow(ctx.query), (issue) => requestDto(ctx.state, ctx.base, issue, options)));
	},
	'POST /rest/servicedeskapi/request': createRequest,
	'GET /rest/servicedeskapi/request/{issueIdOrKey}': (ctx) => json(200, requestDto(ctx.state, ctx.base, loadRequest(ctx, ctx.params.issueIdOrKey), dtoOptions(ctx))),
};

module.exports.approversFor = approversFor;
