'use strict';
// Loads the committed API contract (contract/*.json, derived from Atlassian's OpenAPI files by
// `npm run contract`) and indexes its operations by path template so concrete request paths can be
// matched to them.
const fs = require('node:fs');
const path = require('node:path');

const CONTRACT_DIR = path.resolve(__dirname, '../../contract');
const FILES = { jsm: 'jsm-cloud.json', platform: 'jira-platform-v3.json', assets: 'assets-cloud.json', ops: 'jsm-ops-cloud.json', forms: 'forms-cloud.json', dc: 'jira-dc-platform-10.3.json' };
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

let loaded;

function loadSpecs() {
	if (loaded) return loaded;
	const documents = {};
	const operations = [];
	for (const [api, file] of Object.entries(FILES)) {
		const doc = JSON.parse(fs.readFileSync(path.join(CONTRACT_DIR, file), 'utf8'));
		documents[api] = doc;
		for (const [relative, item] of Object.entries(doc.paths)) {
			const template = `${doc.basePath}${relative}`;
			for (const method of METHODS) {
				const operation = item[method];
				if (!operation) continue;
				operations.push({
					api,
					method: method.toUpperCase(),
					template,
					key: `${method.toUpperCase()} ${template}`,
					operation,
					parameters: [...(item.parameters || []), ...(operation.parameters || [])],
					experimental: operation['x-experimental'] === true,
					segments: template.split('/').slice(1),
				});
			}
		}
	}
	loaded = { documents, operations, matcher: createMatcher(operations) };
	return loaded;
}

const isParam = (segment) => segment.startsWith('{') && segment.endsWith('}');

// Literal segments win over {params}, compared left to right (so /request/{id}/approval and
// /knowledgebase/article/view/{pageId} each resolve to their own template).
function compareSpecificity(a, b) {
	for (let i = 0; i < a.length; i++) {
		const pa = isParam(a[i]);
		const pb = isParam(b[i]);
		if (pa !== pb) return pa ? 1 : -1;
	}
	return 0;
}

function createMatcher(operations) {
	const byLength = new Map();
	for (const op of operations) {
		const list = byLength.get(op.segments.length) || [];
		list.push(op);
		byLength.set(op.segments.length, list);
	}
	for (const list of byLength.values()) list.sort((x, y) => compareSpecificity(x.segments, y.segments));

	/** Returns { operation, params } for the best template having this method, or
	 * { methodMissing: [templates] } when the path exists only under other methods, or null. */
	return function match(method, pathname) {
		const segments = pathname.replace(/\/+$/, '').split('/').slice(1);
		const candidates = byLength.get(segments.length) || [];
		let pathKnown = null;
		for (const op of candidates) {
			const params = bind(op.segments, segments);
			if (!params) continue;
			if (op.method === method) return { operation: op, params };
			pathKnown = pathKnown || op.template;
		}
		return pathKnown ? { methodMissing: pathKnown } : null;
	};
}

function bind(templateSegments, segments) {
	const params = {};
	for (let i = 0; i < templateSegments.length; i++) {
		const t = templateSegments[i];
		if (isParam(t)) {
			if (!segments[i]) return null;
			try {
				params[t.slice(1, -1)] = decodeURIComponent(segments[i]);
			} catch {
				return null;
			}
		} else if (t !== segments[i]) return null;
	}
	return params;
}

module.exports = { loadSpecs, createMatcher };
