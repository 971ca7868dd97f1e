// Workflows for the real-n8n tests: a manual trigger followed by a chain of this package's action nodes.
import type { IDataObject } from 'n8n-workflow';

import type { Credential, Workflow, WorkflowNode } from './n8n';

export const NODE_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagement';

/** A resource locator value in "By ID" mode (or another mode). */
export const byId = (value: string, mode = 'id') => ({ __rl: true, mode, value });

export type Step = Omit<WorkflowNode, 'id' | 'type' | 'typeVersion' | 'position'> & { type?: string; typeVersion?: number };

/** Steps run one after the other; steps without a type are this package's action node with the credential. */
export function chainWorkflow(id: string, name: string, credential: Credential, steps: Step[]): Workflow {
	const nodes: WorkflowNode[] = [
		{ id: `${id}-0`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		...steps.map((step, index) => ({
			...step,
			id: `${id}-${index + 1}`,
			type: step.type ?? NODE_TYPE,
			typeVersion: step.typeVersion ?? 1,
			position: [220 * (index + 1), 0] as [number, number],
			...(step.type ? {} : { credentials: { jiraServiceManagementApi: { id: credential.id, name: credential.name } } }),
		})),
	];
	const connections: IDataObject = {};
	for (let i = 1; i < nodes.length; i++) {
		connections[nodes[i - 1].name] = { main: [[{ node: nodes[i].name, type: 'main', index: 0 }]] };
	}
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

export const POLL_TRIGGER_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagementPollTrigger';

/** The poll trigger alone, polling every minute (n8n's shortest schedule) for the ITS desk's new requests, status changes and comments. */
export function pollTriggerWorkflow(id: string, name: string, nodeName: string, credential: Credential): Workflow {
	const poll: WorkflowNode = {
		id: `${id}-0`,
		name: nodeName,
		type: POLL_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			authentication: 'apiToken',
			events: ['requestCreated', 'statusChanged', 'commentCreated'],
			serviceDesks: ['ITS'],
			options: {},
		},
		credentials: { jiraServiceManagementApi: { id: credential.id, name: credential.name } },
	};
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes: [poll], connections: {} };
}
