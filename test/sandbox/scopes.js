'use strict';
// OAuth 2.0 scopes as Atlassian checks them. Each operation lists alternatives: its `security` OAuth2
// entries and its `x-atlassian-oauth2-scopes` entries (classic "Current" and granular "Beta" sets). A
// token passes when it holds every scope of one alternative: granular sets are all-of
// (simstudioai/sim PR #5005). Otherwise the gateway answers 401 {"code":401,"message":"Unauthorized;
// scope does not match"} with X-Failure-Category: FAILURE_CLIENT_SCOPE_CHECK (kovetskiy/mark #917,
// raycast/extensions #11212).
const { loadSpecs } = require('./specs');
const { HttpError } = require('./http');

/** The scope sets any one of which lets an OAuth 2.0 app call this operation ([] when none is needed). */
function scopeAlternatives(operation) {
	const alternatives = [];
	for (const entry of operation['x-atlassian-oauth2-scopes'] || []) alternatives.push(entry.scopes || []);
	for (const requirement of operation.security || []) if (requirement.OAuth2) alternatives.push(requirement.OAuth2);
	return alternatives;
}

function holdsScopes(operation, granted) {
	const alternatives = scopeAlternatives(operation);
	return !alternatives.length || alternatives.some((scopes) => scopes.every((scope) => granted.has(scope)));
}

/** Throws Atlassian's 401 when an OAuth 2.0 token lacks the operation's scopes. */
function assertScopes(operation, token) {
	if (holdsScopes(operation, new Set(String(token.scope || '').split(' ')))) return;
	throw new HttpError(401, { code: 401, message: 'Unauthorized; scope does not match' }, { 'x-failure-category': 'FAILURE_CLIENT_SCOPE_CHECK' });
}

/** The scopes of each API an app can add in the developer console, from the OpenAPI files' security schemes. */
function apiScopes() {
	const { documents } = loadSpecs();
	const scopesOf = (doc) => Object.keys(doc.components.securitySchemes.OAuth2.flows.authorizationCode.scopes);
	const jsm = scopesOf(documents.jsm);
	const platform = scopesOf(documents.platform);
	return {
		'Jira Service Management API': new Set(jsm.filter((scope) => scope.endsWith(':jira-service-management') || scope.includes(':servicedesk-'))),
		'Jira API': new Set([...platform, ...jsm.filter((scope) => !scope.endsWith(':jira-service-management') && !scope.includes(':servicedesk-'))]),
	};
}

module.exports = { scopeAlternatives, holdsScopes, assertScopes, apiScopes };
