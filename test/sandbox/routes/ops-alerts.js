'use strict';
// JSM Operations alerts: create (with alias de-duplication), list with the search language and offset/size
// paging, get, acknowledge, close, notes, assign, escalate, and the status of the asynchronous requests.
const crypto = require('node:crypto');
const { json } = require('../http');
const { addAlert } = require('../seed/ops');
const { compileAlertQuery, QueryError } = require('../ops-query');
const { route, accept } = require('./ops-common');

const PRIORITY_ORDER = { P1: 1, P2: 2, P3: 3, P4: 4, P5: 5 };
// "More than 20000 alerts cannot be retrieved. Sum of offset and size should be lower than 20K." (listAlerts)
const MAX_WINDOW = 20000;

const iso = (ms) => (ms === null || ms === undefined ? undefined : new Date(ms).toISOString());

function alertDto(alert) {
	const dto = {
		id: alert.id,
		tinyId: alert.tinyId,
		createdAt: iso(alert.createdAt),
		updatedAt: iso(alert.updatedAt),
		message: alert.message,
		entity: alert.entity,
		source: alert.source,
		status: alert.status,
		alias: alert.alias,
		tags: alert.tags,
		extraProperties: alert.extraProperties,
		description: alert.description,
		acknowledged: alert.acknowledged,
		count: alert.count,
		owner: alert.owner,
		snoozed: Boolean(alert.snoozed),
		snoozedUntil: alert.snoozed ? iso(alert.snoozedUntil) : undefined,
		lastOccuredAt: iso(alert.lastOccurredAt),
		integrationType: 'API',
		integrationName: 'Default API',
		priority: alert.priority,
		responders: alert.responders,
		actions: alert.actions,
		seen: alert.seen,
	};
	if (alert.ackTime) dto.ackTime = iso(alert.ackTime);
	if (alert.closeTime) dto.closeTime = iso(alert.closeTime);
	return dto;
}

function loadAlert(ctx) {
	const alert = ctx.state.ops.alerts.get(ctx.params.id);
	if (!alert) throw ctx.error(404, 'Alert not found', { code: 'NOT_FOUND' });
	return alert;
}

/** Atlassian's documented limits that the schemas cannot express (`maximum` on strings): 422 like the API. */
function checkLengths(ctx, body) {
	const limits = { message: 130, alias: 512, entity: 512, source: 100, description: 15000, note: 25000 };
	for (const [field, max] of Object.entries(limits)) {
		if (typeof body[field] === 'string' && body[field].length > max) {
			throw ctx.error(422, `${field} cannot be longer than ${max} characters`, { code: 'VALIDATION_ERROR' });
		}
	}
	if (!String(body.message || '').trim()) throw ctx.error(422, 'message cannot be empty', { code: 'VALIDATION_ERROR' });
	if ((body.tags || []).length > 20) throw ctx.error(422, 'An alert can have at most 20 tags', { code: 'VALIDATION_ERROR' });
}

/** An accepted action on an alert: it fails at processing time (not now) when the alert does not exist. */
function alertAction(ctx, action, change) {
	const id = ctx.params.id;
	return accept(ctx, action, (now) => {
		const alert = ctx.state.ops.alerts.get(id);
		if (!alert) return { action, isSuccess: false, status: 'Alert does not exist', alertId: '', alias: '' };
		const problem = change(alert, now);
		if (problem) return { action, isSuccess: false, status: problem, alertId: alert.id, alias: alert.alias };
		alert.updatedAt = now;
		alert.log.push({ action, at: now, by: ctx.user.accountId });
		return { action, isSuccess: true, status: `${action} alert`, alertId: alert.id, alias: alert.alias };
	});
}

function sorted(alerts, sort, order) {
	const key = {
		createdAt: (a) => a.createdAt,
		insertedAt: (a) => a.createdAt,
		lastOccurredAt: (a) => a.lastOccurredAt,
		priority: (a) => PRIORITY_ORDER[a.priority],
	}[sort || 'insertedAt'];
	const sign = (order || 'desc') === 'asc' ? 1 : -1;
	return alerts.slice().sort((x, y) => sign * (key(x) - key(y)) || sign * (Number(x.tinyId) - Number(y.tinyId)));
}

