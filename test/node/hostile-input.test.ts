// Bad input refused: fast-check feeds random and hostile values into every parameter of every operation
// (read from the operation's own `description`), through n8n expressions so each item gets its own values.
// Every failure must be an n8n error (NodeApiError / NodeOperationError) for the right item, never a raw
// exception; every request must go to one of the operation's declared `api` paths; continue-on-fail keeps
// every item; values that structured filters put into JQL stay one string literal.
import fc from 'fast-check';
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';

import { resources } from '../../nodes/JiraServiceManagement/actions/resources';
import type { OperationModule } from '../../nodes/JiraServiceManagement/helpers/operation';
import { searchIssues } from '../../nodes/JiraServiceManagement/methods/listSearch';
import { registrationJql } from '../../nodes/shared/trigger/filters';
import { catalogue, type CatalogueEntry } from '../helpers/catalogue';
import { loadOptionsContext } from '../helpers/load-options';
import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';
import { locator, seededControls } from '../helpers/seeded-controls';
import { expectNoSecrets } from '../helpers/secrets';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse: parseJql } = require('../sandbox/jql/parse');

const RUNS_PER_OPERATION = Number(process.env.HOSTILE_RUNS ?? 12);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261107);

/** Path and JQL injection, encodings, control characters, expressions as data, numbers as text. */
const ATTACKS = [
	'', ' ', '.', '..', '../', '../../rest/api/3/myself', '..%2F..%2Frest', '%2e%2e', '%2E%2E/x', '%2F', 'a%2Fb', '%00', '%',
	'?', '?limit=1', '#', '#frag', '/', '//evil.invalid/x', '\\', '\\..\\..', 'ITS-1/../..', 'ITS-1?x=1', 'ITS-1#x',
	'ITS-1%2F..%2F..', '1/2', '1?expand=all', '1#', '1 OR 1=1', '" OR 1=1 OR "', '\\" OR project is not empty OR \\"',
	"' OR '1'='1", ') OR (project is not empty', 'project = ITS OR key is not empty', 'ORDER BY key', '\u0000', '\n',
	'\r\nX-Injected: 1', '\t', '\u202e', '\ufeff', '{{ $json }}', '={{ 1 + 1 }}', '<script>alert(1)</script>',
	'http://evil.invalid/', 'https://127.0.0.1:1/rest/api/3/myself', 'javascript:alert(1)', 'file:///etc/passwd',
	'NaN', '-1', '0', '1.5', '1e309', '9'.repeat(400), 'ITS-0', 'its-1', ' ITS-1 ', 'ＩＴＳ-１', 'ITS‐1', '😀',
	'__proto__', 'constructor', 'null', 'undefined', 'true', '[]', '{}',
];
const MALFORMED_JSON = [
	'{', '{"a":', '[1,2', 'undefined', 'NaN', '{"a":1}}', '"unterminated', "{'a':1}", '{a:1}', '', ' ', '[]', '"text"',
	'123', 'null', 'true', '{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"polluted": true}}}',
	`${'['.repeat(5000)}${']'.repeat(5000)}`, '{"a": 1e999}',
];

const attack = fc.constantFrom(...ATTACKS);
const hostileString = fc.oneof(
	{ weight: 5, arbitrary: attack },
	{ weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.constantFrom('x'.repeat(70_000), '€'.repeat(20_000)) },
	{ weight: 2, arbitrary: fc.tuple(fc.constantFrom('ITS-1', '1', 'tier', '10001'), attack).map(([valid, bad]) => `${valid}${bad}`) },
);
const wrongType = fc.oneof(
	fc.integer({ min: -1e6, max: 1e12 }),
	fc.constantFrom(NaN, Infinity, -Infinity, 1.5, -0, 2 ** 53 + 2),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
	fc.dictionary(fc.constantFrom('a', 'value', 'mode', '__rl', 'id'), fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), {
		maxKeys: 3,
		noNullPrototype: true,
	}),
);
const hostileNumber = fc.oneof(fc.constantFrom(-1, 0, 0.5, 1.5, 1e21, 2 ** 53 + 2, NaN, Infinity), hostileString, wrongType);

