'use strict';
// Turns OpenAPI 3.0 schema objects into JSON Schema that ajv understands: `nullable` becomes a
// null type, component $refs point at a registered document, and documentation-only keywords go.
// `mode` is 'request' or 'response': readOnly properties are not required in requests and
// writeOnly ones are not required in responses (OpenAPI 3.0 semantics).

const DROP = new Set(['example', 'examples', 'xml', 'externalDocs', 'discriminator', 'deprecated', 'description', 'title']);
const COMPONENT_PREFIX = '#/components/schemas/';

function convertSchema(schema, docId, mode) {
	if (Array.isArray(schema)) return schema.map((item) => convertSchema(item, docId, mode));
	if (!schema || typeof schema !== 'object') return schema;
	if (typeof schema.$ref === 'string') {
		return { $ref: schema.$ref.startsWith(COMPONENT_PREFIX) ? docId + schema.$ref : schema.$ref };
	}
	const out = {};
	for (const [key, value] of Object.entries(schema)) {
		if (DROP.has(key) || key.startsWith('x-') || key === 'nullable') continue;
		if (key === 'properties') {
			out.properties = {};
			for (const [name, sub] of Object.entries(value)) out.properties[name] = convertSchema(sub, docId, mode);
		} else if (key === 'default' || key === 'enum' || key === 'required' || key === 'const') {
			out[key] = value;
		} else {
			out[key] = convertSchema(value, docId, mode);
		}
	}
	// Real responses carry fields the description omits; response checks keep types, not closure.
	if (mode === 'response' && out.additionalProperties === false) delete out.additionalProperties;
	if (Array.isArray(out.required) && schema.properties) {
		const skip = mode === 'request' ? 'readOnly' : 'writeOnly';
		out.required = out.required.filter((name) => !(schema.properties[name] && schema.properties[name][skip]));
		if (!out.required.length) delete out.required;
	}
	if (schema.nullable === true) return makeNullable(out);
	return out;
}

function makeNullable(schema) {
	if (typeof schema.type === 'string') {
		const out = { ...schema, type: [schema.type, 'null'] };
		if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
		return out;
	}
	return { anyOf: [schema, { type: 'null' }] };
}

/** A document holding every component schema, registered once in ajv under `docId`. */
function convertComponents(doc, docId, mode) {
	const schemas = {};
	for (const [name, schema] of Object.entries((doc.components && doc.components.schemas) || {})) {
		schemas[name] = convertSchema(schema, docId, mode);
	}
	return { $id: docId, components: { schemas } };
}

module.exports = { convertSchema, convertComponents };
