// The 2xx response examples of an OpenAPI file, for the committed fixture contract/examples/<api>.json that the node's
// example sweep (test/node/response-examples.test.ts) answers with. The contract strips examples as prose; these are
// kept apart, as data. "documented": the file's own example for the whole body (on the media type or the response
// schema). "synthesized": the file gives none, so the body is built from the response schema, with the examples it
// gives on properties where it has them. "no body": the file documents that status without a body (204).

const JSON_TYPES = ['application/json', '*/*'];
const MAX_DEPTH = 8;

function lookup(doc, ref) {
	return ref.slice(2).split('/').reduce((node, part) => node && node[part.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

const resolve = (doc, node) => (node && typeof node.$ref === 'string' ? lookup(doc, node.$ref) : node);

/** Atlassian's files often give a JSON body as its text: read it as the value it stands for. */
function asValue(example, schema) {
	if (typeof example !== 'string' || (schema && schema.type === 'string')) return example;
	try {
		return JSON.parse(example);
	} catch {
		return example;
	}
}

/** The first example an OpenAPI `examples` map (Example Objects, maybe $refs) or JSON Schema `examples` list gives. */
function firstExample(doc, examples) {
	if (Array.isArray(examples)) return examples.length ? { value: examples[0] } : undefined;
	if (!examples || typeof examples !== 'object') return undefined;
	for (const entry of Object.values(examples)) {
		const example = resolve(doc, entry);
		if (example && 'value' in example) return { value: example.value };
	}
	return undefined;
}

function ownExample(doc, node) {
	if (!node) return undefined;
	if (node.example !== undefined) return { value: asValue(node.example, node) };
	const found = firstExample(doc, node.examples);
	return found && { value: asValue(found.value, node) };
}

const STRINGS = { 'date-time': '2024-01-01T00:00:00.000Z', date: '2024-01-01', uri: 'https://example.com', url: 'https://example.com', email: 'user@example.com', uuid: '00000000-0000-4000-8000-000000000000' };

/** A small deterministic value for a schema: its example, const, enum or default first, else one of its type. */
function synthesize(doc, node, depth = 0, refs = []) {
	if (node && typeof node.$ref === 'string') {
		// A schema that contains itself (an issue's subtasks are issues) stops at its second appearance.
		if (refs.includes(node.$ref) || depth > MAX_DEPTH) return undefined;
		return synthesize(doc, lookup(doc, node.$ref), depth, [...refs, node.$ref]);
	}
	if (!node || typeof node !== 'object') return undefined;
	const own = ownExample(doc, node);
	if (own) return own.value;
	if (node.const !== undefined) return node.const;
	if (Array.isArray(node.enum) && node.enum.length) return node.enum[0];
	if (node.default !== undefined) return node.default;
	if (Array.isArray(node.allOf)) {
		const parts = node.allOf.map((part) => synthesize(doc, part, depth + 1, refs));
		return parts.every((part) => part && typeof part === 'object' && !Array.isArray(part)) ? Object.assign({}, ...parts) : parts.find((part) => part !== undefined);
	}
	const choice = node.oneOf || node.anyOf;
	if (Array.isArray(choice) && choice.length) return synthesize(doc, choice[0], depth + 1, refs);
	if (node.type === 'array' || node.items) {
		const item = synthesize(doc, node.items, depth + 1, refs);
		return item === undefined ? [] : [item];
	}
	if (node.type === 'object' || node.properties || node.additionalProperties) {
		const out = {};
		for (const [name, property] of Object.entries(node.properties || {})) {
			const value = synthesize(doc, property, depth + 1, refs);
			if (value !== undefined) out[name] = value;
		}
		if (!node.properties && node.additionalProperties && typeof node.additionalProperties === 'object') {
			const value = synthesize(doc, node.additionalProperties, depth + 1, refs);
			if (value !== undefined) out.key = value;
		}
		return out;
	}
	if (node.type === 'string') return STRINGS[node.format] ?? 'string';
	if (node.type === 'integer' || node.type === 'number') return 1;
	if (node.type === 'boolean') return true;
	return undefined;
}

/** The example of one response: documented, synthesized, or none when the status has no body. */
function responseExample(doc, response) {
	const content = resolve(doc, response)?.content;
	if (!content || !Object.keys(content).length) return { source: 'no body' };
	const mediaType = JSON_TYPES.find((type) => content[type]) || Object.keys(content).find((type) => /json/.test(type)) || Object.keys(content)[0];
	const media = content[mediaType];
	const schema = resolve(doc, media.schema);
	const documented = ownExample(doc, { ...media, type: schema && schema.type }) || ownExample(doc, schema);
	if (documented) return { source: 'documented', mediaType, body: documented.value };
	const body = synthesize(doc, media.schema);
	return body === undefined ? { source: 'no body', mediaType } : { source: 'synthesized', mediaType, body };
}

/** operation key -> status -> example, for the 2xx statuses of the operations in `keys`, sorted. */
export function examplesOf(doc, basePath, keys) {
	const operations = {};
	for (const [template, item] of Object.entries(doc.paths)) {
		for (const [method, operation] of Object.entries(item)) {
			const key = `${method.toUpperCase()} ${basePath}${template}`;
			if (!keys.has(key)) continue;
			const statuses = Object.keys(operation.responses || {}).filter((status) => /^2/.test(status)).sort();
			operations[key] = Object.fromEntries(statuses.map((status) => [status, responseExample(doc, operation.responses[status])]));
		}
	}
	return Object.fromEntries(Object.keys(operations).sort().map((key) => [key, operations[key]]));
}