const optionValues = (property: INodeProperties) =>
	((property.options ?? []) as INodePropertyOptions[]).map((option) => option.value as string);

function hostileFor(property: INodeProperties, control: (property: INodeProperties) => unknown): fc.Arbitrary<unknown> {
	switch (property.type) {
		case 'number':
			return hostileNumber;
		case 'boolean':
			return fc.oneof(fc.boolean(), hostileString, wrongType);
		case 'options':
			// Options loaded from Jira (transitions) have no static list.
			return optionValues(property).length
				? fc.oneof(fc.constantFrom(...optionValues(property)), hostileString, wrongType)
				: fc.oneof(hostileString, wrongType);
		case 'multiOptions':
			return fc.oneof(
				fc.subarray(optionValues(property)),
				fc.array(fc.oneof(hostileString, fc.constantFrom(...optionValues(property))), { maxLength: 3 }),
				hostileString,
				wrongType,
			);
		case 'json':
			return fc.oneof(fc.constantFrom(...MALFORMED_JSON), fc.json({ maxDepth: 3 }), hostileString, wrongType);
		case 'collection': {
			// The editor only lets users fill a collection's fields (one by one, expressions included), never the whole.
			const options = (property.options ?? []) as INodeProperties[];
			const entry = (option: INodeProperties) => fc.oneof(fc.constant(control(option)), hostileFor(option, control));
			return fc.record(Object.fromEntries(options.map((option) => [option.name, entry(option)])), {
				requiredKeys: [],
				noNullPrototype: true,
			});
		}
		case 'resourceLocator': {
			const modes = (property.modes ?? []).map((mode) => mode.name);
			const locator = fc.record(
				{ __rl: fc.constant(true), mode: fc.constantFrom(...modes, 'bogus'), value: fc.oneof(hostileString, wrongType) },
				{ noNullPrototype: true },
			);
			return fc.oneof({ weight: 3, arbitrary: locator }, { weight: 1, arbitrary: fc.oneof(hostileString, wrongType) });
		}
		case 'resourceMapper': {
			const fields = fc.dictionary(
				fc.constantFrom('summary', 'description', 'customfield_10101', 'duedate', 'priority', 'labels', '', '__proto__'),
				fc.oneof(hostileString, wrongType),
				{ maxKeys: 4, noNullPrototype: true },
			);
			return fc.record({ mappingMode: fc.constant('defineBelow'), value: fields }, { noNullPrototype: true });
		}
		default:
			// string, dateTime and anything added later
			return fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
	}
}

/** Every distinct parameter of an operation (first occurrence of a name wins: the others are display variants). */
function parametersOf(module: OperationModule): INodeProperties[] {
	const seen = new Set<string>();
	return module.description.filter((property) => !seen.has(property.name) && seen.add(property.name));
}

/** `METHOD /path/{param}` → a matcher for request paths: a parameter is one non-empty segment, never `.` or `..`. */
function pathMatcher(api: string): { method: string; test(path: string): boolean } {
	const [method, template] = api.split(' ');
	const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`^${escaped.replace(/\{[^}]+\}/g, '(?!\\.\\.?(?:/|$))[^/]+')}$`);
	return { method, test: (path) => pattern.test(path) };
}

let sb: Sandbox;
let controls: Record<string, unknown>;
const stats = { runs: 0, items: 0, requests: 0, failures: 0, refusedBeforeRequest: 0, violations: 0 };
const violationsByOperation = new Map<string, Set<string>>();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/** What each item's execute threw, before the router saw it. */
let thrown: Array<{ itemIndex: number; error: unknown }> = [];
const originals = new Map<CatalogueEntry, OperationModule>();

beforeAll(async () => {
	sb = await startSandbox({ requestCount: 60 });
	// Valid values, so that random runs also get past the first parameter and reach the later ones.
	controls = {
		...seededControls(sb, 'Hostile input test'),
		'site.customApiCall.body': '',
		alert: locator('id', [...sb.state.ops.alerts.keys()][0]),
	};
	for (const entry of catalogue) {
		originals.set(entry, entry.module);
		const operations = (resources as Record<string, { operations: Record<string, OperationModule> }>)[entry.resource].operations;
		operations[entry.operation] = {
			...entry.module,
			async execute(this: IExecuteFunctions, itemIndex: number) {
				try {
					return await entry.module.execute.call(this, itemIndex);
				} catch (error) {
					thrown.push({ itemIndex, error });
					throw error;
				}
			},
		};
	}
	process.on('unhandledRejection', onUnhandled);
});

