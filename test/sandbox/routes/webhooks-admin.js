'use strict';
// Admin webhooks (/rest/webhooks/1.0/webhook; Jira Data Center 10: /rest/jira-webhook/1.0/webhooks): documented by
// Atlassian only in prose, so they are checked against hand-written schemas. Administer Jira is required.
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

// Jira DC 10's webhook resource (the one its admin screen uses): numeric `id`, the signing secret under
// `configuration.SECRET` (a top-level `secret` is ignored there, and deliveries go unsigned), `active`. Sources:
// confluence.atlassian.com/adminjiraserver/managing-webhooks-938846912.html (secret, X-Hub-Signature HMAC-SHA256);
// OpenHands' Jira DC integration and jira.js's DC webhooks client (configuration.SECRET, filters, excludeBody, id).
// Jira 9 has no webhook secret: whatever `secret` says, its deliveries are unsigned.
const DC10_BASE = '/rest/jira-webhook/1.0/webhooks';

// It takes every field of the Cloud body, and these.
const dc10BodySchema = {
	...bodySchema,
	properties: {
		...bodySchema.properties,
		id: { type: ['integer', 'null'] },
		active: { type: 'boolean' },
		scopeType: { type: 'string' },
		sslVerificationRequired: { type: 'boolean' },
		configuration: { type: 'object', additionalProperties: { type: 'string' } },
	},
};

function renderDc10(ctx, hook) {
	return {
		id: Number(hook.id), name: hook.name, url: hook.url, events: hook.events, active: hook.enabled, excludeBody: hook.excludeBody,
		filters: hook.filters, configuration: { EXCLUDE_BODY: String(hook.excludeBody), ...(hook.secret ? { SECRET: '********' } : {}) },
		self: `${ctx.base}${DC10_BASE}/${hook.id}`, createdBy: hook.createdBy, updatedDate: hook.lastUpdated,
	};
}

/** The secret a webhook registration sets, as each deployment reads it. */
function secretOf(ctx) {
	const dataCenter = ctx.sb.dataCenter;
	if (!dataCenter) return ctx.body.secret;
	if (dataCenter.major < 10) return undefined;
	return ctx.body.configuration && ctx.body.configuration.SECRET;
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
		secret: secretOf(ctx) || hook.secret || null, enabled: b.enabled !== false && b.active !== false, createdBy: ctx.user.accountId, lastUpdated: Date.now(),
	});
	return hook;
}

function loadHook(ctx) {
	const hook = ctx.state.webhooks.get(String(ctx.params.id));
	if (!hook) throw platformError(404, [`Webhook with id ${ctx.params.id} does not exist.`]);
	return hook;
}

/** The five admin webhook routes of one webhook API (its base path, body schema and rendering). */
function webhookRoutes(base, schema, view) {
	return [
		{
			method: 'POST', path: base, auth: 'admin', body: schema,
			handler: (ctx) => {
				const hook = apply(ctx, { id: nextId(ctx.state, 'webhook') });
				ctx.state.webhooks.set(hook.id, hook);
				addAuditRecord(ctx.state, { category: 'system', summary: 'Webhook created', typeName: 'WEBHOOK', objectName: hook.name, authorId: ctx.user.accountId, created: Date.now() });
				return json(201, view(ctx, hook));
			},
		},
		{ method: 'GET', path: base, auth: 'admin', handler: (ctx) => json(200, [...ctx.state.webhooks.values()].map((h) => view(ctx, h))) },
		{ method: 'GET', path: `${base}/{id}`, auth: 'admin', handler: (ctx) => json(200, view(ctx, loadHook(ctx))) },
		{ method: 'PUT', path: `${base}/{id}`, auth: 'admin', body: schema, handler: (ctx) => json(200, view(ctx, apply(ctx, loadHook(ctx)))) },
		{
			method: 'DELETE', path: `${base}/{id}`, auth: 'admin',
			handler: (ctx) => {
				ctx.state.webhooks.delete(loadHook(ctx).id);
				return empty(204);
			},
		},
	];
}

module.exports = [...webhookRoutes(BASE, bodySchema, render), ...webhookRoutes(DC10_BASE, dc10BodySchema, renderDc10)];
