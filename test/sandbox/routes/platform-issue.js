'use strict';
// Platform issue operations (/rest/api/3, and /rest/api/2 with text instead of ADF): issues,
// changelog, comments and transitions.
const { json, empty, platformError } = require('../http');
const { issueBean, commentBean, changelogBean, transitionBean, selectFields } = require('../format/platform');
const { adfToText, isAdf } = require('../format/adf');
const { platformFields, convertField, mergePatch } = require('../field-input');
const { availableTransitions, findTransition } = require('../workflow');
const { createIssue, updateFields, transitionIssue, addComment, updateComment, deleteComment, deleteIssue } = require('../issues');
const { approversFor } = require('./request');
const { platformUser } = require('../format/users');
const { agent, admin, viewer, loadIssue, listParam } = require('./common');

const transitionsFor = (ctx, issue) => availableTransitions(ctx.state, issue, { customerOnly: !agent(ctx) });

function renderIssue(ctx, issue, fieldsParam, expandParam) {
	const expand = listParam(expandParam);
	const dataCenter = Boolean(ctx.sb.dataCenter);
	return issueBean(ctx.state, ctx.base, issue, {
		fields: selectFields(fieldsParam, '*all'),
		expand,
		v: ctx.v,
		transitions: transitionsFor(ctx, issue),
		dataCenter,
		now: ctx.site.now(),
	});
}

