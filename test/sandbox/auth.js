'use strict';
// Resolves the caller from the Authorization header like Atlassian: Basic email:api-token,
// Bearer personal access token, or Bearer OAuth 2.0 access token (minted by /oauth/token).
const { HttpError } = require('./http');
const { findUserByEmail, findUser } = require('./state');

/** The one OAuth 2.0 client the sandbox knows. */
const OAUTH_CLIENT = { id: 'sandbox-client', secret: 'sandbox-secret' };

/**
 * Returns { user, scheme, oauth? } or { failure: 'missing' | 'basic' | 'bearer' | 'expired' }. A scoped API token
 * (service accounts) is accepted only through the gateway, api.atlassian.com/ex/jira/<cloudId>; on the site it gets
 * the 401 of a wrong token (Atlassian KB "401 unauthorized error when service account accesses Jira or Confluence
 * API"; measured in sooperset/mcp-atlassian#968: site 401, gateway 200).
 */
function authenticate(state, header, now, { viaGateway = false } = {}) {
	if (!header) return { failure: 'missing' };
	const [scheme, credentials = ''] = header.split(' ');
	if (/^basic$/i.test(scheme)) {
		const decoded = Buffer.from(credentials, 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		const email = decoded.slice(0, colon).toLowerCase();
		if (state.usernames) {
			// Data Center: Basic is username:password.
			const user = findUser(state, state.usernames.get(email));
			if (colon < 0 || !user || !user.active || state.passwords.get(email) !== decoded.slice(colon + 1)) return { failure: 'basic' };
			return { user, scheme: 'basic' };
		}
		const user = findUserByEmail(state, email);
		const token = decoded.slice(colon + 1);
		if (colon < 0 || !user || !user.active) return { failure: 'basic' };
		if (viaGateway && state.scopedTokens.get(email) === token) return { user, scheme: 'basic', scoped: true };
		if (state.apiTokens.get(email) !== token) return { failure: 'basic' };
		return { user, scheme: 'basic' };
	}
	if (/^bearer$/i.test(scheme)) {
		const patOwner = state.pats.get(credentials);
		if (patOwner) return { user: findUser(state, patOwner), scheme: 'pat' };
		const token = state.oauth.accessTokens.get(credentials);
		if (!token) return { failure: 'bearer' };
		if (token.expiresAt <= now) return { failure: 'expired' };
		return { user: findUser(state, token.accountId), scheme: 'oauth', oauth: token };
	}
	return { failure: 'basic' };
}

/** The 401 Atlassian sends for each kind of failure, in the calling API's error shape. */
function unauthorized(failure, api) {
	// JSM Operations answers through api.atlassian.com with its UnauthorizedErrorResponse {code, message}.
	if (api === 'ops') return new HttpError(401, { code: 401, message: 'Unauthorized' }, failure === 'basic' ? { 'www-authenticate': 'Basic realm="api.atlassian.com"' } : {});
	if (failure === 'basic') {
		// A wrong email/token pair gets Seraph's plain-text answer.
		return new HttpError(401, 'Client must be authenticated to access this resource.', { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED', 'www-authenticate': 'Basic realm="protected-area"' });
	}
	if (failure === 'bearer' || failure === 'expired') {
		return new HttpError(401, { code: 401, message: 'Unauthorized' }, { 'www-authenticate': 'Bearer realm="api.atlassian.com", error="invalid_token"' });
	}
	const message = 'You are not authenticated. Authentication required to perform this operation.';
	if (api === 'jsm') return new HttpError(401, { errorMessage: message, i18nErrorMessage: { i18nKey: 'sd.api.error.authentication.required', parameters: [] } });
	return new HttpError(401, { errorMessages: [message], errors: {} });
}

module.exports = { authenticate, unauthorized, OAUTH_CLIENT };
