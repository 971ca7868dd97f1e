// The types of n8n-instance.js, for the TypeScript end-to-end tests (test/e2e/n8n.ts re-exports them).
import type { IDataObject, IRun } from 'n8n-workflow';

export interface N8nInstance {
	/** The n8n version it runs (one of N8N_VERSIONS). */
	n8nVersion: string;
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

/** A free port outside the kernel's ephemeral range, never the same twice in this process (scripts/ports.js). */
export function freePort(port?: number): Promise<number>;
export function installPackage(userFolder: string): string;
export function majorOf(instance: N8nInstance): number;
export function createInstance(options?: {
	n8nVersion?: string;
	userFolder?: string;
	port?: number;
	encryptionKey?: string;
	env?: Record<string, string>;
}): Promise<N8nInstance>;
export function importCredentials(instance: N8nInstance, credentials: Credential[]): Promise<void>;
export function importWorkflows(instance: N8nInstance, workflows: Workflow | Workflow[]): Promise<void>;
/** The text `n8n export:workflow --id` writes. */
export function exportWorkflow(instance: N8nInstance, id: string): Promise<string>;
export function executeWorkflow(instance: N8nInstance, id: string): Promise<Execution>;
export function executeWorkflows(instance: N8nInstance, ids: string[]): Promise<BatchExecution>;
export function startServer(instance: N8nInstance, options?: { timeoutMs?: number; onOutput?: (chunk: Buffer) => void }): Promise<Server>;
export function startProcess(
	instance: N8nInstance,
	kind: ProcessKind,
	options?: { timeoutMs?: number; onOutput?: (chunk: Buffer) => void },
): Promise<Server>;
export function ensureOwner(instance: N8nInstance, owner: { email: string; password: string; firstName: string; lastName: string }): Promise<string>;
export function createApiKey(instance: N8nInstance, cookie: string): Promise<string>;
export function publicApi(instance: N8nInstance, apiKey: string, method: string, path: string, body?: unknown): Promise<IDataObject>;
export function rest(
	instance: N8nInstance,
	method: string,
	path: string,
	options?: { body?: unknown; cookie?: string; apiKey?: string },
): Promise<{ status: number; data: unknown; cookie?: string }>;
export function sandboxCredential(sandbox: { url: string; credentials: { admin: { email: string; token: string } } }): Credential;
export function exampleWorkflows(): Workflow[];
/** The package's name in package.json (the folder it is installed under). */
export const packageName: string;