afterAll(async () => {
	process.off('unhandledRejection', onUnhandled);
	for (const [entry, module] of originals) {
		(resources as Record<string, { operations: Record<string, OperationModule> }>)[entry.resource].operations[entry.operation] = module;
	}
	const invalidRequests = [...violationsByOperation].map(([operation, messages]) => `${operation}: ${[...messages].join(' | ')}`);
	process.stdout.write(
		`\nHostile input: ${stats.items} item inputs in ${stats.runs} runs over ${catalogue.length} operations (seed ${SEED}); ` +
			`${stats.failures} refused or failed as item-indexed n8n errors (${stats.refusedBeforeRequest} before any request), ` +
			`${stats.requests} requests all on their operation's declared paths; 0 raw exceptions, 0 lost items\n` +
			(invalidRequests.length ? `Requests Jira's API description calls invalid (answered 400, item failed cleanly; only the custom API call may send these):\n  ${invalidRequests.join('\n  ')}\n` : ''),
	);
	await sb?.close();
});

/** The control value for a parameter: operation-specific first, then by name, else its default. */
function controlFor(entry: CatalogueEntry) {
	return (property: INodeProperties): unknown =>
		controls[`${entry.resource}.${entry.operation}.${property.name}`] ?? controls[property.name] ?? property.default;
}

/** An item's outcome, its index taken out of the message (the same item may sit elsewhere in another run). */
function outcomeOf(items: Array<{ json: IDataObject; pairedItem?: unknown }>, index: number): string {
	const own = items.filter((item) => (item.pairedItem as { item: number }).item === index);
	const failed = own.find((item) => item.json.error !== undefined);
	return failed ? `error: ${String(failed.json.error).replace(/^Item \d+: /, '')}` : `ok (${own.length > 0 ? 'items' : 'none'})`;
}

/** Path attacks and wrong types every parameter gets once, whatever the random runs pick. */
const SWEEP: unknown[] = ['..', '.', '../..', '%2e%2e', '%2F', 'a/b', '?x=1', '#x', '', ' ', '\n', 'x'.repeat(70_000), null, 42, -1, 1.5, true, {}, [], ['x'], { a: 1 }];
const LOCATOR_SWEEP = ['..', '../x', '%2e%2e', '%2F', 'ITS-1/../..', 'ITS-1?x=1', 'ITS-1#x', '', ' 1 ', 'x'.repeat(70_000)];

/** One item per (parameter, bad value): valid values everywhere else; one item with the parameter missing. */
function sweepItems(parameters: INodeProperties[], controlItem: IDataObject): IDataObject[] {
	const items: IDataObject[] = [];
	for (const property of parameters) {
		let values: unknown[] = [...SWEEP];
		// Collections and mappers are filled field by field in the editor: sweep their fields.
		if (property.type === 'collection') {
			values = ((property.options ?? []) as INodeProperties[]).flatMap((option) => SWEEP.map((value) => ({ [option.name]: value })));
		}
		if (property.type === 'resourceMapper') values = SWEEP.map((value) => ({ mappingMode: 'defineBelow', value: { summary: value } }));
		if (property.type === 'resourceLocator') {
			for (const mode of [...(property.modes ?? []).map((m) => m.name), 'bogus']) {
				for (const value of LOCATOR_SWEEP) values.push({ __rl: true, mode, value });
			}
		}
		for (const value of values) items.push({ ...controlItem, [property.name]: value as IDataObject });
		const { [property.name]: _missing, ...without } = controlItem;
		items.push(without);
	}
	return items;
}

interface Operation {
	label: string;
	entry: CatalogueEntry;
	nodeParameters: IDataObject;
	matchers: Array<{ method: string; test(path: string): boolean }>;
	isCustomCall: boolean;
}

/**
 * Runs the items and checks what the node did: raw exceptions, requests off the declared paths, lost
 * items, secrets. `control`: the index of the valid read item and its outcome when run alone.
 */
