'use strict';
// The request pipeline: gateway prefix -> faults -> route match (hand-written routes, then the
// OpenAPI operations) -> authentication -> OpenAPI validation -> experimental opt-in -> handler.
const { loadSpecs, createMatcher } = require('./specs');
const { validateRequest, validateResponse, compileLocal, describe } = require('./openapi-validator');
const { HttpError, readBody, parseQuery, send, platformError, jsmError, opsError } = require('./http');
const { authenticate, unauthorized } = require('./auth');
const { assertScopes } = require('./scopes');
const { parseMultipart } = require('./multipart');
const { isAdmin } = require('./roles');
const { DEMO } = require('./seed/people');
const routes = require('./routes');
const { isMissingPath, translateJsmPeople, dropCloudOnlyJsmQuery } = require('./datacenter');
const { inTimeZone } = require('./format/dates');

// Operations Atlassian answers without credentials (search answers anonymously with what an
// anonymous user may browse: nothing here).
const ANONYMOUS = new Set(['GET /rest/servicedeskapi/info', 'GET /rest/api/3/serverInfo', 'GET /rest/api/2/serverInfo', 'GET /rest/api/3/search/jql', 'POST /rest/api/3/search/jql']);
const MAX_LOG = 20000;
const OPS_API = '/jsm/ops/api';

function parseBody(raw, contentType) {
	const type = (contentType || '').toLowerCase();
	if (!raw.length) return {};
	if (type.startsWith('multipart/form-data')) return { multipart: parseMultipart(raw, contentType) || undefined };
	if (type.startsWith('application/x-www-form-urlencoded')) return { json: parseQuery(new URLSearchParams(raw.toString('utf8'))) };
	try {
		return { json: JSON.parse(raw.toString('utf8')) };
	} catch {
		return {};
	}
}

