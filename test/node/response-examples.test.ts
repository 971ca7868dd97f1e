// Every operation of the node, answered with the bodies Atlassian's OpenAPI files give as examples of its API
// operations (contract/examples, written by `npm run contract`; synthesized from the response schema where a file
// gives none): each item either succeeds or fails with an error that names the operation, never a JavaScript
// TypeError. Examples are other sites' data (ids, keys, links that are not this sandbox's), so an operation that
// reads on with them may well fail, but it must say so in words (issue 14, finding 12).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { answerSweep, labelOf, sentEveryRun, sweptOperations } from '../helpers/operation-runs';

interface Example {
	source: 'documented' | 'synthesized' | 'no body';
	mediaType?: string;
	body?: unknown;
}

const dir = path.resolve(__dirname, '../../contract/examples');
const examples: Record<string, Record<string, Example>> = Object.assign(
	{},
	...readdirSync(dir).map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')).operations),
);
const JAVASCRIPT_FAULT = /TypeError|RangeError|is not a function|is not iterable|Cannot read properties|Cannot convert|Cannot destructure|undefined|\[object Object\]/;
// The transport's words for Jira's 4xx/5xx answers (nodes/shared/transport/errors.ts) and the node's bad-input errors.
const OTHER_CLEAR_ERROR = /^(Item \d+: |Jira refused the request|Not found, or not visible|The account lacks the permission|Conflict with the current state)/;

/** The declared API operations' JSON example bodies by status (operations documented without a body keep their answer). */
function answersFor(keys: string[]): Record<string, Record<string, unknown>> {
	const answers: Record<string, Record<string, unknown>> = {};
	for (const key of keys) {
		const bodies = Object.entries(examples[key] ?? {}).filter(([, example]) => example.source !== 'no body' && /json|\*\/\*/.test(example.mediaType ?? ''));
		if (bodies.length) answers[key] = Object.fromEntries(bodies.map(([status, example]) => [status, example.body]));
	}
	return answers;
}

const sweep = answerSweep();

const outcomes: string[] = [];

test.each(sweptOperations.map((entry) => [`${entry.resource}.${entry.operation}`, entry] as const))(
	'%s answered with its OpenAPI examples: each item succeeds or names the operation',
	async (name, entry) => {
		// An example's workspace would stay for every later test. Workspace → Query reads it itself, and is answered with it.
		const answers = answersFor(sentEveryRun(entry));
		const result = await sweep.run(entry, { to: 'example', operations: Object.keys(answers), answers });
		expect(result.error).toBeUndefined();
		expect(result.items.length).toBeGreaterThan(0);
		const errors = result.items.map((item) => item.json.error).filter((error) => error !== undefined).map(String);
		for (const error of errors) {
			expect(error).not.toMatch(JAVASCRIPT_FAULT);
			if (error.startsWith(`${labelOf(entry)}: `)) continue;
			// Not about the answer's shape: Jira refusing the example's ids on a later request, or a value the item
			// sets that the example's data does not allow (named by item and field).
			expect(error).not.toMatch(/Jira answered/);
			expect(error).toMatch(OTHER_CLEAR_ERROR);
		}
		outcomes.push(`${name}: ${Object.keys(answers).length} answered, ${errors.length ? `error: ${errors[0]}` : 'succeeded'}`);
	},
);

afterAll(() => process.stdout.write(`\nOperations answered with examples:\n  ${outcomes.join('\n  ')}\n`));

// JSM's file declares PropertyKeys as `keys` but its example answers `entityPropertyKeyBeans`: both are read.
test.each([
	['organization', 'organization.attributes'],
	['requestType', 'requestType.attributes'],
])('%s → Get Property Keys reads the documented example’s entityPropertyKeyBeans', async (resource, key) => {
	const entry = sweptOperations.find((candidate) => candidate.resource === resource && candidate.operation === 'getPropertyKeys')!;
	const answers = answersFor(entry.module.api);
	const result = await sweep.run(entry, { to: 'example', operations: Object.keys(answers), answers });
	expect(result.items.map((item) => item.json.key)).toEqual([key]);
});
