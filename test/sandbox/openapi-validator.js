'use strict';
// Validates incoming requests (and, when asked, outgoing responses) against the OpenAPI files.
// One ajv per purpose, component schemas registered once, one compiled validator set per
// operation, all cached for the life of the process.
// Both packages export their function as module.exports and as `.default`; the types know only `.default`.
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const { convertSchema, convertComponents } = require('./schema-convert');
const { loadSpecs } = require('./specs');

const JIRA_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function createAjv(extra) {
	const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, ...extra });
	addFormats(ajv);
	ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
	ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
	ajv.addFormat('float', { type: 'number', validate: () => true });
	ajv.addFormat('double', { type: 'number', validate: () => true });
	ajv.addFormat('binary', true);
	// Jira writes offsets as +0000, which RFC 3339 (ajv-formats) rejects.
	ajv.addFormat('date-time', JIRA_DATE_TIME);
	return ajv;
}

const docId = (api, mode) => `${api}-${mode}`;
let engines;

function getEngines() {
	if (engines) return engines;
	const { documents } = loadSpecs();
	const body = createAjv();
	const params = createAjv({ coerceTypes: 'array' });
	for (const [api, doc] of Object.entries(documents)) {
		body.addSchema(convertComponents(doc, docId(api, 'request'), 'request'));
		params.addSchema(convertComponents(doc, docId(api, 'request'), 'request'));
	}
	engines = { body, params, response: null, compiled: new Map() };
	return engines;
}

function responseAjv() {
	const e = getEngines();
	if (!e.response) {
		e.response = createAjv();
		for (const [api, doc] of Object.entries(loadSpecs().documents)) {
			e.response.addSchema(convertComponents(doc, docId(api, 'response'), 'response'));
		}
	}
	return e.response;
}

function compileOperation(op) {
	const e = getEngines();
	const cached = e.compiled.get(op.key);
	if (cached) return cached;
	const id = docId(op.api, 'request');
	const pathSchema = { type: 'object', properties: {}, required: [], additionalProperties: true };
	const querySchema = { type: 'object', properties: {}, required: [], additionalProperties: false };
	const headers = [];
	const commaSplit = [];
	for (const p of op.parameters) {
		const schema = convertSchema(p.schema || {}, id, 'request');
		if (p.in === 'path') {
			pathSchema.properties[p.name] = schema;
			pathSchema.required.push(p.name);
		} else if (p.in === 'query') {
			querySchema.properties[p.name] = schema;
			if (p.required) querySchema.required.push(p.name);
			const items = p.schema && p.schema.items;
			// Atlassian accepts comma-separated numeric lists (e.g. reconcileIssues=1,2).
			if (items && (items.type === 'integer' || items.type === 'number')) commaSplit.push(p.name);
		} else if (p.in === 'header') {
			headers.push({ name: p.name.toLowerCase(), required: !!p.required });
		}
	}
	const requestBody = op.operation.requestBody;
	let body = null;
	if (requestBody) {
		const contentTypes = Object.keys(requestBody.content || {});
		const json = requestBody.content && requestBody.content['application/json'];
		body = {
			required: !!requestBody.required,
			contentTypes,
			validate: json && json.schema ? e.body.compile(convertSchema(json.schema, id, 'request')) : null,
		};
	}
	const compiled = {
		path: e.params.compile(pathSchema),
		query: e.params.compile(querySchema),
		headers,
		commaSplit,
		body,
	};
	e.compiled.set(op.key, compiled);
	return compiled;
}

function describe(errors, where) {
	return errors.map((err) => {
		const at = err.instancePath ? err.instancePath.slice(1).replace(/\//g, '.') : '';
		if (where === 'query' || where === 'path') {
			const label = `${where} parameter`;
			if (err.keyword === 'additionalProperties') return `unknown ${label} '${err.params.additionalProperty}'`;
			if (err.keyword === 'required') return `missing required ${label} '${err.params.missingProperty}'`;
			return `${label} '${at}' ${err.message}`;
		}
		if (err.keyword === 'additionalProperties') {
			return `${where}${at ? '.' + at : ''} has unknown property '${err.params.additionalProperty}'`;
		}
		return `${where}${at ? '.' + at : ''} ${err.message}`;
	});
}

/**
 * Checks one request against its operation. `request` holds params, query (a mutable object of
 * strings / string arrays, coerced in place), headers, contentType, hasBody, json (parsed body or
 * undefined) and multipart (parsed parts or undefined). Returns a list of violation messages.
 */
function validateRequest(op, request) {
	const compiled = compileOperation(op);
	const messages = [];
	if (!compiled.path(request.params)) messages.push(...describe(compiled.path.errors, 'path'));
	for (const name of compiled.commaSplit) {
		const value = request.query[name];
		if (value !== undefined) request.query[name] = [].concat(value).flatMap((v) => String(v).split(','));
	}
	if (!compiled.query(request.query)) messages.push(...describe(compiled.query.errors, 'query'));
	for (const header of compiled.headers) {
		if (header.required && request.headers[header.name] === undefined) messages.push(`missing required header '${header.name}'`);
	}
	messages.push(...validateBody(compiled.body, request));
	return messages;
}

function validateBody(body, request) {
	if (!body) return [];
	if (!request.hasBody) return body.required ? ['request body is required'] : [];
	const type = (request.contentType || '').toLowerCase();
	if (body.contentTypes.includes('multipart/form-data')) {
		if (!type.startsWith('multipart/form-data')) return [`content-type must be multipart/form-data, got '${type || 'none'}'`];
		if (!request.multipart) return ['multipart body could not be parsed'];
		return request.multipart.some((part) => part.name === 'file' && part.filename !== undefined)
			? []
			: ["multipart body needs a part named 'file' holding a file"];
	}
	if (body.contentTypes.includes('application/json')) {
		if (!type.startsWith('application/json')) return [`content-type must be application/json, got '${type || 'none'}'`];
		if (request.json === undefined) return ['body is not valid JSON'];
		if (body.validate && !body.validate(request.json)) return describe(body.validate.errors, 'body');
	}
	return [];
}

/** Checks a JSON response body against the schema the operation documents for that status. */
function validateResponse(op, status, payload) {
	const responses = op.operation.responses || {};
	const documented = responses[String(status)] || responses.default;
	if (!documented) return [`status ${status} is not documented`];
	const json = documented.content && documented.content['application/json'];
	if (!json || !json.schema || payload === undefined) return [];
	const cacheKey = `${op.key} ${status}`;
	const e = getEngines();
	let validate = e.compiled.get(cacheKey);
	if (!validate) {
		validate = responseAjv().compile(convertSchema(json.schema, docId(op.api, 'response'), 'response'));
		e.compiled.set(cacheKey, validate);
	}
	return validate(payload) ? [] : describe(validate.errors, 'response');
}

/** Ajv for the sandbox's hand-written schemas (paths Atlassian documents only in prose). */
let localAjv;
function compileLocal(schema) {
	localAjv = localAjv || createAjv({ coerceTypes: 'array' });
	return localAjv.compile(schema);
}

module.exports = { validateRequest, validateResponse, compileLocal, describe };
