'use strict';
// The OAuth 2.0 (3LO) side of Atlassian: authorize, token (authorization_code / refresh_token),
// accessible-resources, and the tenant_info lookup for the cloud id.
const crypto = require('node:crypto');
const { json, HttpError } = require('../http');
const { OAUTH_CLIENT } = require('../auth');
const { DEMO } = require('../seed/people');

const SCOPES = ['read:jira-work', 'write:jira-work', 'read:jira-user', 'manage:jira-webhook', 'manage:jira-configuration', 'read:servicedesk-request', 'write:servicedesk-request', 'manage:servicedesk-customer', 'offline_access',
	'read:ops-alert:jira-service-management', 'write:ops-alert:jira-service-management', 'read:ops-config:jira-service-management', 'write:ops-config:jira-service-management'];

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
	return role ? { accountId: DEMO[role[1]].accountId, scope: SCOPES.join(' ') } : null;
}

const anyStrings = { type: 'object', additionalProperties: { type: 'string' } };

module.exports = [
	{ method: 'GET', path: '/_edge/tenant_info', auth: 'none', handler: (ctx) => json(200, { cloudId: ctx.state.cloudId }) },
	{
		method: 'GET', path: '/oauth/authorize', auth: 'none',
		querySchema: { type: 'object', required: ['client_id', 'redirect_uri'], properties: { client_id: { type: 'string' }, redirect_uri: { type: 'string', format: 'uri' } }, additionalProperties: { type: 'string' } },
		handler: (ctx) => {
			if (ctx.query.client_id !== OAUTH_CLIENT.id) throw oauthError(400, 'invalid_client', 'Unknown client_id.');
			const role = DEMO[ctx.query.login_hint] ? ctx.query.login_hint : 'admin';
			const code = `sandbox-${crypto.randomBytes(16).toString('hex')}`;
			ctx.state.oauth.codes.set(code, { accountId: DEMO[role].accountId, scope: ctx.query.scope || SCOPES.join(' ') });
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
				const granted = redeemCode(ctx, ctx.body.code);
				if (!granted) throw oauthError(403, 'invalid_grant', 'Invalid authorization code');
				return mint(ctx, granted.accountId, granted.scope);
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
