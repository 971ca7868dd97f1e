'use strict';
// Admin webhooks (/rest/webhooks/1.0/webhook): documented by Atlassian only in prose, so they are
// checked against hand-written schemas. Administer Jira is required.
const { json, empty, platformError } = require('../http');
const { compileJql, JqlError } = require('../jql/compile');
const { nextId } = require('../state');
const { addAuditRecord } = require('../seed/audit');

const BASE = '/rest/webhooks/1.0/webhook';
const FILTER = 'issue-related-events-section';

const bodySchema = {
	type: 'object',
	required: ['name', 'url', 'events'],
	additionalProperties: false,
	properties: {
		name: { type: 'string', minLength: 1 },
		url: { type: 'string', format: 'uri', pattern: '^https?://' },
		events: { type: 'array', items: { type: 'string', minLength: 1 } },
		filters: { type: 'object', additionalProperties: { type: 'string' } },
		excludeBody: { type: 'boolean' },
		secret: { type: 'string' },
		enabled: { type: 'boolean' },
		description: { type: 'string' },
	},
};

function render(ctx, hook) {
	const user = ctx.state.users.get(hook.createdBy);
	return {
		name: hook.name, url: hook.url, excludeBody: hook.excludeBody, filters: hook.filters, events: hook.events, enabled: hook.enabled,
		self: `${ctx.base}${BASE}/${hook.id}`, lastUpdatedUser: hook.createdBy, lastUpdatedDisplayName: user ? user.displayName : hook.createdBy, lastUpdated: hook.lastUpdated,
	};
}

function apply(ctx, hook) {
	const b = ctx.body;
	const filters = b.filters || {};
	if (filters[FILTER]) {
		try {
			compileJql(filters[FILTER], ctx.state, { userId: ctx.user.accountId, now: Date.now() });
		} catch (error) {
			if (error instanceof JqlError) throw platformError(400, [`Invalid JQL filter: ${error.message}`]);
			throw error;
		}
	}
	Object.assign(hook, {
		name: b.name, url: b.url, events: b.events, filters: { [FILTER]: filters[FILTER] || '' }, excludeBody: b.excludeBody === true,
		secret: b.secret || hook.secret || null, enabled: b.enabled !== false, createdBy: ctx.user.accountId, lastUpdated: Date.now(),
	});
	return hook;
}

function loadHook(ctx) {
	const hook = ctx.state.webhooks.get(String(ctx.params.id));
	if (!hook) throw platformError(404, [`Webhook with id ${ctx.params.id} does not exist.`]);
	return hook;
}

module.exports = [
	{
		method: 'POST', path: BASE, auth: 'admin', body: bodySchema,
		handler: (ctx) => {
			const hook = apply(ctx, { id: nextId(ctx.state, 'webhook') });
			ctx.state.webhooks.set(hook.id, hook);
			addAuditRecord(ctx.state, { category: 'system', summary: 'Webhook created', typeName: 'WEBHOOK', objectName: hook.name, authorId: ctx.user.accountId, created: Date.now() });
			return json(201, render(ctx, hook));
		},
	},
	{ method: 'GET', path: BASE, auth: 'admin', handler: (ctx) => json(200, [...ctx.state.webhooks.values()].map((h) => render(ctx, h))) },
	{ method: 'GET', path: `${BASE}/{id}`, auth: 'admin', handler: (ctx) => json(200, render(ctx, loadHook(ctx))) },
	{ method: 'PUT', path: `${BASE}/{id}`, auth: 'admin', body: bodySchema, handler: (ctx) => json(200, render(ctx, apply(ctx, loadHook(ctx)))) },
	{
		method: 'DELETE', path: `${BASE}/{id}`, auth: 'admin',
		handler: (ctx) => {
			ctx.state.webhooks.delete(loadHook(ctx).id);
			return empty(204);
		},
	},
];
