// Derives the committed API contract (contract/*.json) from Atlassian's official OpenAPI files.
//   npm run contract -- <openapi files or folders>
// Keeps, per file, the operations the sandbox serves (the node, the triggers and the sandbox use no
// others; the catalogue test checks the node against the result), with their parameters, request
// bodies, responses, security and OAuth scopes, the component schemas they reach and the API's OAuth
// scheme (its scope names). Prose goes:
// descriptions, summaries, examples, titles, tags. The output is stable: the same inputs give the same bytes.
// Beside each contract, contract/examples/<api>.json keeps the 2xx response examples of the same operations
// (scripts/contract-examples.mjs), which the node's example sweep answers with.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { examplesOf } from './contract-examples.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'contract');
// Hand-written models of APIs Atlassian documents without an OpenAPI file (Forms): always read beside the given files.
const modelDir = path.join(root, 'scripts', 'models');
const require = createRequire(import.meta.url);

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const PROSE = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'title', 'tags', 'operationId']);
const KEPT_EXTENSIONS = new Set(['x-atlassian-oauth2-scopes', 'x-experimental']);
// Objects whose keys are names (of properties, media types, statuses...), not schema keywords.
const NAME_MAPS = new Set(['properties', 'patternProperties', 'content', 'responses', 'headers', 'encoding', 'variables']);
// Values copied as they are: data, not schema.
const DATA = new Set(['enum', 'default', 'required', 'const', 'security', 'x-atlassian-oauth2-scopes', 'mapping']);
const SCHEMA_REF = '#/components/schemas/';
const EXAMPLES_ABOUT =
	'2xx response examples per operation, by `npm run contract`. source "documented": the OpenAPI file\'s own example of the body; "synthesized": the file gives none, so it is built from the response schema (with the file\'s property examples where it has them); "no body": the status is documented without one.';

function inputFiles(args) {
	return args.flatMap((arg) => {
		const full = path.resolve(arg);
		if (!statSync(full).isDirectory()) return [full];
		return readdirSync(full).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(full, name));
	});
}

/** "/jsm/assets/workspace/{workspaceId}/v1" for a server URL with a path, "" for a bare host. */
function basePathOf(doc) {
	const url = doc.servers && doc.servers[0] && doc.servers[0].url;
	if (!url) return '';
	const pathname = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
	return pathname.replace(/\/+$/, '');
}

function lookup(doc, ref) {
	return ref.slice(2).split('/').reduce((node, part) => node && node[part.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

/** Copies an OpenAPI node without prose; inlines non-schema $refs and collects the schema names reached. */
function strip(node, doc, reached) {
	if (Array.isArray(node)) return node.map((item) => strip(item, doc, reached));
	if (!node || typeof node !== 'object') return node;
	if (typeof node.$ref === 'string') {
		if (node.$ref.startsWith(SCHEMA_REF)) {
			reached.add(node.$ref.slice(SCHEMA_REF.length));
			return { $ref: node.$ref };
		}
		return strip(lookup(doc, node.$ref), doc, reached);
	}
	const out = {};
	for (const [key, value] of Object.entries(node)) {
		if (PROSE.has(key) || (key.startsWith('x-') && !KEPT_EXTENSIONS.has(key))) continue;
		if (key === 'scopes' && value && typeof value === 'object' && !Array.isArray(value)) {
			// OAuth flows map each scope to its prose description: keep the names only.
			out[key] = Object.fromEntries(Object.keys(value).map((scope) => [scope, '']));
		} else if (DATA.has(key)) {
			out[key] = value;
			if (key === 'mapping') for (const ref of Object.values(value)) strip({ $ref: ref }, doc, reached);
		} else if (NAME_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
			out[key] = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, strip(item, doc, reached)]));
		} else {
			out[key] = strip(value, doc, reached);
		}
	}
	return out;
}

/**
 * Atlassian's Data Center OpenAPI files are generated from Java by Swagger, which writes `java.lang.Object` (any JSON
 * value) as a bare `{"type": "object"}`: IssueUpdateBean.fields would then refuse `"description": "text"`, which
 * Atlassian's own DC examples send (https://developer.atlassian.com/server/jira/platform/jira-rest-api-examples/).
 * In those files a bare object type means any value.
 */
function anyValueForJavaObject(node) {
	if (Array.isArray(node)) return node.map(anyValueForJavaObject);
	if (!node || typeof node !== 'object') return node;
	const keys = Object.keys(node);
	if (keys.length === 1 && node.type === 'object') return {};
	return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, DATA.has(key) ? value : anyValueForJavaObject(value)]));
}

