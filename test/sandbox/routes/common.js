'use strict';
// Lookups and permission checks shared by the route handlers. Each throws the calling API's
// error shape (ctx.error) so JSM and platform routes can share them.
const { findIssue } = require('../state');
const { isAdmin, isAgent, canSeeRequest } = require('../roles');

const viewer = (ctx) => (ctx.user ? ctx.user.accountId : null);
const agent = (ctx) => !!ctx.user && isAgent(ctx.state, ctx.user.accountId);
const admin = (ctx) => !!ctx.user && isAdmin(ctx.state, ctx.user.accountId);

function requireAgent(ctx) {
	if (!agent(ctx)) throw ctx.error(403, 'You do not have permission to perform this operation. A Jira Service Management agent license is required.', { i18nKey: 'sd.agent.permission.required' });
}

function requireAdmin(ctx) {
	if (!admin(ctx)) throw ctx.error(403, 'You do not have permission to perform this operation. The Administer Jira global permission is required.', { i18nKey: 'sd.admin.permission.required' });
}

/** A service desk by id (or, like Atlassian, by project id or key). */
function loadDesk(ctx, ref) {
	const state = ctx.state;
	const desk = state.serviceDesks.get(String(ref)) || [...state.serviceDesks.values()].find((d) => {
		const p = state.projects.get(d.projectId);
		return p.id === String(ref) || p.key === String(ref).toUpperCase();
	});
	if (!desk) throw ctx.error(404, `The service desk with ID ${ref} does not exist or you do not have permission to access it.`, { i18nKey: 'sd.servicedesk.not.found' });
	return desk;
}

/** A customer request (an issue of a service desk) the caller may see, else 404. */
function loadRequest(ctx, ref) {
	const issue = findIssue(ctx.state, ref);
	if (!issue || !issue.serviceDeskId || !canSeeRequest(ctx.state, viewer(ctx), issue)) {
		throw ctx.error(404, 'Request does not exist or you do not have permission to see it.', { i18nKey: 'sd.request.not.found' });
	}
	return issue;
}

/** Any issue the caller may browse, else 404 (Jira hides what you cannot see). */
function loadIssue(ctx, ref) {
	const issue = findIssue(ctx.state, ref);
	if (!issue || !ctx.user || !canSeeRequest(ctx.state, viewer(ctx), issue)) {
		throw ctx.error(404, 'Issue does not exist or you do not have permission to see it.');
	}
	return issue;
}

function loadRequestType(ctx, desk, ref) {
	const rt = ctx.state.requestTypes.get(String(ref));
	if (!rt || rt.serviceDeskId !== desk.id) throw ctx.error(404, `The request type with ID ${ref} does not exist in this service desk.`, { i18nKey: 'sd.requesttype.not.found' });
	return rt;
}

/** `expand` as a flat list, whether sent repeated or comma-separated. */
const listParam = (value) => [].concat(value ?? []).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean);

/** Resolves {accountId}, {id} or a bare accountId string to a user, or undefined. */
function userRef(ctx, value) {
	if (!value) return undefined;
	const id = typeof value === 'string' ? value : value.accountId || value.id;
	return ctx.state.users.get(id);
}

module.exports = { viewer, agent, admin, requireAgent, requireAdmin, loadDesk, loadRequest, loadIssue, loadRequestType, listParam, userRef };
