// The action node as an AI agent's tool, the way agents reach n8n without a language model in the loop:
// n8n's own MCP Server Trigger exposes two Jira Service Management tools of a real n8n (2.41, Node 24,
// the packed package installed as users install it), and a client on the official MCP SDK lists them and
// calls them with the arguments an agent would send. The sandbox's state shows what the calls did.
import { sandboxCredential, type N8nInstance, type Workflow } from './n8n';
import { activated, preparedInstance, removeAll, startSignedIn, type Running } from './session';
import { until } from './until';

/* eslint-disable @typescript-eslint/no-require-imports */
const { createSandbox } = require('../sandbox');
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = require('@modelcontextprotocol/sdk/client/streamableHttp.js');
/* eslint-enable @typescript-eslint/no-require-imports */

jest.setTimeout(10 * 60_000);

const WORKFLOW_ID = 'JsmE2eMcpTools01';
const MCP_PATH = 'jsm-agent';
const TOOL_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagementTool';

interface Tool {
	name: string;
	description?: string;
	inputSchema: { properties?: Record<string, { type?: string; description?: string }>; required?: string[] };
}

interface ToolResult {
	content: Array<{ type: string; text?: string }>;
	isError?: boolean;
}

/** What an agent gets to fill in: n8n turns each $fromAI() into one argument of the tool. */
const fromAi = (name: string, description: string) => `={{ $fromAI('${name}', '${description}', 'string') }}`;

function toolsWorkflow(credential: { id: string; name: string }): Workflow {
	const credentials = { jiraServiceManagementApi: { id: credential.id, name: credential.name } };
	return {
		id: WORKFLOW_ID,
		name: 'E2E: Jira Service Management tools over MCP',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'mcp-0',
				name: 'MCP Server',
				type: '@n8n/n8n-nodes-langchain.mcpTrigger',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '6c1f2e7a-3d4b-4a59-9e8f-0b1c2d3e4f50',
				parameters: { authentication: 'none', path: MCP_PATH },
			},
			{
				id: 'mcp-1',
				name: 'Create IT request',
				type: TOOL_TYPE,
				typeVersion: 1,
				position: [-200, 200],
				parameters: {
					descriptionType: 'auto',
					resource: 'request',
					operation: 'create',
					serviceDesk: { __rl: true, mode: 'id', value: '1' },
					requestType: { __rl: true, mode: 'id', value: '4' },
					requestFieldValues: {
						mappingMode: 'defineBelow',
						value: {
							summary: fromAi('summary', 'One line saying what the customer needs'),
							description: fromAi('details', 'What happened and what the customer tried'),
							customfield_10101: fromAi('system', 'The affected system, for example VPN or Email'),
						},
						matchingColumns: [],
						schema: [
							{ id: 'summary', displayName: 'What do you need?', required: true, defaultMatch: false, display: true, canBeUsedToMatch: false, type: 'string' },
							{ id: 'description', displayName: 'Why do you need this?', required: true, defaultMatch: false, display: true, canBeUsedToMatch: false, type: 'string' },
							{ id: 'customfield_10101', displayName: 'Affected system', required: true, defaultMatch: false, display: true, canBeUsedToMatch: false, type: 'string' },
						],
					},
					options: {},
				},
				credentials,
			},
			{
				id: 'mcp-2',
				name: 'Search requests',
				type: TOOL_TYPE,
				typeVersion: 1,
				position: [200, 200],
				parameters: {
					descriptionType: 'auto',
					resource: 'request',
					operation: 'query',
					returnAll: false,
					limit: 10,
					searchWith: 'filters',
					filters: { searchTerm: fromAi('searchTerm', 'Words the summary of the request contains'), requestOwnership: 'ALL_REQUESTS' },
					options: {},
				},
				credentials,
			},
		],
		connections: {
			'Create IT request': { ai_tool: [[{ node: 'MCP Server', type: 'ai_tool', index: 0 }]] },
			'Search requests': { ai_tool: [[{ node: 'MCP Server', type: 'ai_tool', index: 0 }]] },
		},
	};
}

