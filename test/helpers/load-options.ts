import { LoadOptionsContext } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type INode,
	type INodeParameters,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { JiraServiceManagementApi } from '../../credentials/JiraServiceManagementApi.credentials';
import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';
import { nodeTypesOf } from './run-node';

const nodeTypes = nodeTypesOf(new JiraServiceManagement());

/**
 * n8n-core's own editor context (what list searches and load options run in) for the action node set to
 * `parameters` and the credential `credential` names; `additionalData` holds the credentials helper that signs.
 */
export function editorContextFor(
	credential: { type: string; id: string },
	parameters: INodeParameters,
	additionalData: Partial<IWorkflowExecuteAdditionalData>,
): ILoadOptionsFunctions {
	const node: INode = {
		id: 'jsm',
		name: 'JSM',
		type: 'n8n-nodes-jira-service-management.jiraServiceManagement',
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [credential.type]: { id: credential.id, name: credential.id } },
	};
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: false });
	const data = { ...additionalData, currentNodeParameters: node.parameters } as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, node, data, 'parameters.list');
}

/** The editor context signing requests with the API token credential, so editor callbacks can be tested against the sandbox. */
export function loadOptionsContext(
	credentials: ICredentialDataDecryptedObject,
	parameters: INodeParameters = {},
): ILoadOptionsFunctions {
	const credentialType = new JiraServiceManagementApi();
	return editorContextFor({ type: 'jiraServiceManagementApi', id: 'credential' }, { authentication: 'apiToken', ...parameters }, {
		credentialsHelper: {
			getDecrypted: async () => credentials,
			getParentTypes: () => [],
			preAuthentication: async () => undefined,
			authenticate: async (data: ICredentialDataDecryptedObject, _type: string, options: IHttpRequestOptions) =>
				await credentialType.authenticate(data, options),
		},
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		variables: {},
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData);
}
