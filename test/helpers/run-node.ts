import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	createDeferredPromise,
	ICredentialsHelper,
	Workflow,
	type IBinaryKeyData,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { JiraServiceManagementApi } from '../../credentials/JiraServiceManagementApi.credentials';
import { JiraServiceManagementOAuth2Api } from '../../credentials/JiraServiceManagementOAuth2Api.credentials';
import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';
import { checkRunForSecrets } from './secrets';

const NODE_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagement';

const credentialTypes: Record<string, ICredentialType> = {
	jiraServiceManagementApi: new JiraServiceManagementApi(),
	jiraServiceManagementOAuth2Api: new JiraServiceManagementOAuth2Api(),
};

/** Serves decrypted credentials from memory and signs requests with the credential class itself. */
export class MemoryCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(name: string): string[] {
		return credentialTypes[name]?.extends ?? [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const authenticate = credentialTypes[typeName]?.authenticate;
		return typeof authenticate === 'function' ? await authenticate(credentials, requestOptions) : requestOptions;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	getCredentialsProperties() {
		return [];
	}

	/** Like n8n: a fresh copy per call, with the credential type's fixed defaults (hidden OAuth2 URLs and such) filled in. */
	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string) {
		const defaults = Object.fromEntries(
			(credentialTypes[type]?.properties ?? [])
				.filter(({ default: value }) => !(typeof value === 'string' && value.startsWith('=')))
				.map(({ name, default: value }) => [name, value]),
		);
		return structuredClone({ ...defaults, ...this.data[type] }) as ICredentialDataDecryptedObject;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used in tests');
	}

	async updateCredentials() {}

	/** n8n saves a refreshed OAuth2 token to the credential; here it goes back into the test's credential data. */
	async updateCredentialsOauthTokenData(_nodeCredentials: unknown, type: string, data: ICredentialDataDecryptedObject) {
		this.data[type] = { ...this.data[type], oauthTokenData: structuredClone(data.oauthTokenData) };
	}

	getOAuth2Options() {
		return undefined;
	}

	isCredentialUsableByNode() {
		return true;
	}
}

/** What n8n-core asks for the type of a workflow's nodes, for a workflow of one node type (the harnesses' workflows). */
export function nodeTypesOf(nodeType: INodeType): INodeTypes {
	return {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
}

/** A node's credentials: one of each type in `credentials`, named after its type (how the harnesses' credentials helper finds them). */
export const credentialsNamedByType = (credentials: Record<string, ICredentialDataDecryptedObject>): INode['credentials'] =>
	Object.fromEntries(Object.keys(credentials).map((type) => [type, { id: type, name: type }]));

const nodeTypes = nodeTypesOf(new JiraServiceManagement() as INodeType);

export interface NodeRun {
	/** Output items of the node (empty when it failed). */
	items: INodeExecutionData[];
	/** The error the node raised, if it failed. */
	error?: { message: string; description?: string | null; context?: IDataObject; httpCode?: string | null };
	run: IRun;
}

/** What each harness runs its node with: the node's parameters, and the decrypted credentials by credential type. */
export interface NodeSetup {
	parameters: IDataObject;
	credentials: Record<string, ICredentialDataDecryptedObject>;
}

export interface RunOptions extends NodeSetup {
	input?: IDataObject[];
	/** Binary data of the input items, by position (n8n's default in-memory binary mode). */
	binary?: Array<IBinaryKeyData | undefined>;
	continueOnFail?: boolean;
	mode?: WorkflowExecuteMode;
	/** The workflow's time zone setting (what `this.getTimezone()` answers); n8n's default when left out. */
	timezone?: string;
}

/** What n8n hands every node context: credentials from memory, local URLs, no-op UI callbacks. Shared by the node and poll harnesses. */
export function additionalDataFor(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		hooks,
		credentialsHelper: new MemoryCredentialsHelper(credentials),
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		variables: {},
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'test-user',
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** Runs the action node once through n8n-core's real workflow execution, with the given input items. */
export async function runNode({ parameters, credentials, input = [{}], binary, continueOnFail, mode = 'manual', timezone }: RunOptions): Promise<NodeRun> {
	const node: INode = {
		id: 'jsm',
		name: 'JSM',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: credentialsNamedByType(credentials),
		continueOnFail,
	};
	const settings = timezone ? { timezone } : undefined;
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: false, settings });
	const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', {
		id: 'test',
		name: 'test',
		active: false,
		nodes: [node],
		connections: {},
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	} as never);
	const finished = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (run) => finished.resolve(run));
	const additionalData = additionalDataFor(credentials, hooks);
	const execution = new WorkflowExecute(additionalData, mode, {
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{ node, data: { main: [input.map((json, i) => (binary?.[i] ? { json, binary: binary[i] } : { json }))] }, source: null },
			],
		},
	} as never);
	await execution.processRunExecutionData(workflow);
	const run = await finished.promise;
	const taskData = run.data.resultData.runData.JSM?.[0];
	const error = (taskData?.error ?? run.data.resultData.error) as NodeRun['error'];
	const items = taskData?.data?.main?.[0] ?? [];
	checkRunForSecrets(credentials, { items, error });
	return { items, error, run };
}
