'use strict';
// What every JSM Operations route shares: who may call it, the cloud id in its path, the asynchronous
// processing of alert requests, and the team permission checks.
const crypto = require('node:crypto');
const { HttpError } = require('../http');
const { isAdmin } = require('../roles');

const unauthorized = (message) => new HttpError(401, { code: 401, message });

/**
 * Runs before every Operations handler:
 * - the cloud id in the path must be the site's (a wrong one reaches no site: 404);
 * - OAuth 2.0 tokens only through the /ex/jira/{cloudId}/jsm/ops/api/... form, with the operation's scopes
 *   (developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro/, "Authentication"; scopes from the
 *   operation's `security` in the OpenAPI file). The gateway answers a missing scope with its 401
 *   "Unauthorized; scope does not match";
 * - Basic auth with email and API token (the same page: "supports the use of the basic authentication method");
 *   Data Center personal access tokens do not exist on Cloud;
 * - portal-only customers have no Operations access (the API needs a Jira Service Management user).
 */
function guard(ctx) {
	if (ctx.params.cloudId !== ctx.state.cloudId) throw ctx.error(404, 'Site not found', { code: 'NOT_FOUND' });
	const scheme = ctx.auth.scheme;
	if (scheme === 'pat') throw unauthorized('Unauthorized');
	if (scheme === 'oauth') {
		if (!ctx.viaGateway) throw unauthorized('Unauthorized');
		const granted = new Set(String(ctx.auth.oauth.scope || '').split(' '));
		const needed = ((ctx.op.operation.security || []).find((entry) => entry.OAuth2) || { OAuth2: [] }).OAuth2;
		if (!needed.every((scope) => granted.has(scope))) throw unauthorized('Unauthorized; scope does not match');
	}
	if (ctx.user.accountType !== 'atlassian') {
		throw ctx.error(403, 'You do not have permission to access Jira Service Management operations.', { code: 'FORBIDDEN' });
	}
}

const admin = (ctx) => isAdmin(ctx.state, ctx.user.accountId);
const memberOf = (ctx, team) => admin(ctx) || team.members.has(ctx.user.accountId);

/** Wraps a handler with the guard and first applies the alert requests whose processing time has come. */
function route(handler) {
	return (ctx) => {
		guard(ctx);
		processDue(ctx);
		return handler(ctx);
	};
}

/**
 * Alert creation, deletion and action requests are processed asynchronously: the API answers at once with a
 * requestId, and GET /alerts/requests/{id} tells the outcome once processed ("Get request status" in the
 * OpenAPI file; docs.opsgenie.com/docs/alert-api "Get Request Status": an action on a missing alert is
 * accepted and its status then reads isSuccess false, "Alert does not exist"). Until processed the
 * request is not found (404).
 */
function accept(ctx, action, apply, status = 202) {
	const request = { id: crypto.randomUUID(), action, receivedAt: Date.now(), apply, result: null };
	ctx.state.ops.requests.set(request.id, request);
	// `took` is an int32 in the SuccessResponse schema (its example's 0.195 is not).
	return { status, body: { result: 'Request will be processed', requestId: request.id, took: 0 }, headers: {} };
}

function processDue(ctx) {
	const due = Date.now() - ctx.sb.config.opsProcessingMs;
	for (const request of ctx.state.ops.requests.values()) {
		if (request.result || request.receivedAt > due) continue;
		const outcome = request.apply(ctx.site.now());
		request.result = { ...outcome, processedAt: new Date(ctx.site.now()).toISOString() };
		ctx.state.version++;
	}
}

module.exports = { route, accept, admin, memberOf };
