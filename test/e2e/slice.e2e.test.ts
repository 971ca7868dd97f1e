// The built package in a real n8n (each supported version: 2.41 and 1.123, on Node 24), installed as users
// install it, against the sandbox: one workflow covers the slice, one proves a wrong token is reported as
// such, and the examples run.
import type { IDataObject } from 'n8n-workflow';

import { errorOf, exampleWorkflows, executeWorkflow, itemsOf, N8N_VERSIONS, sandboxCredential, type Credential, type N8nInstance, type Workflow } from './n8n';
import { preparedInstance, removeAll } from './session';
import { byId, chainWorkflow, createPrinterRequest, first } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');

// The first run may install Node 24 and n8n (several minutes).
jest.setTimeout(10 * 60_000);

// Examples started by the trigger run in the trigger's end-to-end test.
const startedByHand = exampleWorkflows().filter((example) => example.nodes.some((node) => node.type === 'n8n-nodes-base.manualTrigger'));

describe.each(N8N_VERSIONS)('the package in a real n8n %s', (n8nVersion) => {
	let sb: any;
	let instance: N8nInstance;
	let admin: Credential;
	let requestTypeId: string;
	const token = `e2e${Date.now().toString(36)}`;
	const summary = `Printer on level 3 jams (${token})`;
	const description = 'It jams on every second page.\nTried a new toner.';
	const note = `Internal: vendor ticket opened (${token})`;

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 300 });
		requestTypeId = [...sb.state.requestTypes.values()].find(
			(rt: IDataObject) => rt.serviceDeskId === '1' && rt.name === 'Report a system problem',
		).id;
		admin = sandboxCredential(sb);
		const wrong: Credential = {
			...admin,
			id: 'JsmSandboxWrong1',
			name: 'JSM Sandbox (wrong token)',
			data: { ...admin.data, apiToken: 'not-the-token' },
		};
		const workflows = [
			sliceWorkflow(),
			chainWorkflow('JsmE2eBadCreds01', 'E2E wrong token', wrong, [
				{ name: 'Service desks', parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true } },
			]),
			...startedByHand,
		];
		instance = await preparedInstance([admin, wrong], workflows, { n8nVersion });
	});

	afterAll(async () => {
		await removeAll(undefined, sb, instance);
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
	});

	function sliceWorkflow(): Workflow {
		const key = first('Create request', 'key');
		// Every step after the first runs once, not once per service desk.
		return chainWorkflow('JsmE2eSlice00001', 'E2E slice', admin, [
			{ name: 'Service desks', parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true } },
			{
				name: 'Request type fields',
				executeOnce: true,
				parameters: { resource: 'requestType', operation: 'getFields', serviceDesk: byId('1'), requestType: byId(requestTypeId) },
			},
			createPrinterRequest(requestTypeId, summary, description),
			{
				name: 'Internal note',
				executeOnce: true,
				parameters: { resource: 'comment', operation: 'create', request: byId(key), body: note, visibility: 'internal' },
			},
			{
				name: 'Comments',
				executeOnce: true,
				parameters: { resource: 'comment', operation: 'query', request: byId(key), visibility: 'all', returnAll: true },
			},
			{ name: 'Get request', executeOnce: true, parameters: { resource: 'request', operation: 'get', request: byId(key) } },
			{
				name: 'Find request',
				executeOnce: true,
				parameters: {
					resource: 'request',
					operation: 'query',
					returnAll: true,
					filters: { serviceDeskId: 1, requestTypeId: Number(requestTypeId), searchTerm: token },
				},
			},
		]);
	}

	it('queries, creates a request with request type fields, adds an internal note and reads it all back', async () => {
		const { code, run, log } = await executeWorkflow(instance, 'JsmE2eSlice00001');
		if (code !== 0) throw new Error(`The slice workflow failed:\n${log}`);

		expect(itemsOf(run, 'Service desks')).toEqual(
			expect.arrayContaining([expect.objectContaining({ id: '1', projectKey: 'ITS', projectName: 'IT Support' })]),
		);

		const fields = itemsOf(run, 'Request type fields');
		expect(fields.map((field) => field.fieldId)).toEqual(expect.arrayContaining(['summary', 'description', 'customfield_10101']));
		expect(fields.find((field) => field.fieldId === 'customfield_10101')).toMatchObject({ required: true });

		const [created] = itemsOf(run, 'Create request');
		expect(created).toMatchObject({ summary, serviceDeskId: '1', requestTypeId });
		const key = String(created.key);
		expect(key).toMatch(/^ITS-\d+$/);

		const [comment] = itemsOf(run, 'Internal note');
		expect(comment).toMatchObject({ requestKey: key, public: false });

		const comments = itemsOf(run, 'Comments');
		expect(comments).toEqual(expect.arrayContaining([expect.objectContaining({ id: comment.id, public: false })]));

		expect(itemsOf(run, 'Get request')).toEqual([
			expect.objectContaining({ key, summary, description, requestType: 'Report a system problem' }),
		]);
		expect(itemsOf(run, 'Find request')).toEqual([expect.objectContaining({ key, summary })]);

		// The site itself, not only what the node says.
		const record = (await (await fetch(`${sb.url}/sandbox/requests/${key}`)).json()) as IDataObject;
		expect(record).toMatchObject({ summary, requestTypeId });
		expect(record.comments).toEqual([expect.objectContaining({ id: comment.id, body: note, public: false })]);
	});

	it('reports a wrong API token as invalid credentials', async () => {
		const { code, run } = await executeWorkflow(instance, 'JsmE2eBadCreds01');
		expect(code).toBe(1);
		expect(errorOf(run)?.message).toMatch(/credentials are invalid/i);
	});

	it.each(startedByHand.map((example) => [example.name, example] as const))(
		'runs the example "%s"',
		async (_name, example) => {
			const { code, run, log } = await executeWorkflow(instance, example.id);
			if (code !== 0) throw new Error(`The example failed:\n${log}`);
			for (const node of example.nodes) expect(itemsOf(run, node.name).length).toBeGreaterThan(0);
		},
	);
});
