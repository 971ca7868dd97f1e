'use strict';
// Small HTTP helpers: reading bodies, the reply objects handlers return, and Atlassian's error shapes
// (platform: errorMessages/errors, JSM: errorMessage/i18nErrorMessage, JSM Operations: errors[{title, code}]).

const MAX_BODY = 20 * 1024 * 1024;

class HttpError extends Error {
	constructor(status, body, headers) {
		super(typeof body === 'string' ? body : JSON.stringify(body));
		this.reply = { status, body, headers: headers || {} };
	}
}

const json = (status, body, headers) => ({ status, body, headers: headers || {} });
const empty = (status = 204, headers) => ({ status, body: undefined, headers: headers || {} });
const bytes = (status, buffer, contentType, headers) => ({ status, raw: buffer, headers: { 'content-type': contentType, ...(headers || {}) } });

/** Platform (/rest/api/3) error: {errorMessages:[...], errors:{field: message}}. */
function platformError(status, messages, errors) {
	return new HttpError(status, { errorMessages: [].concat(messages || []), errors: errors || {} });
}

/** JSM (/rest/servicedeskapi) error: {errorMessage, i18nErrorMessage:{i18nKey, parameters}}. */
function jsmError(status, message, i18nKey, parameters) {
	return new HttpError(status, {
		errorMessage: message,
		i18nErrorMessage: { i18nKey: i18nKey || 'sd.api.error', parameters: parameters || [] },
	});
}

/**
 * JSM Operations error: {errors:[{title, code}]} (the ErrorResponses schema of its OpenAPI file; shape shown on
 * developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro/, "Status codes and responses").
 */
function opsError(status, title, code) {
	return new HttpError(status, { errors: [{ title, code: code || String(status) }] });
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > MAX_BODY) {
				reject(new HttpError(413, { errorMessages: ['Request entity too large'] }));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** Parses a query string into { name: string | string[] } (repeated names become arrays). */
function parseQuery(searchParams) {
	const query = {};
	for (const [name, value] of searchParams) {
		if (name in query) query[name] = [].concat(query[name], value);
		else query[name] = value;
	}
	return query;
}

function send(res, reply) {
	if (res.writableEnded || res.destroyed) return;
	const headers = { ...reply.headers };
	let payload;
	if (reply.raw !== undefined) payload = reply.raw;
	else if (reply.body !== undefined) {
		payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
		if (!headers['content-type']) {
			headers['content-type'] = typeof reply.body === 'string' ? 'text/plain;charset=UTF-8' : 'application/json;charset=UTF-8';
		}
	}
	if (payload !== undefined) headers['content-length'] = Buffer.byteLength(payload);
	res.writeHead(reply.status, headers);
	res.end(payload);
}

module.exports = { HttpError, json, empty, bytes, platformError, jsmError, opsError, readBody, parseQuery, send };
