'use strict';
// The OAuth 2.0 (3LO) side of Atlassian: authorize, token (authorization_code / refresh_token),
// accessible-resources, and the tenant_info lookup for the cloud id.
const crypto = require('node:crypto');
const { json, HttpError } = require('../http');
const { OAUTH_CLIENT } = require('../auth');
const { DEMO } = require('../seed/people');
const { apiScopes } = require('../scopes');

/**
 * What the fixed codes (sandbox-code-<role>) grant: every classic scope of the Jira and JSM APIs, and the
 * granular ones JSM Operations and Assets take (they have no classic scopes).
 */
const FIXED_CODE_SCOPES = ['read:jira-work', 'write:jira-work', 'read:jira-user', 'manage:jira-webhook', 'manage:jira-configuration', 'manage:jira-project', 'read:servicedesk-request', 'write:servicedesk-request', 'manage:servicedesk-customer', 'offline_access',
	'read:ops-alert:jira-service-management', 'write:ops-alert:jira-service-management', 'read:ops-config:jira-service-management', 'write:ops-config:jira-service-management',
	'read:cmdb-object:jira', 'write:cmdb-object:jira', 'delete:cmdb-object:jira', 'read:cmdb-schema:jira', 'read:cmdb-type:jira', 'read:cmdb-attribute:jira'];
/** Scopes of the User identity API, which the sandbox's app has not added (Atlassian's read:me, read:account). */
const USER_IDENTITY_SCOPES = new Set(['read:me', 'read:account']);

/**
 * The sandbox's app has added the Jira API and the Jira Service Management API, not the User identity
 * API. Asking for scopes of an API the app has not added fails the consent with Atlassian's words
 * (OpenHands/OpenHands #12397: "This app has requested Jira API & User identity API scopes that have
 * not been added to the app. Configure the app at https://developer.atlassian.com/apps and add the
 * following scopes to the Jira API & User identity API: read:me.").
 */
function consentProblem(requested) {
	const added = apiScopes();
	const known = (scope) => scope === 'offline_access' || [...Object.values(added)].some((set) => set.has(scope));
	const missing = requested.filter((scope) => !known(scope));
	if (!missing.length) return null;
	const apis = [...new Set(missing.map((scope) => (USER_IDENTITY_SCOPES.has(scope) ? 'User identity API' : 'Jira API')))].sort().join(' & ');
	return `This app has requested ${apis} scopes that have not been added to the app. Configure the app at https://developer.atlassian.com/apps and add the following scopes to the ${apis}: ${missing.join(', ')}.`;
}

const oauthError = (status, error, description) => new HttpError(status, { error, error_description: description });

function clientFrom(ctx) {
	const header = ctx.headers.authorization || '';
	if (/^basic /i.test(header)) {
		const [id, secret] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
		return { id, secret };
	}
	return { id: ctx.body.client_id, secret: ctx.body.client_secret };
}

function mint(ctx, accountId, scope) {
	const oauth = ctx.state.oauth;
	const ttl = ctx.sb.config.oauthTokenTtlSeconds;
	const access = `sandbox-oauth-${crypto.randomBytes(24).toString('hex')}`;
	const refresh = `sandbox-refresh-${crypto.randomBytes(24).toString('hex')}`;
	oauth.accessTokens.set(access, { accountId, clientId: OAUTH_CLIENT.id, scope, expiresAt: Date.now() + ttl * 1000 });
	// Atlassian issues a refresh token only for the offline_access scope.
	if (!scope.split(' ').includes('offline_access')) return json(200, { access_token: access, expires_in: ttl, token_type: 'Bearer', scope });
	oauth.refreshTokens.set(refresh, { accountId, clientId: OAUTH_CLIENT.id, scope, revoked: false });
	return json(200, { access_token: access, refresh_token: refresh, expires_in: ttl, token_type: 'Bearer', scope });
}

/**
 * Authorization codes: ones /oauth/authorize issued (granting the scopes the app asked for there), or the fixed
 * sandbox-code-<admin|agent|customer> (granting every scope the sandbox knows).
 */
function redeemCode(ctx, code) {
	const issued = ctx.state.oauth.codes.get(code);
	if (issued) {
		ctx.state.oauth.codes.delete(code);
		return issued;
	}
	const role = /^sandbox-code-(admin|agent|customer)$/.exec(code || '');
	return role ? { accountId: DEMO[role[1]].accountId, scope: FIXED_CODE_SCOPES.join(' ') } : null;
}

const anyStrings = { type: 'object', additionalProperties: { type: 'string' } };

module.exports = [
	{ method: 'GET', path: '/_edge/tenant_info', auth: 'none', handler: (ctx) => json(200, { cloudId: ctx.state.cloudId }) },
	{
		method: 'GET', path: '/oauth/authorize', auth: 'none',
		querySchema: { type: 'object', required: ['client_id', 'redirect_uri'], properties: { client_id: { type: 'string' }, redirect_uri: { type: 'string', format: 'uri' } }, additionalProperties: { type: 'string' } },
		handler: (ctx) => {
			if (ctx.query.client_id !== OAUTH_CLIENT.id) throw oauthError(400, 'invalid_client', 'Unknown client_id.');
			const requested = String(ctx.query.scope || '').split(/[\s+]+/).filter(Boolean);
			const problem = consentProblem(requested);
			if (problem) throw new HttpError(400, problem);
			const role = DEMO[ctx.query.login_hint] ? ctx.query.login_hint : 'admin';
			const code = `sandbox-${crypto.randomBytes(16).toString('hex')}`;
			// The token grants what the user consented to: the scopes the authorization asked for.
			ctx.state.oauth.codes.set(code, { accountId: DEMO[role].accountId, scope: requested.join(' ') });
			const target = new URL(ctx.query.redirect_uri);
			target.searchParams.set('code', code);
			if (ctx.query.state) target.searchParams.set('state', ctx.query.state);
			return { status: 302, headers: { location: target.toString() } };
		},
	},
	{
		method: 'POST', path: '/oauth/token', auth: 'none',
		body: { ...anyStrings, required: ['grant_type'] },
		handler: (ctx) => {
			const client = clientFrom(ctx);
			if (client.id !== OAUTH_CLIENT.id || client.secret !== OAUTH_CLIENT.secret) throw oauthError(401, 'access_denied', 'Unauthorized');
			const grant = ctx.body.grant_type;
			if (grant === 'authorization_code') {
				const issued = redeemCode(ctx, ctx.body.code);
				if (!issued) throw oauthError(403, 'invalid_grant', 'Invalid authorization code');
				return mint(ctx, issued.accountId, issued.scope);
			}
			if (grant === 'refresh_token') {
				const token = ctx.state.oauth.refreshTokens.get(ctx.body.refresh_token);
				if (!token || token.revoked) throw oauthError(403, 'invalid_grant', 'Unknown or invalid refresh token.');
				return mint(ctx, token.accountId, token.scope);
			}
			throw oauthError(400, 'unsupported_grant_type', `Unsupported grant type: ${grant}`);
		},
	},
	{
		method: 'GET', path: '/oauth/token/accessible-resources', auth: 'user',
		handler: (ctx) => {
			if (ctx.auth.scheme !== 'oauth') throw new HttpError(401, { code: 401, message: 'Unauthorized' });
			return json(200, [{ id: ctx.state.cloudId, url: ctx.sb.state.baseUrl, name: 'sandbox', scopes: ctx.auth.oauth.scope.split(' '), avatarUrl: `${ctx.sb.state.baseUrl}/sandbox/avatar/site` }]);
		},
	},
];
