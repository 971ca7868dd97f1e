// The transport refuses answers whose top-level shape is not the one Atlassian documents. Its table of shapes
// must be exactly what the OpenAPI files' 2xx application/json schemas say, for every API operation the action
// node declares, and the path matcher must find each template from a filled-in path.
import { expectedShape, RESPONSE_SHAPES } from '../../nodes/shared/transport';
import { catalogue } from '../helpers/catalogue';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpecs } = require('../sandbox/specs');

interface SpecOperation {
	api: string;
	key: string;
	operation: { responses?: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }> };
}

function documentedShape(key: string): string | undefined {
	const { operations, documents } = loadSpecs() as { operations: SpecOperation[]; documents?: Record<string, any> };
	const operation = operations.find((candidate) => candidate.key === key);
	if (!operation) return undefined;
	let shape: string | undefined;
	for (const [status, response] of Object.entries(operation.operation.responses ?? {})) {
		if (!status.startsWith('2')) continue;
		let schema = response.content?.['application/json']?.schema as Record<string, any> | undefined;
		for (let hops = 0; schema?.$ref && hops < 5; hops++) {
			// A named schema of the components is an object unless it says otherwise.
			schema = documents?.[operation.api]?.components?.schemas?.[String(schema.$ref).split('/').pop()!] ?? { type: 'object' };
		}
		const type = schema?.type ?? (schema?.properties || schema?.additionalProperties ? 'object' : undefined);
		if (type === 'array') shape = 'list';
		else if (type === 'object') shape = 'object';
		else if (type === 'string') shape = 'text';
	}
	return shape;
}

const declared = [...new Set(catalogue.flatMap((entry) => entry.module.api))].sort();
const filled = (template: string) => template.replace(/\{[^}]+\}/g, (_, index: number) => `X${index}`);

test('every declared API operation has the shape the OpenAPI files give it, and no other', () => {
	const table = Object.fromEntries(declared.map((key) => [key, RESPONSE_SHAPES[key]]).filter(([, shape]) => shape));
	const documented = Object.fromEntries(declared.map((key) => [key, documentedShape(key)]).filter(([, shape]) => shape));
	expect(table).toEqual(documented);
	expect(Object.keys(documented).length).toBeGreaterThan(60);
});

test('entries beyond the declared operations (trigger, poll trigger, editor lists) match the OpenAPI files too', () => {
	for (const key of Object.keys(RESPONSE_SHAPES)) expect([key, documentedShape(key)]).toEqual([key, RESPONSE_SHAPES[key]]);
});

test('a filled-in path finds its own template, literal segments before parameters', () => {
	for (const [key, shape] of Object.entries(RESPONSE_SHAPES)) {
		const [method, template] = key.split(' ');
		expect([key, expectedShape(method, filled(template))]).toEqual([key, shape]);
	}
	expect(expectedShape('GET', '/rest/api/3/user/groups')).toBe('list');
	expect(expectedShape('GET', '/rest/servicedeskapi/knowledgebase/article/view/12')).toBe('text');
	expect(expectedShape('GET', '/rest/api/3/somewhere/else')).toBeUndefined();
});
