// Typed face of scripts/n8n-instance.js (shared with `npm start`) plus readers for n8n's run data.
import type { IDataObject, IRun } from 'n8n-workflow';

export interface N8nInstance {
	userFolder: string;
	port: number;
	url: string;
	env: NodeJS.ProcessEnv;
}

export interface Credential {
	id: string;
	name: string;
	type: string;
	data: IDataObject;
}

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: IDataObject;
	credentials?: Record<string, { id: string; name: string }>;
	executeOnce?: boolean;
	continueOnFail?: boolean;
	/** Webhook-started nodes: the stable part of their production URL. */
	webhookId?: string;
}

export interface Workflow {
	id: string;
	name: string;
	active?: boolean;
	nodes: WorkflowNode[];
	connections: IDataObject;
	settings?: IDataObject;
}

export interface Execution {
	/** Exit code of `n8n execute`: 1 when a node failed. */
	code: number;
	run: IRun;
	/** n8n's log messages, for failure output. */
	log: string;
}

export interface BatchExecution {
	/** Per workflow id; `run` is there when the workflow succeeded. */
	results: Record<string, { status: 'success' | 'warning' | 'error'; error?: string; run?: IRun }>;
	log: string;
}

export interface Server {
	stop(): Promise<void>;
}

/** n8n's process kinds: `n8n start`, and in queue mode also `n8n webhook` and `n8n worker`. */
export type ProcessKind = 'main' | 'webhook' | 'worker';

interface Shared {
	installPackage(userFolder: string): string;
	createInstance(options?: {
		userFolder?: string;
		port?: number;
		encryptionKey?: string;
		env?: Record<string, string>;
	}): Promise<N8nInstance>;
	importCredentials(instance: N8nInstance, credentials: Credential[]): Promise<void>;
	importWorkflows(instance: N8nInstance, workflows: Workflow | Workflow[]): Promise<void>;
	executeWorkflow(instance: N8nInstance, id: string): Promise<Execution>;
	executeWorkflows(instance: N8nInstance, ids: string[]): Promise<BatchExecution>;
	startServer(instance: N8nInstance, options?: { timeoutMs?: number; onOutput?: (chunk: Buffer) => void }): Promise<Server>;
	startProcess(
		instance: N8nInstance,
		kind: ProcessKind,
		options?: { timeoutMs?: number; onOutput?: (chunk: Buffer) => void },
	): Promise<Server>;
	ensureOwner(instance: N8nInstance, owner: { email: string; password: string; firstName: string; lastName: string }): Promise<string>;
	createApiKey(instance: N8nInstance, cookie: string): Promise<string>;
	publicApi(instance: N8nInstance, apiKey: string, method: string, path: string, body?: unknown): Promise<IDataObject>;
	sandboxCredential(sandbox: { url: string; credentials: { admin: { email: string; token: string } } }): Credential;
	exampleWorkflows(): Workflow[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require('../../scripts/n8n-instance.js') as Shared;

export const {
	installPackage,
	createInstance,
	importCredentials,
	importWorkflows,
	executeWorkflow,
	executeWorkflows,
	startServer,
	startProcess,
	ensureOwner,
	createApiKey,
	publicApi,
	sandboxCredential,
	exampleWorkflows,
} = shared;

/** The public API calls the tests use. */
export function api(instance: N8nInstance, apiKey: string) {
	return {
		activate: (workflowId: string) => publicApi(instance, apiKey, 'POST', `/workflows/${workflowId}/activate`),
		deactivate: (workflowId: string) => publicApi(instance, apiKey, 'POST', `/workflows/${workflowId}/deactivate`),
		executions: async (workflowId: string) =>
			(await publicApi(instance, apiKey, 'GET', `/executions?workflowId=${workflowId}&includeData=true`))
				.data as IDataObject[],
	};
}

/** The JSON of every item a node put on its first output, in its last run. */
export function itemsOf(run: IRun, nodeName: string): IDataObject[] {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs?.length) throw new Error(`The node "${nodeName}" did not run`);
	const last = runs[runs.length - 1];
	if (last.error) throw new Error(`The node "${nodeName}" failed: ${last.error.message}`);
	return (last.data?.main?.[0] ?? []).map((item) => item.json);
}

/** The workflow's error, if the run failed. */
export function errorOf(run: IRun): { message: string; description?: string | null; node?: string } | undefined {
	const error = run.data.resultData.error as (Error & { description?: string | null; node?: { name: string } }) | undefined;
	if (!error) return undefined;
	return { message: error.message, description: error.description, node: error.node?.name };
}
