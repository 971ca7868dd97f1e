// Answers of an unexpected shape become a clear item error naming the operation, never a JavaScript TypeError.
// Every operation of the node runs with valid parameters while the sandbox rewrites the answers of its declared
// API operations into shapes their OpenAPI response schemas do not give: a list where an object is documented
// and an object where a list is (as in Atlassian's own example for GET /rest/api/3/user/groups, a single group
// object), null, and a JSON text (what a proxy or an upgrade page in front of Jira may send).
import { answerSweep, labelOf, sentEveryRun, sweptOperations } from '../helpers/operation-runs';
import { runNode } from '../helpers/run-node';
import { adminCredentials } from '../helpers/sandbox';
import type { CatalogueEntry } from '../helpers/catalogue';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpecs } = require('../sandbox/specs');

const MODES = ['swap', 'null', 'string'] as const;

const sweep = answerSweep();

/** The declared API operations whose 2xx answer is typed (object, array or string) in the OpenAPI files. */
function reshapeable(entry: CatalogueEntry): string[] {
	const { operations, documents } = loadSpecs() as {
		operations: Array<{ api: string; key: string; operation: { responses?: Record<string, any> } }>;
		documents?: Record<string, any>;
	};
	const typed = (api: string, schema: any): boolean => {
		for (let hops = 0; schema?.$ref && hops < 5; hops++) {
			schema = documents?.[api]?.components?.schemas?.[String(schema.$ref).split('/').pop() ?? ''] ?? { type: 'object' };
		}
		return ['array', 'object', 'string'].includes(schema?.type) || Boolean(schema?.properties || schema?.additionalProperties);
	};
	return sentEveryRun(entry).filter((key) => {
		const operation = operations.find((candidate) => candidate.key === key);
		return Object.entries(operation?.operation.responses ?? {}).some(
			([status, response]) => status.startsWith('2') && typed(operation!.api, response?.content?.['application/json']?.schema),
		);
	});
}

const untouched: string[] = [];

describe.each(sweptOperations.map((entry) => [`${entry.resource}.${entry.operation}`, entry] as const))('%s', (_name, entry) => {
	const keys = reshapeable(entry);
	const label = labelOf(entry);

	test('valid answers: the item succeeds (the control)', async () => {
		const result = await sweep.run(entry);
		expect(result.items.map((item) => item.json.error).filter(Boolean)).toEqual([]);
		if (!keys.length) untouched.push(`${entry.resource}.${entry.operation}`);
	});

	test.each(MODES)('answers rewritten (%s): one error item naming the operation', async (to) => {
		if (!keys.length) return;
		const result = await sweep.run(entry, { to, operations: keys });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		const error = String(result.items[0].json.error);
		expect(error.startsWith(`${label}: Jira answered `)).toBe(true);
		expect(error).not.toMatch(/is not a function|Cannot read|undefined|TypeError/);
	});
});

test('User → Get Groups, answered with the single group object of Atlassian’s own example', async () => {
	sweep.sandbox().configure({ faults: { wrongShape: { to: 'swap', operations: ['GET /rest/api/3/user/groups'] } } });
	const result = await runNode({
		parameters: { resource: 'user', operation: 'getGroups', user: { __rl: true, mode: 'id', value: '5b10a2844c20165700ede21g' } },
		credentials: adminCredentials(sweep.sandbox()),
		continueOnFail: true,
	});
	expect(result.items).toHaveLength(1);
	expect(result.items[0].json.error).toBe('User → Get Groups: Jira answered GET /rest/api/3/user/groups with an object where a list was expected');
	process.stdout.write(`\nOperations whose answers have no JSON schema to contradict (204 or untyped): ${untouched.join(', ')}\n`);
});
