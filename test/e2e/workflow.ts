// Workflows for the real-n8n tests: a manual trigger followed by a chain of this package's action nodes.
import type { IDataObject } from 'n8n-workflow';

import type { Credential, Workflow, WorkflowNode } from './n8n';

export const NODE_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagement';

/** A resource locator value in "By ID" mode (or another mode). */
export const byId = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** An expression for `field` of the first item the node named `node` output. */
export const first = (node: string, field: string) => `={{ $('${node}').first().json.${field} }}`;

/** How a node names the API token credential it uses. */
export const usesApiToken = (credential: Credential) => ({ jiraServiceManagementApi: { id: credential.id, name: credential.name } });

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
			...(step.type ? {} : { credentials: usesApiToken(credential) }),
		})),
	];
	const connections: IDataObject = {};
	for (let i = 1; i < nodes.length; i++) {
		connections[nodes[i - 1].name] = { main: [[{ node: nodes[i].name, type: 'main', index: 0 }]] };
	}
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

/** A workflow of one trigger node and nothing after it. */
function triggerAlone(id: string, name: string, trigger: Omit<WorkflowNode, 'id' | 'typeVersion' | 'position'>): Workflow {
	const node: WorkflowNode = { id: `${id}-0`, typeVersion: 1, position: [0, 0], ...trigger };
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes: [node], connections: {} };
}

export const TRIGGER_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagementTrigger';

/** The webhook trigger alone, on `events`, at the production URL of `webhookId`; it signs in the way `credential`'s type does. */
export function triggerWorkflow(id: string, name: string, trigger: { nodeName: string; webhookId: string; events: string[] }, credential: Credential): Workflow {
	const authentication = credential.type === 'jiraServiceManagementOAuth2Api' ? 'oAuth2' : 'apiToken';
	return triggerAlone(id, name, {
		name: trigger.nodeName,
		type: TRIGGER_TYPE,
		webhookId: trigger.webhookId,
		parameters: { authentication, events: trigger.events, options: {} },
		credentials: { [credential.type]: { id: credential.id, name: credential.name } },
	});
}

/** A chain whose steps after the first run once, on the first item of the step before (not once per item). */
export function chainOnFirstItems(id: string, name: string, credential: Credential, [head, ...rest]: Step[]): Workflow {
	return chainWorkflow(id, name, credential, [head, ...rest.map((step) => ({ ...step, executeOnce: true }))]);
}

export const POLL_TRIGGER_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagementPollTrigger';

/**
 * The poll trigger alone, polling every minute (n8n's shortest schedule); by default for the ITS desk's new
 * requests, status changes and comments, `parameters` replace those.
 */
export function pollTriggerWorkflow(
	id: string,
	name: string,
	nodeName: string,
	credential: Credential,
	parameters: IDataObject = { events: ['requestCreated', 'statusChanged', 'commentCreated'], serviceDesks: ['ITS'], options: {} },
): Workflow {
	return triggerAlone(id, name, {
		name: nodeName,
		type: POLL_TRIGGER_TYPE,
		parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, authentication: 'apiToken', ...parameters },
		credentials: usesApiToken(credential),
	});
}

/** n8n's Webhook node at `path`, answering each call with every item the workflow's last node output. */
export function webhookNode(id: string, name: string, webhookId: string, httpMethod: string, path: string, position: [number, number]): WorkflowNode {
	return {
		id,
		name,
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position,
		webhookId,
		parameters: { httpMethod, path, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
	};
}

/** Create request (once) on the ITS desk through the request type fields mapper: a printer problem of `requestTypeId`. */
export const createPrinterRequest = (requestTypeId: string, summary: string, description: string): Step => ({
	name: 'Create request',
	executeOnce: true,
	parameters: {
		resource: 'request',
		operation: 'create',
		serviceDesk: byId('1'),
		requestType: byId(requestTypeId),
		requestFieldValues: {
			mappingMode: 'defineBelow',
			value: { summary, description, customfield_10101: 'Printer', customfield_10104: '2026-12-01', priority: 'High' },
			matchingColumns: [],
			schema: [],
		},
		options: {},
	},
});

/** The comment resource's chain on the request `requestKey`: add an internal note, edit it, read it, list all comments, delete the note. */
export const commentSteps = (requestKey: string, token: string): Step[] => [
	{ name: 'Add note', parameters: { resource: 'comment', operation: 'create', request: byId(requestKey), body: `Checking (${token})`, visibility: 'internal' } },
	{
		name: 'Edit note',
		parameters: { resource: 'comment', operation: 'update', request: byId(requestKey), commentId: first('Add note', 'id'), body: `Checked\nall good (${token})` },
	},
	{ name: 'Read note', parameters: { resource: 'comment', operation: 'get', request: byId(requestKey), commentId: first('Add note', 'id') } },
	{ name: 'All comments', parameters: { resource: 'comment', operation: 'query', request: byId(requestKey), visibility: 'all', returnAll: true } },
	{ name: 'Delete note', parameters: { resource: 'comment', operation: 'delete', request: byId(requestKey), commentId: first('Add note', 'id') } },
];

/** The service desk resource's chain: list the service desks, read the HR desk (id 2). */
export const serviceDeskSteps: Step[] = [
	{ name: 'Service desks', parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true } },
	{ name: 'HR desk', parameters: { resource: 'serviceDesk', operation: 'get', serviceDesk: byId('2') } },
];

/** The site resource's info and permission check (Administer Jira, Browse projects): what Cloud and Data Center both answer. */
export const siteInfoSteps: Step[] = [
	{ name: 'Info', parameters: { resource: 'site', operation: 'getInfo' } },
	{ name: 'Permissions', parameters: { resource: 'site', operation: 'checkMyPermissions', permissions: ['ADMINISTER', 'BROWSE_PROJECTS'] } },
];
