import { catalogue } from '../helpers/catalogue';
import { assetsOperations, formsOperations, jsmOperations, opsOperations, platformOperations } from '../helpers/specs';

/** Admin webhooks are documented only in prose by Atlassian, so no OpenAPI file (nor the contract) holds them. */
const PROSE_ONLY = ['GET /rest/webhooks/1.0/webhook', 'POST /rest/webhooks/1.0/webhook', 'DELETE /rest/webhooks/1.0/webhook/{id}'];

describe('operation catalogue', () => {
	const known = new Set([...jsmOperations, ...platformOperations, ...assetsOperations, ...opsOperations, ...formsOperations, ...PROSE_ONLY]);

	it('the committed contract holds every API operation the node declares', () => {
		const missing = [...new Set(catalogue.flatMap((entry) => entry.module.api))].filter((api) => !known.has(api)).sort();
		// Printed so whoever adds an operation sees what to add to the sandbox and regenerate (CONTRIBUTING.md).
		if (missing.length) process.stdout.write(`Not in contract/ (run npm run contract): ${missing.join(', ')}\n`);
		expect(missing).toEqual([]);
	});

	it.each(catalogue.map((entry) => [`${entry.resource}.${entry.operation}`, entry]))(
		'%s names only API operations that exist in the OpenAPI files',
		(name, entry) => {
			// Only the custom API call names no endpoint: it reaches whichever path the user gives.
			expect(entry.module.api.length > 0 || name === 'site.customApiCall').toBe(true);
			for (const api of entry.module.api) expect(known.has(api) ? api : `unknown: ${api}`).toBe(api);
		},
	);

	it('every operation declares a kind and has a description in the node', () => {
		for (const { module } of catalogue) {
			expect(['Query', 'Create', 'Update', 'Delete', 'Execute']).toContain(module.kind);
			expect(Array.isArray(module.description)).toBe(true);
		}
	});

	it('reports how much of the JSM API the node covers', () => {
		const covered = new Set(catalogue.flatMap(({ module }) => module.api).filter((api) => jsmOperations.includes(api)));
		process.stdout.write(`JSM API operations reachable from the node: ${covered.size}/${jsmOperations.length}\n`);
		expect(jsmOperations).toHaveLength(72);
	});

	it('reaches every JSM Operations operation the contract holds', () => {
		const declared = new Set(catalogue.flatMap(({ module }) => module.api));
		expect(opsOperations.filter((api) => !declared.has(api))).toEqual([]);
	});

	it('reaches every Forms operation of its documented-API model', () => {
		const declared = new Set(catalogue.flatMap(({ module }) => module.api));
		expect(formsOperations).toHaveLength(10);
		expect(formsOperations.filter((api) => !declared.has(api))).toEqual([]);
	});
});
