import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The example workflows `npm start` imports. n8n 1.x keeps a workflow's static data (the triggers' state: the
// poll trigger's watermark, the webhook trigger's registration) only for ids of at most 16 characters
// (`isWorkflowIdValid` in n8n 1.123's dist/utils.js; 2.x allows 21), so a longer id would make the example's
// trigger start over on every run there.
const dir = path.resolve(__dirname, '../../examples');
const examples = readdirSync(dir)
	.filter((name) => name.endsWith('.json'))
	.map((name) => ({ name, workflow: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { id: unknown; name: unknown } }));

describe('example workflows', () => {
	it.each(examples.map(({ name, workflow }) => [name, workflow] as const))('%s has an id n8n 1.x keeps static data for', (_file, workflow) => {
		expect(typeof workflow.id).toBe('string');
		expect(String(workflow.id).length).toBeGreaterThan(0);
		expect(String(workflow.id).length).toBeLessThanOrEqual(16);
	});

	it('ids and names are unique', () => {
		expect(new Set(examples.map(({ workflow }) => workflow.id)).size).toBe(examples.length);
		expect(new Set(examples.map(({ workflow }) => workflow.name)).size).toBe(examples.length);
	});
});
