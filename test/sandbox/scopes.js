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
	// Each file names its OAuth scheme its own way (OAuth2, oAuthDefinitions...): take every authorization-code flow.
	const scopesOf = (doc) =>
		Object.values((doc && doc.components && doc.components.securitySchemes) || {}).flatMap((scheme) =>
			Object.keys((scheme.flows && scheme.flows.authorizationCode && scheme.flows.authorizationCode.scopes) || {}),
		);
	const jsm = scopesOf(documents.jsm);
	// Assets' scopes (`...:cmdb-...:jira`) are Jira scopes.
	const platform = Object.entries(documents).filter(([api]) => api !== 'jsm').flatMap(([, doc]) => scopesOf(doc));
	return {
		'Jira Service Management API': new Set(jsm.filter((scope) => scope.endsWith(':jira-service-management') || scope.includes(':servicedesk-'))),
		'Jira API': new Set([...platform, ...jsm.filter((scope) => !scope.endsWith(':jira-service-management') && !scope.includes(':servicedesk-'))]),
	};
}

module.exports = { scopeAlternatives, holdsScopes, assertScopes, apiScopes };