async function check(operation: Operation, input: IDataObject[], continueOnFail: boolean, control?: { at: number; alone: string }) {
	const { label, nodeParameters, matchers, isCustomCall } = operation;
	thrown = [];
	const mark = sb.requests.length;
	const violationMark = sb.violations.length;
	const result = await runNode({ parameters: nodeParameters, credentials: adminCredentials(sb), input, continueOnFail });
	stats.runs++;
	stats.items += input.length;

	// Every failure an item's execute raised is an n8n error about that item.
	for (const { itemIndex, error } of thrown) {
		const isN8nError = error instanceof NodeApiError || error instanceof NodeOperationError;
		if (!isN8nError) {
			const where = String((error as Error)?.stack ?? '').split('\n').find((line) => line.includes('/nodes/'));
			throw new Error(`${label}: item ${itemIndex} raised a raw ${(error as Error)?.constructor?.name}: ${(error as Error)?.message} ${where ?? ''}`);
		}
		const own = (error as NodeOperationError).context?.itemIndex;
		if (own !== undefined && own !== itemIndex) throw new Error(`${label}: item ${itemIndex} raised an error for item ${String(own)}`);
		expect((error as Error).message).toBeTruthy();
	}
	stats.failures += thrown.length;

	// Only the operation's own paths (the custom call: only under /rest/ of the site, never `..`).
	const requests = sb.requests.slice(mark);
	stats.requests += requests.length;
	for (const request of requests) {
		const allowed = isCustomCall
			? request.path.startsWith('/rest/') && !decodeURIComponent(request.path).includes('..')
			: matchers.some((matcher) => matcher.method === request.method && matcher.test(request.path)) ||
				// JSM Operations paths carry the Cloud ID, which the transport looks up once from tenant_info.
				(operation.entry.module.api.some((api) => api.includes(' /jsm/ops/')) && request.method === 'GET' && request.path === '/_edge/tenant_info');
		if (!allowed) throw new Error(`${label} sent ${request.method} ${request.path}, outside its declared paths`);
	}
	if (requests.length === 0) stats.refusedBeforeRequest += thrown.length;
	for (const violation of sb.violations.slice(violationMark) as Array<{ method: string; template: string; messages: string[] }>) {
		const messages = violationsByOperation.get(label) ?? new Set<string>();
		messages.add(`${violation.method} ${violation.template}: ${violation.messages.join('; ').slice(0, 160)}`);
		violationsByOperation.set(label, messages);
		stats.violations++;
	}

	if (continueOnFail) {
		// Every input item is accounted for, in order; a failed item gives exactly one error item.
		expect(result.error).toBeUndefined();
		const paired = result.items.map((output) => (output.pairedItem as { item: number }).item);
		expect([...paired].sort((a, b) => a - b)).toEqual(paired);
		for (let index = 0; index < input.length; index++) {
			const own = result.items.filter((output) => (output.pairedItem as { item: number }).item === index);
			if (own.some((output) => output.json.error !== undefined)) expect(own).toHaveLength(1);
			else expect(thrown.some((failure) => failure.itemIndex === index)).toBe(false);
		}
		if (control) expect(outcomeOf(result.items, control.at)).toBe(control.alone);
	} else if (result.error) {
		const index = result.error.context?.itemIndex;
		expect(typeof index).toBe('number');
		expect(thrown.some((failure) => failure.itemIndex === index)).toBe(true);
	}
	expectNoSecrets({ items: result.items, thrown: thrown.map(({ error }) => error) });
	expect(({} as IDataObject).polluted).toBeUndefined();
	return result;
}