function createRouter(sb) {
	const { matcher: specMatcher } = loadSpecs();
	const localMatcher = createMatcher(routes.local.map((r) => ({ method: r.method, template: r.path, segments: r.path.split('/').slice(1), route: r })));

	function violation(method, pathname, template, messages) {
		sb.violations.push({ method, path: pathname, template, message: messages.join('; '), messages });
		return { status: 400, body: { errorMessages: [`OpenAPI violation: ${messages.join('; ')}`], sandboxViolation: true }, headers: {} };
	}

	function resolveUser(auth) {
		const override = sb.config.currentUser;
		if (!override) return auth.user;
		return sb.state.users.get(DEMO[override] ? DEMO[override].accountId : override) || auth.user;
	}

	function baseContext(req, url, pathname, base, raw) {
		const contentType = req.headers['content-type'];
		const { json, multipart } = parseBody(raw, contentType);
		const ctx = {
			sb,
			site: sb.site,
			state: sb.state,
			method: req.method.toUpperCase(),
			headers: req.headers,
			contentType,
			raw,
			body: json,
			multipart,
			base,
			pathname,
			search: url.search,
			query: parseQuery(url.searchParams),
			api: 'platform',
			v: 3,
			/**
			 * The API's own error body: JSM's i18nKey, the platform's field `errors`, Operations' `code`.
			 * @param {number} status
			 * @param {string} [message]
			 * @param {{ i18nKey?: string, errors?: Record<string, string>, code?: string }} [details]
			 */
			error(status, message, { i18nKey, errors, code } = {}) {
				if (this.api === 'ops') return opsError(status, message, code);
				return this.api === 'jsm' ? jsmError(status, message, i18nKey) : platformError(status, message ? [message] : [], errors);
			},
		};
		return ctx;
	}

	async function runLocal(ctx, route, params) {
		ctx.params = params;
		ctx.api = route.api || 'platform';
		if (route.auth !== 'none') {
			const auth = authenticate(sb.state, ctx.headers.authorization, Date.now(), { viaGateway: ctx.base !== sb.state.baseUrl });
			if (auth.failure) throw unauthorized(auth.failure, ctx.api);
			ctx.auth = auth;
			ctx.user = resolveUser(auth);
			if (route.auth === 'admin' && !isAdmin(sb.state, ctx.user.accountId)) {
				throw platformError(403, 'You do not have permission to manage webhooks. Administer Jira global permission is required.');
			}
		}
		route.validators = route.validators || {
			body: route.body && compileLocal(route.body),
			query: route.querySchema && compileLocal(route.querySchema),
		};
		const messages = [];
		if (route.validators.body) {
			if (ctx.body === undefined || !route.validators.body(ctx.body)) messages.push(...(ctx.body === undefined ? ['body is not valid JSON'] : describe(route.validators.body.errors, 'body')));
		}
		if (route.validators.query && !route.validators.query(ctx.query)) messages.push(...describe(route.validators.query.errors, 'query'));
		if (messages.length) return violation(ctx.method, ctx.pathname, route.path, messages);
		return answerOf(`${route.method} ${route.path}`, ctx, async () => route.handler(ctx));
	}

	/** The route's answer, or a test's one-off override of it (overrides.js). */
	async function answerOf(key, ctx, handler) {
		const request = { method: ctx.method, path: ctx.pathname, params: ctx.params, query: ctx.query, body: ctx.body };
		const override = sb.overrides.take(key, request);
		return override ? sb.overrides.reply(override, request, handler) : handler();
	}

	async function runSpec(ctx, match) {
		const op = match.operation;
		ctx.op = op;
		ctx.api = op.api;
		ctx.params = match.params;
		const auth = authenticate(sb.state, ctx.headers.authorization, Date.now(), { viaGateway: ctx.base !== sb.state.baseUrl });
		if (auth.failure && !(auth.failure === 'missing' && ANONYMOUS.has(op.key))) throw unauthorized(auth.failure, op.api);
		ctx.auth = auth;
		ctx.user = auth.user ? resolveUser(auth) : null;
		if (auth.scheme === 'oauth') assertScopes(op.operation, auth.oauth);
		const messages = validateRequest(op, {
			params: ctx.params,
			query: ctx.query,
			headers: ctx.headers,
			contentType: ctx.contentType,
			hasBody: ctx.raw.length > 0,
			json: ctx.body,
			multipart: ctx.multipart,
		});
		const template = ctx.v === 2 ? op.template.replace('/rest/api/3/', '/rest/api/2/') : op.template;
		if (messages.length) return violation(ctx.method, ctx.pathname, template, messages);
		sb.coverage.add(`${op.api}${ctx.v === 2 ? 'V2' : ''}|${op.method} ${template}`);
		// JSM (not the platform) makes experimental operations opt-in.
		if (op.experimental && op.api === 'jsm' && String(ctx.headers['x-experimentalapi'] || '').toLowerCase() !== 'opt-in') {
			throw jsmError(412, 'This API is experimental. Experimental APIs are not guaranteed to be stable within the preview period. You must set the header \'X-ExperimentalApi: opt-in\' to opt into using this API.', 'sd.api.experimental.required');
		}
		if (sb.dataCenter && op.api === 'jsm') {
			translateJsmPeople(ctx);
			dropCloudOnlyJsmQuery(ctx);
		}
		const handler = routes.spec[op.key];
		if (!handler) return { status: 501, body: { errorMessages: [`The sandbox does not implement ${op.key}.`], sandboxUnimplemented: true }, headers: {} };
		let answer;
		try {
			answer = await answerOf(op.key, ctx, async () => handler(ctx));
		} catch (error) {
			if (!(error instanceof HttpError)) throw error;
			answer = error.reply;
		}
		// Data Center renders its times in the server's zone (format/dates.js inTimeZone).
		if (sb.dataCenter && answer && answer.body && typeof answer.body === 'object') answer = { ...answer, body: inTimeZone(answer.body, sb.dataCenter.timeZone) };
		const reply = sb.faults.rewrite(ctx, answer);
		if (sb.config.validateResponses && reply.body !== undefined && typeof reply.body === 'object') {
			const problems = validateResponse(op, reply.status, reply.body);
			if (problems.length) sb.responseViolations.push({ method: op.method, template: op.template, status: reply.status, messages: problems });
		}
		return reply;
	}

	async function dispatch(req, url, raw) {
		let pathname = url.pathname;
		let base = sb.state.baseUrl;
		const gateway = /^\/ex\/jira\/([^/]+)(\/.*)?$/.exec(pathname);
		if (gateway) {
			pathname = gateway[2] || '/';
			// The gateway routes the APIs only (REST, Assets, Operations); site pages such as /browse/KEY live on the
			// site (routes/site-pages.js).
			if (gateway[1] !== sb.state.cloudId || !/^\/(rest|jsm)\//.test(pathname)) return notFound(url);
			base = `${base}/ex/jira/${gateway[1]}`;
			// OAuth 2.0 apps reach JSM Operations as /ex/jira/{cloudId}/jsm/ops/api/{api}: the cloud id moves into the
			// gateway prefix (developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro/, "Authentication").
			if (pathname.startsWith(`${OPS_API}/v1/`)) pathname = `${OPS_API}/${gateway[1]}${pathname.slice(OPS_API.length)}`;
		}
		// The Forms API is served by the gateway host itself (api.atlassian.com/jira/forms/cloud/{cloudId},
		// developer.atlassian.com/cloud/forms/rest/intro/), so scoped API tokens count as sent through the gateway.
		if (!gateway && pathname.startsWith('/jira/forms/cloud/')) base = `${base}/jira/forms`;
		// Data Center has no /rest/api/3, gateway, OAuth 2.0 (3LO) or Assets workspace endpoint, and each deployment
		// has one admin webhook API (datacenter.js).
		if (isMissingPath(sb.dataCenter, url.pathname)) return notFound(url);
		const ctx = baseContext(req, url, pathname, base, raw);
		ctx.viaGateway = Boolean(gateway);
		const local = localMatcher(ctx.method, pathname);
		if (local && local.operation) return runLocal(ctx, local.operation.route, local.params);
		let specPath = pathname;
		if (pathname.startsWith('/rest/api/2/') && !sb.dataCenter) {
			// n8n's own Jira node still speaks v2: same operations, text instead of ADF.
			specPath = `/rest/api/3/${pathname.slice('/rest/api/2/'.length)}`;
			ctx.v = 2;
		}
		const match = specMatcher(ctx.method, specPath);
		if (!match) return local && local.methodMissing ? { status: 405, body: { errorMessages: ['Method Not Allowed'] }, headers: {} } : notFound(url);
		if (match.methodMissing) return violation(ctx.method, pathname, match.methodMissing, [`method ${ctx.method} is not defined for ${match.methodMissing}`]);
		return runSpec(ctx, match);
	}

	const notFound = (url) => ({ status: 404, body: { message: `null for uri: ${sb.state.baseUrl}${url.pathname}`, 'status-code': 404 }, headers: {} });

	function logRequest(req, url, status, started) {
		sb.requests.push({ method: req.method, path: url.pathname, query: parseQuery(url.searchParams), status, ms: Date.now() - started });
		if (sb.requests.length > MAX_LOG) sb.requests.shift();
	}

	return async function handle(req, res) {
		const started = Date.now();
		const url = new URL(req.url, 'http://sandbox.invalid');
		let reply;
		let reset;
		try {
			const raw = await readBody(req);
			const isApi = /^\/(rest|ex|jsm)\//.test(url.pathname);
			const fault = isApi ? await sb.faults.decide(req.method.toUpperCase(), url.pathname) : {};
			reset = fault.reset;
			if (reset === 'before') {
				logRequest(req, url, 0, started);
				req.socket.destroy();
				return;
			}
			reply = fault.reply || (await dispatch(req, url, raw));
			for (const hook of [...sb.requestHooks]) await hook({ method: req.method.toUpperCase(), path: url.pathname, body: raw.toString('utf8'), headers: req.headers });
			if (fault.unavailable === 'after') reply = { status: 503, body: { errorMessages: ['Service Unavailable'] }, headers: {} };
		} catch (error) {
			if (error instanceof HttpError) reply = error.reply;
			else {
				sb.serverErrors.push({ method: req.method, path: url.pathname, error: error.stack || String(error) });
				reply = { status: 500, body: { errorMessages: [`Internal server error: ${error.message}`] }, headers: {} };
			}
		}
		logRequest(req, url, reset === 'after' ? 0 : reply.status, started);
		if (reset === 'after') {
			req.socket.destroy();
			return;
		}
		send(res, reply);
	};
}

module.exports = { createRouter };
