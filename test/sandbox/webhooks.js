'use strict';
// Turns state changes into Jira-shaped webhook deliveries: admin webhooks (signed with their
// secret via X-Hub-Signature) and OAuth dynamic webhooks (grouped per app URL, JWT-authorised).
// Deliveries carry X-Atlassian-Webhook-Identifier (stable across retries) and
// X-Atlassian-Webhook-Retry, and are retried on 408/409/425/429/5xx and timeouts.
const crypto = require('node:crypto');
const { compileJql } = require('./jql/compile');
const { issueBean, commentBean, attachmentBean, changeItems, ALL_FIELDS } = require('./format/platform');
const { platformUser } = require('./format/users');
const { sleep } = require('./faults');
const { OAUTH_CLIENT } = require('./auth');
const { DEMO } = require('./seed/people');

const RETRYABLE = new Set([408, 409, 425, 429]);
// "JQL filtering is only supported by a subset of webhook events" (developer.atlassian.com/cloud/jira/
// service-desk/webhooks): issue, comment and worklog events. The others (attachment, user) reach every
// webhook of their event whatever its JQL, and attachment deliveries carry no issue to filter on
// (rocketchat-jira-hook #13: "attachment_created. Not enough info on issue").
const JQL_FILTERED = /^(jira:issue_|comment_|worklog_)/;
const MAX_LOG = 5000;

const sign = (secret, body) => `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;

function jwtFor(clientId, clientSecret, cloudId) {
	const b64 = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');
	const now = Math.floor(Date.now() / 1000);
	const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: `jira:${cloudId}`, aud: clientId, iat: now, exp: now + 180 })}`;
	return `${unsigned}.${crypto.createHmac('sha256', clientSecret).update(unsigned).digest('base64url')}`;
}

/** Jira's webhook body for one event (REST v2 representation, as Jira sends). */
function buildPayload(state, event, detail) {
	const base = state.baseUrl;
	const body = { timestamp: Date.now(), webhookEvent: event };
	const actor = state.users.get(detail.actorId);
	if (event.startsWith('jira:')) {
		body.issue_event_type_name = detail.eventType;
		if (actor) body.user = platformUser(base, actor, 2, true);
		body.issue = issueBean(state, base, detail.issue, { fields: ALL_FIELDS, v: 2 });
		if (detail.changelog) body.changelog = { id: detail.changelog.id, items: changeItems(detail.changelog.items) };
		if (detail.comment) body.comment = commentBean(state, base, detail.issue, detail.comment, 2);
	} else if (event.startsWith('comment_')) {
		body.comment = commentBean(state, base, detail.issue, detail.comment, 2);
		// Jira Cloud trims the issue of comment events to these fields: no custom fields, so no Customer
		// Request Type (mattermost/mattermost-plugin-jira PR #953 shows the body).
		body.issue = issueBean(state, base, detail.issue, { fields: ['summary', 'issuetype', 'project', 'priority', 'status', 'assignee'], v: 2 });
	} else if (event.startsWith('attachment_')) {
		body.attachment = attachmentBean(state, base, detail.attachment, 2);
	} else if (event.startsWith('user_')) {
		body.user = platformUser(base, detail.user, 2, true);
	}
	return body;
}

/**
 * Where an app's deliveries go: "Only a single URL per app is allowed to be registered"
 * (WebhookRegistrationDetails.url, platform OpenAPI file). Jira accepts a registration with another URL,
 * but the app keeps its first one (port-labs/ocean PR #1802: live events "doesn't change url"): the URL
 * of the app's earliest live webhook.
 */
function appUrl(hooks, clientId) {
	const own = hooks.filter((h) => h.clientId === clientId).sort((a, b) => Number(a.id) - Number(b.id));
	return own.length ? own[0].url : undefined;
}

/**
 * The sandbox's OAuth app is not public and the admin owns it: "for non-public OAuth apps, webhooks are
 * delivered only if there is a match between the app owner and the user who registered a dynamic
 * webhook" (POST /rest/api/3/webhook, platform OpenAPI file).
 */
const APP_OWNER = DEMO.admin.accountId;

