'use strict';
// /sandbox/* control endpoints for out-of-process users (npm start, the real-n8n tests):
// configure, inspect and reset the sandbox, drive requests as an agent would. No auth.
const { json, empty, bytes, HttpError } = require('../http');
const { findIssue } = require('../state');
const { availableTransitions } = require('../workflow');
const { transitionIssue, addComment } = require('../issues');
const { DEMO } = require('../seed/people');
const { PNG } = require('../seed/requests');

const CONTROL = '/sandbox';

function summary(state) {
	const byStatus = {};
	const byDesk = {};
	for (const issue of state.issues.values()) {
		const status = state.statuses.get(issue.statusId).name;
		byStatus[status] = (byStatus[status] || 0) + 1;
		const project = state.projects.get(issue.projectId).key;
		byDesk[project] = (byDesk[project] || 0) + 1;
	}
	const users = [...state.users.values()];
	return {
		version: state.version,
		serviceDesks: state.serviceDesks.size,
		requestTypes: state.requestTypes.size,
		requests: state.issues.size,
		requestsByProject: byDesk,
		requestsByStatus: byStatus,
		users: users.length,
		customers: users.filter((u) => u.accountType === 'customer').length,
		groups: state.groups.size,
		organizations: state.organizations.size,
		queues: state.queues.size,
		articles: state.articles.length,
		auditRecords: state.auditRecords.length,
		webhooks: state.webhooks.size,
		dynamicWebhooks: state.dynamicWebhooks.size,
	};
}

/** The internal record as plain JSON (Sets to arrays, attachment bytes left out). */
function plainIssue(state, issue) {
	return {
		...issue,
		subscribers: [...issue.subscribers],
		status: state.statuses.get(issue.statusId).name,
		attachments: issue.attachmentIds.map((id) => {
			const meta = { ...state.attachments.get(id) };
			delete meta.content;
			return meta;
		}),
	};
}

function loadIssueOr404(ctx) {
	const issue = findIssue(ctx.state, ctx.params.key);
	if (!issue) throw new HttpError(404, { errorMessages: [`No request ${ctx.params.key}`] });
	return issue;
}

const open = { type: 'object' };

module.exports = [
	{ method: 'POST', path: `${CONTROL}/configure`, auth: 'none', body: open, handler: (ctx) => json(200, ctx.sb.api.configure(ctx.body)) },
	{ method: 'GET', path: `${CONTROL}/state/summary`, auth: 'none', handler: (ctx) => json(200, summary(ctx.state)) },
	{ method: 'GET', path: `${CONTROL}/coverage`, auth: 'none', handler: (ctx) => json(200, ctx.sb.api.coverage()) },
	{ method: 'GET', path: `${CONTROL}/violations`, auth: 'none', handler: (ctx) => json(200, { violations: ctx.sb.violations, responseViolations: ctx.sb.responseViolations, serverErrors: ctx.sb.serverErrors }) },
	{ method: 'GET', path: `${CONTROL}/log`, auth: 'none', handler: (ctx) => json(200, ctx.sb.requests.slice(-Number(ctx.query.limit || 200))) },
	{
		method: 'POST', path: `${CONTROL}/reset`, auth: 'none',
		handler: (ctx) => {
			ctx.sb.api.reset();
			return json(200, summary(ctx.sb.state));
		},
	},
	{
		method: 'GET', path: `${CONTROL}/webhooks`, auth: 'none',
		handler: (ctx) => json(200, {
			admin: [...ctx.state.webhooks.values()],
			dynamic: [...ctx.state.dynamicWebhooks.values()],
			deliveries: ctx.sb.webhooks.deliveries.slice(-Number(ctx.query.limit || 100)),
		}),
	},
	{
		method: 'POST', path: `${CONTROL}/deliveries/flush`, auth: 'none',
		handler: async (ctx) => {
			await ctx.sb.webhooks.flush();
			return json(200, { deliveries: ctx.sb.webhooks.deliveries.length });
		},
	},
	{
		method: 'POST', path: `${CONTROL}/oauth/revoke-refresh-tokens`, auth: 'none',
		handler: (ctx) => {
			ctx.sb.api.revokeRefreshTokens();
			return empty(204);
		},
	},
	{ method: 'GET', path: `${CONTROL}/requests/{key}`, auth: 'none', handler: (ctx) => json(200, plainIssue(ctx.state, loadIssueOr404(ctx))) },
	{
		method: 'POST', path: `${CONTROL}/requests/{key}/transition`, auth: 'none',
		body: {
			type: 'object', additionalProperties: false,
			properties: { transitionId: { type: 'string' }, status: { type: 'string' }, comment: { type: 'string' }, public: { type: 'boolean' }, actor: { type: 'string' } },
		},
		handler: (ctx) => {
			const issue = loadIssueOr404(ctx);
			const actor = DEMO[ctx.body.actor] ? DEMO[ctx.body.actor].accountId : ctx.body.actor || DEMO.agent.accountId;
			const options = availableTransitions(ctx.state, issue);
			const wanted = String(ctx.body.status || '').toLowerCase();
			const transition = options.find((t) => t.id === ctx.body.transitionId || (wanted && ctx.state.statuses.get(t.to).name.toLowerCase() === wanted));
			if (!transition) {
				const offered = options.map((t) => `${t.id} ${t.name} -> ${ctx.state.statuses.get(t.to).name}`).join(', ');
				throw new HttpError(400, { errorMessages: [`No such transition from '${ctx.state.statuses.get(issue.statusId).name}'. Available: ${offered || 'none'}`] });
			}
			if (ctx.body.comment) addComment(ctx.site, issue, { authorId: actor, body: ctx.body.comment, isPublic: ctx.body.public !== false });
			transitionIssue(ctx.site, issue, transition.id, actor);
			return json(200, plainIssue(ctx.state, issue));
		},
	},
	{ method: 'GET', path: `${CONTROL}/avatar/{accountId}`, auth: 'none', handler: () => bytes(200, PNG, 'image/png') },
	{
		method: 'GET', path: `${CONTROL}/media/{id}`, auth: 'none',
		handler: (ctx) => {
			const a = ctx.state.attachments.get(ctx.params.id);
			if (!a) throw new HttpError(404, { errorMessages: ['Attachment not found'] });
			return bytes(200, a.content, a.mimeType, { 'content-disposition': `attachment; filename="${a.filename}"` });
		},
	},
];