describe.each(catalogue.map((entry) => [`${entry.resource}.${entry.operation}`, entry] as const))('%s', (label, entry) => {
	const parameters = parametersOf(entry.module);
	const operation: Operation = {
		label,
		entry,
		matchers: entry.module.api.map(pathMatcher),
		isCustomCall: entry.module.api.length === 0,
		nodeParameters: {
			resource: entry.resource,
			operation: entry.operation,
			authentication: 'apiToken',
			performance: '={{ $json.performance }}',
			...Object.fromEntries(parameters.map((property) => [property.name, `={{ $json[${JSON.stringify(property.name)}] }}`])),
		},
	};
	const controlItem = () => Object.fromEntries(parameters.map((property) => [property.name, controlFor(entry)(property)])) as IDataObject;

	test('every parameter: path attacks and wrong types, item by item', async () => {
		sb.reset();
		await check(operation, sweepItems(parameters, controlItem()), true);
	});

	test('random and hostile values (fast-check): refused item by item, on its declared paths only', async () => {
		sb.reset();
		const control = controlFor(entry);
		// A read with valid values: its outcome must be the same alone and among hostile items.
		const isRead = entry.module.kind === 'Query';
		const alone = isRead ? outcomeOf((await check(operation, [controlItem()], true)).items, 0) : undefined;
		const item = fc.record(
			{
				...Object.fromEntries(
					parameters.map((property) => [
						property.name,
						fc.oneof({ weight: 2, arbitrary: fc.constant(control(property)) }, { weight: 3, arbitrary: hostileFor(property, control) }),
					]),
				),
				performance: fc.oneof(fc.constant({}), fc.record({ concurrency: hostileNumber }), wrongType),
			},
			{ requiredKeys: [], noNullPrototype: true },
		);
		await fc.assert(
			fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 3 }), fc.nat(3), fc.boolean(), async (hostile, at, continueOnFail) => {
				const input = [...hostile] as IDataObject[];
				if (!isRead) return void (await check(operation, input, continueOnFail));
				const controlAt = Math.min(at, input.length);
				input.splice(controlAt, 0, controlItem());
				await check(operation, input, continueOnFail, continueOnFail ? { at: controlAt, alone: alone! } : undefined);
			}),
			{ numRuns: RUNS_PER_OPERATION, seed: SEED, endOnFailure: true },
		);
		expect(unhandled).toEqual([]);
	});
});

describe('values that structured filters put into JQL stay one string literal', () => {
	const anyText = fc.oneof(attack, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 10 }));

	test('trigger service desk filter: project keys', () => {
		fc.assert(
			fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (keys) => {
				const jql = registrationJql({ projectKeys: keys, requestTypeIds: [], jql: '', commentVisibility: 'all' });
				const { where } = parseJql(jql);
				expect(where).toMatchObject({ type: 'clause', field: 'project', operator: 'in' });
				expect(where.operand.values.map((value: { kind: string; value: string }) => value.value)).toEqual(keys);
				expect(where.operand.values.every((value: { kind: string }) => value.kind === 'value')).toBe(true);
			}),
			{ numRuns: 300, seed: SEED },
		);
	});

	test('issue search of the resource locators: the typed text', async () => {
		sb.reset();
		const context = loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi);
		const searched: string[] = [];
		const stop = (sb as Sandbox & { onRequest(hook: (request: { path: string; body: string }) => Promise<void>): () => void }).onRequest(
			async ({ path, body }) => {
				if (path === '/rest/api/3/search/jql') searched.push(JSON.parse(body).jql);
			},
		);
		let tried = 0;
		try {
			await fc.assert(
				fc.asyncProperty(anyText.filter((text) => text.trim().length > 0), async (text) => {
					searched.length = 0;
					await searchIssues.call(context, text);
					tried++;
					expect(searched).toHaveLength(1);
					const { where } = parseJql(searched[0]);
					expect(where.type).toBe('clause');
					expect(where.operand.kind).toBe('value');
					expect(where.operand.value).toBe(where.field === 'key' ? text.trim().toUpperCase() : text.trim());
				}),
				{ numRuns: 150, seed: SEED },
			);
		} finally {
			stop();
		}
		expect(sb.violations).toEqual([]);
		process.stdout.write(`JQL quoting: 300 trigger filter sets and ${tried} issue searches parsed back to the exact values\n`);
	});
});

// Runs after every operation's sweep above (jest keeps the file's order).
test('no operation sends a request Jira’s API description calls invalid: bad values are refused first', () => {
	// The custom API call sends the user's own query and body unchanged, by design.
	const operations = [...violationsByOperation.keys()].filter((operation) => operation !== 'site.customApiCall');
	expect(operations).toEqual([]);
});