module.exports = {
	'POST /jsm/ops/api/{cloudId}/v1/alerts': route((ctx) => {
		const body = ctx.body;
		checkLengths(ctx, body);
		const byUser = ctx.user.accountId;
		return accept(
			ctx,
			'Create',
			(now) => {
				const ops = ctx.state.ops;
				// Alert de-duplication: an open alert with the same alias counts one more occurrence instead
				// (support.atlassian.com/atlassian/docs/what-is-alert-de-duplication/, linked from the Alias schema).
				const same = body.alias && [...ops.alerts.values()].find((a) => a.alias === body.alias && a.status !== 'closed');
				if (same) {
					same.count++;
					same.lastOccurredAt = now;
					same.updatedAt = now;
					return { action: 'Create', isSuccess: true, status: 'Alert is de-duplicated', alertId: same.id, alias: same.alias };
				}
				const alert = addAlert(ops, { ...body, createdAt: now, id: `${crypto.randomUUID()}-${now}` });
				if (body.note) alert.notes.push({ id: String(now * 1000 + alert.notes.length), note: body.note, owner: byUser, createdAt: now, updatedAt: now });
				return { action: 'Create', isSuccess: true, status: 'Created alert', alertId: alert.id, alias: alert.alias };
			},
			200,
		);
	}),

	'GET /jsm/ops/api/{cloudId}/v1/alerts': route((ctx) => {
		const q = ctx.query;
		const offset = q.offset ?? 0;
		const size = q.size ?? 20;
		if (offset + size > MAX_WINDOW) throw ctx.error(422, `The sum of offset and size must be lower than ${MAX_WINDOW}`, { code: 'VALIDATION_ERROR' });
		let matches;
		try {
			matches = compileAlertQuery(q.query);
		} catch (error) {
			if (error instanceof QueryError) throw ctx.error(422, error.message, { code: 'INVALID_QUERY' });
			throw error;
		}
		const all = sorted([...ctx.state.ops.alerts.values()].filter(matches), q.sort, q.order);
		const page = all.slice(offset, offset + size);
		const body = { values: page.map(alertDto), count: all.length, links: {} };
		if (offset + size < all.length) {
			const next = new URLSearchParams({ ...(q.query ? { query: q.query } : {}), offset: String(offset + size), size: String(size) });
			body.links.next = `/v1/alerts?${next}`;
		}
		return json(200, body);
	}),

	'GET /jsm/ops/api/{cloudId}/v1/alerts/{id}': route((ctx) => json(200, alertDto(loadAlert(ctx)))),

	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/acknowledge': route((ctx) =>
		alertAction(ctx, 'Acknowledge', (alert, now) => {
			if (alert.status === 'closed') return 'Alert is already closed';
			alert.status = 'acked';
			alert.acknowledged = true;
			alert.ackTime = alert.ackTime || now;
			alert.owner = alert.owner || ctx.user.displayName;
			return undefined;
		}),
	),

	// "set the 'acknowledged' property of an existing alert as 'false', effectively marking it's status as 'open'" (unackAlert).
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/unacknowledge': route((ctx) =>
		alertAction(ctx, 'UnAcknowledge', (alert) => {
			if (alert.status === 'closed') return 'Alert is already closed';
			alert.status = 'open';
			alert.acknowledged = false;
			return undefined;
		}),
	),

	// snoozeAlert: silenced until `endTime`, then back to its previous state. The alert's own `snoozed` and
	// `snoozedUntil` tell it (AlertResponse); its status is kept, the reading Opsgenie's API documents.
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/snooze': route((ctx) => {
		const endTime = Date.parse(ctx.body.endTime);
		if (!Number.isFinite(endTime) || endTime <= ctx.site.now()) throw ctx.error(422, 'endTime must be a date-time in the future', { code: 'VALIDATION_ERROR' });
		return alertAction(ctx, 'Snooze', (alert) => {
			if (alert.status === 'closed') return 'Alert is already closed';
			alert.snoozed = true;
			alert.snoozedUntil = endTime;
			return undefined;
		});
	}),

	// Closing (or acknowledging) a closed alert: no documented outcome found; modelled as a refusal, the stricter reading.
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/close': route((ctx) =>
		alertAction(ctx, 'Close', (alert, now) => {
			if (alert.status === 'closed') return 'Alert is already closed';
			alert.status = 'closed';
			alert.closeTime = now;
			return undefined;
		}),
	),

	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/assign': route((ctx) => {
		const assignee = ctx.state.users.get(ctx.body.accountId);
		return alertAction(ctx, 'Assign', (alert) => {
			if (!assignee || assignee.accountType !== 'atlassian') return 'User does not exist';
			alert.owner = assignee.displayName;
			return undefined;
		});
	}),

	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/escalate': route((ctx) => {
		const escalation = ctx.state.ops.escalations.get(ctx.body.escalationId);
		return alertAction(ctx, 'Escalate', (alert) => {
			if (!escalation) return 'Escalation does not exist';
			if (!alert.responders.some((r) => r.type === 'escalation' && r.id === escalation.id)) alert.responders.push({ type: 'escalation', id: escalation.id });
			return undefined;
		});
	}),

	// Adding a note is synchronous: 200 with the note, 404 for a missing alert (addAlertNote in the OpenAPI file).
	'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/notes': route((ctx) => {
		const alert = loadAlert(ctx);
		const text = String(ctx.body.note || '');
		if (!text.trim()) throw ctx.error(422, 'note cannot be empty', { code: 'VALIDATION_ERROR' });
		if (text.length > 25000) throw ctx.error(422, 'note cannot be longer than 25000 characters', { code: 'VALIDATION_ERROR' });
		const now = ctx.site.now();
		const note = { id: String(now * 1000 + alert.notes.length), note: text, owner: ctx.user.emailAddress || ctx.user.displayName, createdAt: now, updatedAt: now };
		alert.notes.push(note);
		alert.updatedAt = now;
		ctx.state.version++;
		return json(200, { ...note, createdAt: iso(now), updatedAt: iso(now) });
	}),

	'GET /jsm/ops/api/{cloudId}/v1/alerts/requests/{id}': route((ctx) => {
		const request = ctx.state.ops.requests.get(ctx.params.id);
		if (!request || !request.result) throw ctx.error(404, 'Request not found', { code: 'NOT_FOUND' });
		return json(200, { integrationId: '', ...request.result });
	}),
};