/**
 * A parameter declared `in: path` whose name the path template does not hold cannot be sent in the path: Atlassian's DC
 * file does this for GET /api/2/group/member's `groupname`, which Jira reads from the query
 * (docs.atlassian.com/software/jira/docs/api/REST/9.12.0/#api/2/group-getUsersFromGroup). It is kept as a query parameter.
 */
function pathParametersOf(template, parameters) {
	return parameters.map((parameter) =>
		parameter && parameter.in === 'path' && !template.includes(`{${parameter.name}}`) ? { ...parameter, in: 'query' } : parameter,
	);
}

function contractOf(doc, used) {
	const basePath = basePathOf(doc);
	const reached = new Set();
	const paths = {};
	for (const [template, item] of Object.entries(doc.paths)) {
		const operations = {};
		for (const method of METHODS) {
			if (!item[method]) continue;
			const key = `${method.toUpperCase()} ${basePath}${template}`;
			if (!used.has(key)) continue;
			const operation = { ...item[method], parameters: pathParametersOf(template, [...(item.parameters || []), ...(item[method].parameters || [])]) };
			if (!operation.parameters.length) delete operation.parameters;
			operations[method] = strip(operation, doc, reached);
		}
		if (Object.keys(operations).length) paths[template] = operations;
	}
	// Schemas reach further schemas: close the set before copying them.
	const schemas = {};
	const pending = [...reached];
	while (pending.length) {
		const name = pending.pop();
		if (schemas[name]) continue;
		const before = new Set(reached);
		schemas[name] = strip(doc.components.schemas[name], doc, reached);
		if (/Data Center/.test(doc.info.title)) schemas[name] = anyValueForJavaObject(schemas[name]);
		for (const found of reached) if (!before.has(found)) pending.push(found);
	}
	const sortedSchemas = Object.fromEntries(Object.keys(schemas).sort().map((name) => [name, schemas[name]]));
	return {
		openapi: doc.openapi,
		info: { title: doc.info.title, version: doc.info.version },
		basePath,
		paths,
		components: { schemas: sortedSchemas, securitySchemes: strip(doc.components.securitySchemes || {}, doc, new Set()) },
	};
}

function main(args) {
	if (!args.length) {
		process.stderr.write('usage: npm run contract -- <Atlassian OpenAPI files or folders>\n');
		process.exit(1);
	}
	const used = new Set(Object.keys(require('../test/sandbox/routes').spec));
	const written = new Set();
	mkdirSync(path.join(outDir, 'examples'), { recursive: true });
	for (const file of [...inputFiles(args), ...inputFiles([modelDir])]) {
		const doc = JSON.parse(readFileSync(file, 'utf8'));
		const contract = contractOf(doc, used);
		const count = Object.values(contract.paths).reduce((n, item) => n + Object.keys(item).length, 0);
		const name = path.basename(file).replace(/(\.openapi)?\.json$/, '');
		if (!count) {
			process.stdout.write(`${name}: no operation the sandbox serves, skipped\n`);
			continue;
		}
		const keys = new Set();
		for (const [template, item] of Object.entries(contract.paths)) {
			for (const method of Object.keys(item)) keys.add(`${method.toUpperCase()} ${contract.basePath}${template}`);
		}
		for (const key of keys) written.add(key);
		writeFileSync(path.join(outDir, `${name}.json`), `${JSON.stringify(contract, null, '\t')}\n`);
		const examples = { api: contract.info, about: EXAMPLES_ABOUT, operations: examplesOf(doc, contract.basePath, keys) };
		writeFileSync(path.join(outDir, 'examples', `${name}.json`), `${JSON.stringify(examples, null, '\t')}\n`);
		const sources = Object.values(examples.operations).flatMap((statuses) => Object.values(statuses).map((example) => example.source));
		const tally = ['documented', 'synthesized', 'no body'].map((source) => `${sources.filter((s) => s === source).length} ${source}`).join(', ');
		process.stdout.write(`${name}: ${count} operations, ${Object.keys(contract.components.schemas).length} schemas -> contract/${name}.json; examples (${tally}) -> contract/examples/${name}.json\n`);
	}
	const missing = [...used].filter((key) => !written.has(key)).sort();
	if (missing.length) {
		process.stderr.write(`The sandbox serves operations none of the files describe:\n  ${missing.join('\n  ')}\n`);
		process.exit(1);
	}
}

main(process.argv.slice(2));
