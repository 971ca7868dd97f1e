import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { HookContext, WebhookContext } from 'n8n-core';
import {
	Workflow,
	type IDataObject,
	type INode,
	type IWebhookData,
	type WorkflowActivateMode,
} from 'n8n-workflow';

import { JiraServiceManagementTrigger } from '../../nodes/JiraServiceManagementTrigger/JiraServiceManagementTrigger.node';
import { additionalDataFor, credentialsNamedByType, nodeTypesOf, type NodeSetup } from './run-node';
import { recordedResponse } from './webhook-response';

const NODE_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagementTrigger';
const NODE_NAME = 'JSM Trigger';

export interface TriggerOptions extends NodeSetup {
	/** n8n gives every trigger node its own webhook id; two workflows get two ids (two URLs). */
	webhookId?: string;
	workflowId?: string;
	/** The node's static data as n8n saved it (what a restarted n8n loads). */
	staticData?: IDataObject;
	/** The local port of the webhook URL (0: any free one); a restarted n8n keeps its URL. */
	port?: number;
}

export interface DeliveryResult {
	/** What the node answered Jira. */
	status: number;
	body: unknown;
	/** The items the delivery started the workflow with (none when it started nothing). */
	items: IDataObject[];
}

export interface RunningTrigger {
	url: string;
	port: number;
	/** n8n's activation: checkExists, then create when it answered false. Rejects with the node's error. */
	activate(mode?: WorkflowActivateMode): Promise<void>;
	deactivate(): Promise<void>;
	/** Every delivery Jira made to this trigger's URL, in order. */
	deliveries: DeliveryResult[];
	/** The executions the deliveries started: one list of items each. */
	executions(): IDataObject[][];
	staticData(): IDataObject;
	close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

/**
 * A webhook trigger as n8n runs one: the hook methods through n8n-core's HookContext on activation and
 * deactivation, and a local HTTP server at the node's production webhook URL that hands each delivery
 * to the node's webhook() through n8n-core's WebhookContext (n8n's express request and response are
 * stood in for by the raw body, parsed JSON and a minimal response object).
 */
export async function startTrigger({
	parameters,
	credentials,
	webhookId = 'trigger-webhook-1',
	workflowId = 'trigger-workflow',
	staticData = {},
	port = 0,
}: TriggerOptions): Promise<RunningTrigger> {
	const nodeType = new JiraServiceManagementTrigger();
	const nodeTypes = nodeTypesOf(nodeType);
	const node: INode = {
		id: 'trigger-node',
		name: NODE_NAME,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId,
		parameters: parameters as INode['parameters'],
		credentials: credentialsNamedByType(credentials),
	};
	const workflow = new Workflow({
		id: workflowId,
		name: `Workflow ${workflowId}`,
		nodes: [node],
		connections: {},
		nodeTypes,
		active: true,
		staticData: { [`node:${NODE_NAME}`]: JSON.parse(JSON.stringify(staticData)) as IDataObject },
	});
	const deliveries: DeliveryResult[] = [];

	const server: Server = createServer((request, response) => {
		void (async () => {
			const rawBody = await readBody(request);
			let body: IDataObject = {};
			try {
				body = JSON.parse(rawBody.toString('utf8') || '{}') as IDataObject;
			} catch {
				body = {};
			}
			const httpRequest = { headers: request.headers, body, rawBody, method: request.method, query: {}, params: {} };
			const { sent, response: httpResponse } = recordedResponse();
			const additionalData = { ...additionalDataFor(credentials), httpRequest, httpResponse } as never;
			const webhookData = webhookDataFor(additionalData);
			const context = new WebhookContext(workflow, node, additionalData, 'webhook', webhookData, [], null);
			let items: IDataObject[] = [];
			try {
				const result = await nodeType.webhook.call(context);
				if (result.workflowData) items = result.workflowData[0].map((item) => item.json);
				if (!result.noWebhookResponse) sent.body = result.webhookResponse ?? 'Workflow was started';
			} catch (error) {
				sent.statusCode = 500;
				sent.body = { message: (error as Error).message };
			}
			deliveries.push({ status: sent.statusCode, body: sent.body, items });
			response.writeHead(sent.statusCode, { 'content-type': 'application/json' });
			response.end(JSON.stringify(sent.body ?? null));
		})();
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;

	const additionalDataForHooks = () => ({ ...additionalDataFor(credentials), webhookBaseUrl: base }) as never;
	function webhookDataFor(additionalData: never): IWebhookData {
		return {
			httpMethod: 'POST',
			node: NODE_NAME,
			path: 'webhook',
			webhookDescription: nodeType.description.webhooks![0],
			workflowId,
			workflowExecuteAdditionalData: additionalData,
			webhookId,
		};
	}
	const hook = (activation: WorkflowActivateMode) => {
		const additionalData = additionalDataForHooks();
		return new HookContext(workflow, node, additionalData, 'trigger', activation, webhookDataFor(additionalData));
	};

	return {
		url: `${base}/${webhookId}/webhook`,
		port: (server.address() as AddressInfo).port,
		async activate(mode: WorkflowActivateMode = 'activate') {
			const context = hook(mode);
			const methods = nodeType.webhookMethods.default;
			if (!(await methods.checkExists.call(context))) await methods.create.call(context);
		},
		async deactivate() {
			await nodeType.webhookMethods.default.delete.call(hook('activate'));
		},
		deliveries,
		executions: () => deliveries.filter((delivery) => delivery.items.length > 0).map((delivery) => delivery.items),
		// n8n's static data is an observable proxy: copied through JSON, as n8n saves it.
		staticData: () => JSON.parse(JSON.stringify(workflow.getStaticData('node', node))) as IDataObject,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
