'use strict';
// JQL search with token paging (GET and POST /rest/api/3/search/jql) and bulk issue reads by id
// (POST /rest/api/3/issue/bulkfetch).
const crypto = require('node:crypto');
const { json, platformError } = require('../http');
const { issueBean, selectFields, FIELD_DEFS } = require('../format/platform');
const { compileJql, JqlError } = require('../jql/compile');
const { canSeeRequest } = require('../roles');
const { viewer, listParam } = require('./common');

// Result lists are reused across pages while nothing changes, so paging through 10,000 issues
// evaluates the query once.
const resultCache = new WeakMap();

const digest = (s) => crypto.createHash('sha1').update(s).digest('base64url').slice(0, 12);
const encodeToken = (offset, jql) => Buffer.from(JSON.stringify({ o: offset, q: digest(jql) })).toString('base64url');

function decodeToken(token, jql) {
	try {
		const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
		if (Number.isInteger(parsed.o) && parsed.o >= 0 && parsed.q === digest(jql)) return parsed.o;
	} catch {
		// fall through to the error below
	}
	throw platformError(400, ['The provided next page token is invalid or expired.']);
}

/**
 * Whether the search index already holds the issue's latest change. Atlassian: search/jql "doesn't provide
 * read-after-write consistency"; "the delay might vary from a few seconds to minutes", longer for bulk edits
 * (https://developer.atlassian.com/cloud/jira/platform/search-and-reconcile). Modelled strictly: an issue
 * changed less than `searchIndexLagMs` ago is not found at all until its change is indexed.
 */
const indexed = (ctx, issue, lag) => issue.updatedAt <= ctx.site.now() - lag;

function results(ctx, jql) {
	const state = ctx.state;
	const userId = viewer(ctx);
	const lag = ctx.sb.config.searchIndexLagMs;
	const perState = resultCache.get(state) || new Map();
	resultCache.set(state, perState);
	const key = `${userId}\n${ctx.user && ctx.user.timeZone}\n${jql}`;
	const cached = perState.get(key);
	// With an index lag, or SLA functions, the result also depends on the clock: not cached.
	const clockBound = lag || /\b(remaining|elapsed|breached|everbreached|running|paused|completed)\s*\(/i.test(jql);
	if (cached && cached.version === state.version && !clockBound) return cached.issues;
	let compiled;
	try {
		compiled = compileJql(jql, state, { userId, now: ctx.site.now(), timeZone: ctx.user && ctx.user.timeZone });
	} catch (error) {
		if (error instanceof JqlError) throw platformError(400, [error.message]);
		throw error;
	}
	if (!compiled.where) throw platformError(400, ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.']);
	const issues = [];
	for (const issue of state.issues.values()) if (compiled.where(issue) && canSeeRequest(state, userId, issue) && (!lag || indexed(ctx, issue, lag))) issues.push(issue);
	issues.sort(compiled.compare);
	if (perState.size > 50) perState.clear();
	perState.set(key, { version: state.version, issues });
	return issues;
}

function search(ctx, params) {
	const jql = String(params.jql || '');
	if (!ctx.user) return json(200, { issues: [], isLast: true });
	const issues = results(ctx, jql);
	const requested = listParam(params.fields);
	const fields = selectFields(requested, 'id');
	// Atlassian pages up to 5000 ids/keys, but only 100 issues with fields.
	const cap = fields.length ? 100 : 5000;
	const maxResults = Math.max(1, Math.min(params.maxResults ?? 50, cap));
	const offset = params.nextPageToken ? decodeToken(params.nextPageToken, jql) : 0;
	const expand = listParam(params.expand);
	const page = issues.slice(offset, offset + maxResults);
	// names and schema describe the whole result, not each issue.
	const perIssue = expand.filter((e) => e !== 'names' && e !== 'schema');
	const body = { issues: page.map((issue) => issueBean(ctx.state, ctx.base, issue, { fields, expand: perIssue, v: ctx.v, inSearch: true, now: ctx.site.now() })) };
	const next = offset + page.length;
	if (next < issues.length) body.nextPageToken = encodeToken(next, jql);
	body.isLast = next >= issues.length;
	if (expand.includes('names')) body.names = Object.fromEntries(fields.map((f) => [f, FIELD_DEFS.get(f).name]));
	if (expand.includes('schema')) body.schema = Object.fromEntries(fields.map((f) => [f, FIELD_DEFS.get(f).schema]));
	return json(200, body);
}

// Bulk fetch, as the platform OpenAPI file documents it: at most 100 ids or keys, issues answered in
// ascending id order (not the order asked for), unknown or invisible ones listed under issueErrors.
// The 100 cap is enforced by Jira (onyx-dot-app/onyx PR #10044 hit it with larger batches).
const BULK_FETCH_MAX = 100;

function bulkFetch(ctx) {
	const wanted = ctx.body.issueIdsOrKeys;
	if (wanted.length > BULK_FETCH_MAX) throw platformError(400, [`A maximum of ${BULK_FETCH_MAX} issues can be fetched at once.`]);
	const userId = viewer(ctx);
	const fields = selectFields(listParam(ctx.body.fields), '*navigable');
	const expand = listParam(ctx.body.expand).filter((e) => e !== 'names' && e !== 'schema');
	const found = new Map();
	const issueErrors = [];
	for (const idOrKey of wanted) {
		const text = String(idOrKey);
		const issue = ctx.state.issues.get(text) || [...ctx.state.issues.values()].find((candidate) => candidate.key.toUpperCase() === text.toUpperCase());
		if (issue && ctx.user && canSeeRequest(ctx.state, userId, issue)) found.set(issue.id, issue);
		else issueErrors.push({ id: text, errorMessage: 'Issue does not exist or you do not have permission to see it.' });
	}
	const issues = [...found.values()].sort((a, b) => Number(a.id) - Number(b.id));
	return json(200, { issues: issues.map((issue) => issueBean(ctx.state, ctx.base, issue, { fields, expand, v: ctx.v, now: ctx.site.now() })), issueErrors });
}

module.exports = {
	results,
	'POST /rest/api/3/issue/bulkfetch': bulkFetch,
	'GET /rest/api/3/search/jql': (ctx) => search(ctx, ctx.query),
	'POST /rest/api/3/search/jql': (ctx) => search(ctx, ctx.body),
};