/** The tool's answer: n8n hands back the node's output items as JSON text. */
function itemsOf(result: ToolResult): Array<Record<string, unknown>> {
	if (result.isError) throw new Error(`The tool answered an error: ${JSON.stringify(result.content)}`);
	const text = result.content.map((part) => part.text ?? '').join('');
	const parsed = JSON.parse(text);
	return Array.isArray(parsed) ? parsed : [parsed];
}

describe('the action node as tools of an MCP client, through n8n’s MCP Server Trigger', () => {
	let sb: any;
	let instance: N8nInstance;
	let running: Running | undefined;
	let client: any;
	let tools: Tool[];

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 60 });
		const credential = sandboxCredential(sb);
		instance = await preparedInstance([credential], [toolsWorkflow(credential)]);
		running = await startSignedIn(instance);
		expect(await activated(instance, running, WORKFLOW_ID)).toMatchObject({ status: 'published' });

		client = new Client({ name: 'jsm-e2e-agent', version: '1.0.0' });
		const url = new URL(`${instance.url}/mcp/${MCP_PATH}`);
		// The production URL answers 404 for a moment after publication.
		const connect = () => client.connect(new StreamableHTTPClientTransport(url)).then(() => 'connected', (error: Error) => String(error));
		await until(connect, (outcome) => outcome === 'connected', { timeoutMs: 15_000, everyMs: 300, failure: (error) => `The MCP client did not connect: ${error}` });
		tools = (await client.listTools()).tools;
	});

	afterAll(async () => {
		await client?.close();
		await removeAll(running?.server, sb, instance);
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
	});

	it('lists one tool per node, named after it, with the arguments the workflow asks the agent for', () => {
		const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
		expect(Object.keys(byName).sort()).toEqual(['Create_IT_request', 'Search_requests']);

		const create = byName.Create_IT_request;
		expect(create.inputSchema.properties).toMatchObject({
			summary: { type: 'string', description: 'One line saying what the customer needs' },
			details: { type: 'string', description: 'What happened and what the customer tried' },
			system: { type: 'string', description: 'The affected system, for example VPN or Email' },
		});
		expect(byName.Search_requests.inputSchema.properties).toMatchObject({
			searchTerm: { type: 'string', description: 'Words the summary of the request contains' },
		});
		// With "Set Automatically", n8n describes each tool from the operation the node runs.
		for (const tool of tools) expect(tool.description).toMatch(/request/i);
		process.stdout.write(`MCP tools: ${tools.map((tool) => `${tool.name}: ${tool.description}`).join(' | ')}\n`);
	});

	let createdKey: string;

	it('a value the request type does not allow comes back as an error an agent can correct', async () => {
		const before = sb.state.issues.size;
		const result: ToolResult = await client.callTool({
			name: 'Create_IT_request',
			arguments: { summary: 'MCP agent: printer on floor 3 jams', details: 'Jams on every duplex job.', system: 'Printing' },
		});
		expect(result.isError).toBe(true);
		const text = result.content.map((part) => part.text ?? '').join('');
		expect(text).toContain('"Printing" is not an allowed value of Affected system (customfield_10101)');
		expect(text).toContain('Printer');
		expect(sb.state.issues.size).toBe(before);
	});

	it('"create a request" raises it in the site, with what the agent sent', async () => {
		const before = sb.state.issues.size;
		const result: ToolResult = await client.callTool({
			name: 'Create_IT_request',
			arguments: { summary: 'MCP agent: printer on floor 3 jams', details: 'Jams on every duplex job since Monday.', system: 'Printer' },
		});
		const [created] = itemsOf(result);
		createdKey = String(created.issueKey ?? created.key);
		expect(createdKey).toMatch(/^[A-Z]+-\d+$/);

		expect(sb.state.issues.size).toBe(before + 1);
		const issue = [...sb.state.issues.values()].find((candidate: any) => candidate.key === createdKey);
		expect(issue).toBeDefined();
		expect(issue.summary).toBe('MCP agent: printer on floor 3 jams');
		expect(JSON.stringify(issue)).toContain('Jams on every duplex job since Monday.');
	});

	it('"search" finds the request the agent created', async () => {
		const result: ToolResult = await client.callTool({ name: 'Search_requests', arguments: { searchTerm: 'printer on floor 3' } });
		const keys = itemsOf(result).map((request) => request.issueKey ?? request.key);
		expect(keys).toContain(createdKey);
	});
});