/** `now` is the site's clock (dynamic webhooks expire on it). */
function createWebhooks(getState, getConfig, now = Date.now) {
	const deliveries = [];
	const pending = new Set();
	let closed = false;

	const matchesJql = (jql, issue, userId) => {
		if (!jql || !issue) return true;
		try {
			const { where } = compileJql(jql, getState(), { userId, now: Date.now() });
			return !where || where(issue);
		} catch {
			return false;
		}
	};

	async function post(url, body, headers) {
		const config = getConfig();
		try {
			const res = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(config.webhookTimeoutMs) });
			const text = await res.text();
			return { status: res.status, body: text };
		} catch (error) {
			return { status: 0, error: error.name === 'TimeoutError' ? 'timeout' : error.message };
		}
	}

	function log(entry) {
		deliveries.push(entry);
		if (deliveries.length > MAX_LOG) deliveries.shift();
	}

	async function run(entry, headersFor) {
		const config = getConfig();
		for (let attempt = 0; attempt <= config.webhookRetries && !closed; attempt++) {
			const result = await post(entry.url, entry.body, headersFor(attempt));
			entry.attempts.push({ retry: attempt, status: result.status, error: result.error, at: Date.now() });
			if (result.status >= 200 && result.status < 300) {
				entry.status = 'delivered';
				return;
			}
			const retryable = result.status === 0 || result.status >= 500 || RETRYABLE.has(result.status);
			if (!retryable) break;
			if (attempt < config.webhookRetries) await sleep(config.webhookRetryDelayMs * (attempt + 1));
		}
		entry.status = 'failed';
	}

	function track(promise) {
		pending.add(promise);
		promise.finally(() => pending.delete(promise));
	}

	/** @param {{ webhookId: string | number, kind: string, event: string, url: string, body: string, secret?: string, bearer?: () => string }} delivery */
	function enqueue({ webhookId, kind, event, url, body, secret, bearer }) {
		const entry = { id: crypto.randomUUID(), webhookId, kind, event, url, identifier: crypto.randomUUID(), body, status: 'pending', attempts: [] };
		log(entry);
		const headersFor = (retry) => {
			const headers = {
				'content-type': 'application/json; charset=utf-8',
				'user-agent': 'Atlassian Webhook HTTP Client',
				'x-atlassian-webhook-identifier': entry.identifier,
				'x-atlassian-webhook-retry': String(retry),
				'x-atlassian-webhook-flow': 'Primary',
			};
			if (secret) headers['x-hub-signature'] = sign(secret, body);
			if (bearer) headers.authorization = `Bearer ${bearer()}`;
			return headers;
		};
		track(run(entry, headersFor));
	}

	/** Called for every domain event; renders the payload now so later changes don't leak in. */
	function onEvent(event, detail) {
		const state = getState();
		if (closed || (!state.webhooks.size && !state.dynamicWebhooks.size)) return;
		let payload;
		const render = () => (payload = payload || buildPayload(state, event, detail));
		for (const hook of state.webhooks.values()) {
			if (!hook.enabled || !hook.events.includes(event)) continue;
			if (JQL_FILTERED.test(event) && !matchesJql(hook.filters['issue-related-events-section'], detail.issue, hook.createdBy)) continue;
			enqueue({ webhookId: hook.id, kind: 'admin', event, url: hook.url, body: hook.excludeBody ? '' : JSON.stringify(render()), secret: hook.secret });
		}
		const byUrl = new Map();
		const live = [...state.dynamicWebhooks.values()].filter((hook) => hook.expirationDate > now());
		for (const hook of live) {
			if (!hook.events.includes(event) || hook.accountId !== APP_OWNER) continue;
			if (!matchesJql(hook.jqlFilter, detail.issue, hook.accountId)) continue;
			const url = appUrl(live, hook.clientId);
			const group = byUrl.get(url) || { hooks: [], clientId: hook.clientId };
			group.hooks.push(Number(hook.id));
			byUrl.set(url, group);
		}
		for (const [url, group] of byUrl) {
			const body = JSON.stringify({ ...render(), matchedWebhookIds: group.hooks });
			enqueue({ webhookId: group.hooks[0], kind: 'dynamic', event, url, body, bearer: () => jwtFor(group.clientId, OAUTH_CLIENT.secret, state.cloudId) });
		}
	}

	/** Sends one hand-made delivery to a registered webhook (tests forge duplicates and bad signatures). */
	async function deliver(webhookId, payload, options = {}) {
		const state = getState();
		const hook = state.webhooks.get(String(webhookId)) || state.dynamicWebhooks.get(String(webhookId));
		if (!hook) throw new Error(`No webhook ${webhookId}`);
		const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
		const identifier = options.identifier || crypto.randomUUID();
		const headers = {
			'content-type': 'application/json; charset=utf-8',
			'user-agent': 'Atlassian Webhook HTTP Client',
			'x-atlassian-webhook-identifier': identifier,
			'x-atlassian-webhook-retry': String(options.retry ?? 0),
			'x-atlassian-webhook-flow': 'Primary',
		};
		const signature = options.signature !== undefined ? options.signature : hook.secret ? sign(hook.secret, body) : undefined;
		if (signature) headers['x-hub-signature'] = signature;
		const result = await post(hook.url, body, headers);
		log({ id: crypto.randomUUID(), webhookId: hook.id, kind: 'manual', event: payload && payload.webhookEvent, url: hook.url, identifier, body, status: result.status >= 200 && result.status < 300 ? 'delivered' : 'failed', attempts: [{ retry: options.retry ?? 0, status: result.status, error: result.error, at: Date.now() }] });
		return result;
	}

	async function flush() {
		while (pending.size) await Promise.allSettled([...pending]);
	}

	function clear() {
		deliveries.length = 0;
	}

	function close() {
		closed = true;
	}

	return { onEvent, deliver, flush, clear, close, deliveries };
}

module.exports = { createWebhooks, sign };