/** Comment body -> {text, adf} or an error message (v3 wants ADF, v2 a string). */
function commentText(ctx, body) {
	if (ctx.v === 3) {
		if (!isAdf(body)) return { error: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' };
		const text = adfToText(body);
		return text.trim() ? { text, adf: body } : { error: 'Comment body can not be empty!' };
	}
	if (typeof body !== 'string' || !body.trim()) return { error: 'Comment body can not be empty!' };
	return { text: body };
}

/** JSM marks internal comments with the sd.public.comment property. */
const isInternal = (properties) => (properties || []).some((p) => p.key === 'sd.public.comment' && p.value && p.value.internal === true);

/** Applies an IssueUpdateDetails `update` map: set / add / remove per field, comment add. */
function applyUpdateOps(ctx, issue, update, patch, errors, comments) {
	for (const [fieldId, ops] of Object.entries(update || {})) {
		for (const op of ops) {
			if (fieldId === 'comment' && op.add) {
				const parsed = commentText(ctx, op.add.body);
				if (parsed.error) errors.comment = parsed.error;
				else comments.push({ ...parsed, isPublic: !isInternal(op.add.properties) });
			} else if (fieldId === 'labels' && (op.add || op.remove)) {
				const current = patch.labels || issue.labels;
				patch.labels = op.add ? [...new Set([...current, op.add])] : current.filter((l) => l !== op.remove);
			} else if ('set' in op) {
				const result = convertField(ctx.state, fieldId, op.set, ctx.v === 3 ? 'adf' : 'string');
				if (result.error) errors[fieldId] = result.error;
				else mergePatch(patch, result.patch);
			} else {
				errors[fieldId] = `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
			}
		}
	}
}

/**
 * Fields a transition may set: those of its screen (catalog.js `screen`). Jira refuses any other with
 * "Field 'x' cannot be set. It is not on the appropriate screen, or unknown." A comment (`update.comment`) is
 * always accepted: Atlassian's own example for Transition issue sends one.
 */
function screenErrors(transition, body) {
	const screen = transition.screen || [];
	const errors = {};
	const named = [...Object.keys(body.fields || {}), ...Object.keys(body.update || {}).filter((fieldId) => fieldId !== 'comment')];
	for (const fieldId of named) {
		if (!screen.includes(fieldId)) errors[fieldId] = `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
	}
	return errors;
}

/** The resolution a transition screen sets, by `{id}` or `{name}` as Jira takes it. */
function screenResolution(state, fields) {
	if (!fields || fields.resolution === undefined) return {};
	const ref = fields.resolution;
	const found = ref && typeof ref === 'object' && [...state.resolutions.values()].find((r) => r.id === String(ref.id) || r.name === ref.name);
	return found ? { resolutionId: found.id } : { error: "Could not find valid 'id' or 'name' in resolution object." };
}

function requireEdit(ctx) {
	if (!agent(ctx)) throw platformError(403, 'You do not have permission to edit issues in this project.');
}

function createPlatformIssue(ctx) {
	const state = ctx.state;
	const fields = ctx.body.fields || {};
	const errors = {};
	const projectRef = fields.project && (fields.project.id || fields.project.key);
	const project = [...state.projects.values()].find((p) => p.id === String(projectRef) || p.key === String(projectRef).toUpperCase());
	if (!project) errors.project = 'Specify a valid project ID or key';
	const typeRef = fields.issuetype && (fields.issuetype.id || fields.issuetype.name);
	const type = [...state.issueTypes.values()].find((t) => t.id === String(typeRef) || t.name.toLowerCase() === String(typeRef).toLowerCase());
	if (!type) errors.issuetype = 'Specify an issue type';
	if (fields.summary === undefined) errors.summary = 'You must specify a summary of the issue.';
	const { patch, errors: fieldErrors } = platformFields(state, fields, ctx.v, ['project', 'issuetype', 'customfield_10010']);
	Object.assign(errors, fieldErrors);
	const desk = project && [...state.serviceDesks.values()].find((d) => d.projectId === project.id);
	let requestTypeId = null;
	if (fields.customfield_10010 !== undefined) {
		const rt = state.requestTypes.get(String(fields.customfield_10010));
		if (!rt || !desk || rt.serviceDeskId !== desk.id) errors.customfield_10010 = 'The request type is not valid for this project.';
		else requestTypeId = rt.id;
	}
	if (Object.keys(errors).length) throw platformError(400, [], errors);
	if (!agent(ctx)) throw platformError(403, 'You do not have permission to create issues in this project.');
	const issue = createIssue(
		ctx.site,
		{ ...patch, projectId: project.id, issueTypeId: type.id, serviceDeskId: desk ? desk.id : null, requestTypeId, reporterId: patch.reporterId || viewer(ctx), creatorId: viewer(ctx), channel: 'jira' },
		viewer(ctx),
		desk ? approversFor(state, desk) : [],
	);
	return json(201, { id: issue.id, key: issue.key, self: `${ctx.base}/rest/api/${ctx.v}/issue/${issue.id}` });
}

function loadComment(ctx, issue) {
	const comment = issue.comments.find((c) => c.id === String(ctx.params.id));
	if (!comment || (!comment.public && !agent(ctx))) throw platformError(404, `Can not find a comment for key: ${ctx.params.id}.`);
	return comment;
}

function requireCommentOwner(ctx, comment) {
	if (comment.authorId !== viewer(ctx) && !admin(ctx)) throw platformError(403, 'You do not have the permission to edit or delete this comment.');
}

module.exports = {
	'POST /rest/api/3/issue': createPlatformIssue,
	'GET /rest/api/3/issue/{issueIdOrKey}': (ctx) => json(200, renderIssue(ctx, loadIssue(ctx, ctx.params.issueIdOrKey), ctx.query.fields, ctx.query.expand)),
	'PUT /rest/api/3/issue/{issueIdOrKey}': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		requireEdit(ctx);
		const fields = ctx.body.fields || {};
		const { patch, errors } = platformFields(ctx.state, fields, ctx.v, ['customfield_10010']);
		// Agents move a request to another request type of its desk by editing the Customer Request Type field
		// (its id, as on create; users do so: AtlassianPS/JiraPS#422, go-atlassian#282 for the field on edit).
		if (fields.customfield_10010 !== undefined) {
			const rt = ctx.state.requestTypes.get(String(fields.customfield_10010));
			if (!rt || rt.serviceDeskId !== issue.serviceDeskId) errors.customfield_10010 = 'The request type is not valid for this project.';
			else patch.requestTypeId = rt.id;
		}
		const comments = [];
		applyUpdateOps(ctx, issue, ctx.body.update, patch, errors, comments);
		if (Object.keys(errors).length) throw platformError(400, [], errors);
		updateFields(ctx.site, issue, viewer(ctx), patch);
		for (const c of comments) addComment(ctx.site, issue, { authorId: viewer(ctx), body: c.text, adf: c.adf, isPublic: c.isPublic });
		return ctx.query.returnIssue ? json(200, renderIssue(ctx, issue, undefined, ctx.query.expand)) : empty(204);
	},
	'DELETE /rest/api/3/issue/{issueIdOrKey}': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		if (!admin(ctx)) throw platformError(403, 'You do not have permission to delete issues in this project.');
		deleteIssue(ctx.site, issue, viewer(ctx));
		return empty(204);
	},
	'GET /rest/api/3/issue/{issueIdOrKey}/changelog': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		const startAt = ctx.query.startAt ?? 0;
		const maxResults = Math.min(ctx.query.maxResults ?? 100, 100);
		const values = issue.changelog.slice(startAt, startAt + maxResults);
		const page = { self: `${ctx.base}${ctx.pathname}${ctx.search}`, maxResults, startAt, total: issue.changelog.length, isLast: startAt + values.length >= issue.changelog.length, values: values.map((e) => changelogBean(ctx.state, ctx.base, e, ctx.v)) };
		if (!page.isLast) page.nextPage = `${ctx.base}${ctx.pathname}?startAt=${startAt + values.length}&maxResults=${maxResults}`;
		return json(200, page);
	},
	// getIssueWatchers (Atlassian's platform OpenAPI file): the caller sees other people's watches only with View
	// Voters and Watchers (agents here), yet watchCount counts every watcher.
	'GET /rest/api/3/issue/{issueIdOrKey}/watchers': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		const me = viewer(ctx);
		const shown = agent(ctx) ? issue.watcherIds : issue.watcherIds.filter((id) => id === me);
		return json(200, {
			self: `${ctx.base}${ctx.pathname}`,
			isWatching: issue.watcherIds.includes(me),
			watchCount: issue.watcherIds.length,
			watchers: shown.map((id) => platformUser(ctx.base, ctx.state.users.get(id), ctx.v)).filter(Boolean),
		});
	},
	'GET /rest/api/3/issue/{issueIdOrKey}/comment': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		// The DC 10.3 file types startAt and maxResults as strings.
		const startAt = Number(ctx.query.startAt ?? 0) || 0;
		const maxResults = Math.min(Number(ctx.query.maxResults ?? 5000) || 5000, 5000);
		let comments = issue.comments.filter((c) => c.public || agent(ctx));
		if (ctx.query.orderBy === '-created') comments = comments.slice().reverse();
		const slice = comments.slice(startAt, startAt + maxResults);
		const rendering = { dataCenter: Boolean(ctx.sb.dataCenter), withProperties: listParam(ctx.query.expand).includes('properties') };
		return json(200, { startAt, maxResults, total: comments.length, comments: slice.map((c) => commentBean(ctx.state, ctx.base, issue, c, ctx.v, rendering)) });
	},
	'POST /rest/api/3/issue/{issueIdOrKey}/comment': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		const parsed = commentText(ctx, ctx.body.body);
		if (parsed.error) throw platformError(400, [], { comment: parsed.error });
		const internal = isInternal(ctx.body.properties);
		if (internal && !agent(ctx)) throw platformError(403, 'You do not have permission to add internal comments.');
		const comment = addComment(ctx.site, issue, { authorId: viewer(ctx), body: parsed.text, adf: parsed.adf, isPublic: !internal });
		return json(201, commentBean(ctx.state, ctx.base, issue, comment, ctx.v));
	},
	'GET /rest/api/3/issue/{issueIdOrKey}/comment/{id}': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		return json(200, commentBean(ctx.state, ctx.base, issue, loadComment(ctx, issue), ctx.v));
	},
	'PUT /rest/api/3/issue/{issueIdOrKey}/comment/{id}': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		const comment = loadComment(ctx, issue);
		requireCommentOwner(ctx, comment);
		const parsed = commentText(ctx, ctx.body.body);
		if (parsed.error) throw platformError(400, [], { comment: parsed.error });
		const isPublic = ctx.body.properties ? !isInternal(ctx.body.properties) : undefined;
		updateComment(ctx.site, issue, comment, { authorId: viewer(ctx), body: parsed.text, adf: parsed.adf, isPublic });
		return json(200, commentBean(ctx.state, ctx.base, issue, comment, ctx.v));
	},
	'DELETE /rest/api/3/issue/{issueIdOrKey}/comment/{id}': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		const comment = loadComment(ctx, issue);
		requireCommentOwner(ctx, comment);
		deleteComment(ctx.site, issue, comment, viewer(ctx));
		return empty(204);
	},
	'GET /rest/api/3/issue/{issueIdOrKey}/transitions': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		let transitions = transitionsFor(ctx, issue);
		if (ctx.query.transitionId) transitions = transitions.filter((t) => t.id === String(ctx.query.transitionId));
		const withFields = listParam(ctx.query.expand).includes('transitions.fields');
		return json(200, { expand: 'transitions', transitions: transitions.map((t) => transitionBean(ctx.state, ctx.base, t, ctx.v, { withFields })) });
	},
	'POST /rest/api/3/issue/{issueIdOrKey}/transitions': (ctx) => {
		const issue = loadIssue(ctx, ctx.params.issueIdOrKey);
		const id = ctx.body.transition && ctx.body.transition.id;
		if (!id) throw platformError(400, ['Missing transition ID.']);
		const transition = transitionsFor(ctx, issue).find((t) => t.id === String(id)) && findTransition(ctx.state, issue, id);
		if (!transition) throw platformError(400, [`Transition id '${id}' is not valid for this issue.`]);
		const { patch, errors } = platformFields(ctx.state, ctx.body.fields, ctx.v, ['resolution']);
		const { resolutionId, error } = screenResolution(ctx.state, ctx.body.fields);
		if (error) errors.resolution = error;
		const comments = [];
		applyUpdateOps(ctx, issue, ctx.body.update, patch, errors, comments);
		Object.assign(errors, screenErrors(transition, ctx.body));
		if (Object.keys(errors).length) throw platformError(400, [], errors);
		updateFields(ctx.site, issue, viewer(ctx), patch);
		for (const c of comments) addComment(ctx.site, issue, { authorId: viewer(ctx), body: c.text, adf: c.adf, isPublic: c.isPublic });
		transitionIssue(ctx.site, issue, String(id), viewer(ctx), { resolutionId });
		return empty(204);
	},
};

