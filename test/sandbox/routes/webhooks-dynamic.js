'use strict';
// Dynamic webhooks (/rest/api/3/webhook): OAuth 2.0 apps only, restricted JQL, 30-day expiry on the
// site's clock (an expired webhook is gone: not listed, not refreshed, not delivered), one URL per app.
const { json, empty, platformError } = require('../http');
const { platformPage } = require('../paging');
const { parseCached, fieldName, JqlError } = require('../jql/compile');
const { nextId } = require('../state');

const EXPIRY_MS = 30 * 86400000;
// The subset WebhookDetails.jqlFilter documents in the platform OpenAPI file: fields issueKey, project,
// issuetype, status, assignee, reporter, issue.property and cf[id] (only the epic label); operators =, !=,
// IN and NOT IN. Its example answers an unsupported clause with "The clause watchCount is unsupported".
const ALLOWED_FIELDS = new Set(['key', 'project', 'issuetype', 'status', 'assignee', 'reporter']);
const ALLOWED_OPS = new Set(['=', '!=', 'in', 'not in']);

function requireOAuth(ctx) {
	if (!ctx.auth || ctx.auth.scheme !== 'oauth') throw platformError(403, 'Only Connect and OAuth 2.0 apps can use this operation.');
	return ctx.auth.oauth;
}

/** The JQL subset dynamic webhooks accept; returns an error message or null. */
function jqlProblem(jql) {
	let ast;
	try {
		ast = parseCached(jql);
	} catch (error) {
		if (error instanceof JqlError) return error.message;
		throw error;
	}
	if (!ast.where || ast.orderBy.length) return 'The JQL filter must be a non-empty query without ORDER BY.';
	const walk = (node) => {
		if (node.type === 'and' || node.type === 'or') return node.items.map(walk).find(Boolean) || null;
		if (node.type === 'not') return walk(node.expr);
		const name = fieldName(node.field);
		if (!ALLOWED_FIELDS.has(name) && !/^cf\[\d+\]$/i.test(node.field) && !node.field.startsWith('issue.property')) return `The clause ${node.field} is unsupported`;
		if (!ALLOWED_OPS.has(node.operator)) return `The operator ${node.operator.toUpperCase()} is unsupported`;
		return null;
	};
	return walk(ast.where);
}

/** Drops the webhooks whose 30 days have run out on the site's clock. */
function expire(ctx) {
	for (const hook of [...ctx.state.dynamicWebhooks.values()]) if (hook.expirationDate <= ctx.site.now()) ctx.state.dynamicWebhooks.delete(hook.id);
}

function ownHooks(ctx, token) {
	expire(ctx);
	return [...ctx.state.dynamicWebhooks.values()].filter((h) => h.clientId === token.clientId && h.accountId === token.accountId);
}

function hookIds(ctx, token) {
	const mine = new Map(ownHooks(ctx, token).map((h) => [h.id, h]));
	return ctx.body.webhookIds.map(String).map((id) => mine.get(id)).filter(Boolean);
}

module.exports = {
	'GET /rest/api/3/webhook': (ctx) => {
		const token = requireOAuth(ctx);
		const hooks = ownHooks(ctx, token);
		return json(200, platformPage(ctx, hooks, { startAt: ctx.query.startAt ?? 0, maxResults: ctx.query.maxResults ?? 100, cap: 100 }, (h) => ({
			id: Number(h.id), jqlFilter: h.jqlFilter, events: h.events, expirationDate: h.expirationDate, url: h.url,
			...(h.fieldIdsFilter ? { fieldIdsFilter: h.fieldIdsFilter } : {}),
		})));
	},
	'POST /rest/api/3/webhook': (ctx) => {
		const token = requireOAuth(ctx);
		expire(ctx);
		const webhookRegistrationResult = ctx.body.webhooks.map((w) => {
			const problem = jqlProblem(w.jqlFilter);
			if (problem) return { errors: [problem] };
			const id = nextId(ctx.state, 'dynamicWebhook');
			ctx.state.dynamicWebhooks.set(id, {
				id, url: ctx.body.url, events: w.events, jqlFilter: w.jqlFilter, fieldIdsFilter: w.fieldIdsFilter,
				clientId: token.clientId, accountId: token.accountId, expirationDate: ctx.site.now() + EXPIRY_MS,
			});
			return { createdWebhookId: Number(id) };
		});
		return json(200, { webhookRegistrationResult });
	},
	'DELETE /rest/api/3/webhook': (ctx) => {
		const token = requireOAuth(ctx);
		for (const hook of hookIds(ctx, token)) ctx.state.dynamicWebhooks.delete(hook.id);
		return empty(202);
	},
	'PUT /rest/api/3/webhook/refresh': (ctx) => {
		const token = requireOAuth(ctx);
		const expirationDate = ctx.site.now() + EXPIRY_MS;
		for (const hook of hookIds(ctx, token)) hook.expirationDate = expirationDate;
		return json(200, { expirationDate });
	},
};
