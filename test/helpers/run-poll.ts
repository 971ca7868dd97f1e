import { PollContext } from 'n8n-core';
import {
	Workflow,
	type IDataObject,
	type INode,
	type WorkflowActivateMode,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { JiraServiceManagementPollTrigger } from '../../nodes/JiraServiceManagementPollTrigger/JiraServiceManagementPollTrigger.node';
import { sandboxForFile } from './node-file';
import { siteActions } from './poll-site';
import { additionalDataFor, credentialsNamedByType, nodeTypesOf, type NodeSetup } from './run-node';
import { adminCredentials } from './sandbox';

const NODE_TYPE = 'n8n-nodes-jira-service-management.jiraServiceManagementPollTrigger';
const NODE_NAME = 'JSM Poll';

export interface PollerOptions extends NodeSetup {
	/** The workflow's static data as n8n last saved it: what a restarted n8n loads from its database. */
	savedStaticData?: IDataObject;
	/** 'trigger' for an active workflow, 'manual' for "Fetch Test Event". */
	mode?: WorkflowExecuteMode;
	/** 'activate' when the user activates the workflow, 'init' when n8n starts with it active. */
	activation?: WorkflowActivateMode;
}

export interface Poller {
	/** Activation: n8n polls once at once, then saves the static data. */
	activate(): Promise<IDataObject[] | null>;
	/** One scheduled poll through n8n-core's PollContext: the items it emitted (null when it emitted nothing). */
	poll(): Promise<IDataObject[] | null>;
	/** The static data n8n would have saved so far (on activation and with every emitted run). */
	saved(): IDataObject;
	/** The node's static data as the running trigger holds it. */
	nodeStaticData(): IDataObject;
}

const clone = (data: IDataObject): IDataObject => JSON.parse(JSON.stringify(data)) as IDataObject;

/**
 * An active poll trigger as n8n runs one: a Workflow holding the static data, one PollContext for the
 * activation, and the poll function called the way n8n-core's ActiveWorkflows calls it (a first poll on
 * activation, then one per schedule tick). n8n saves the static data after activation and whenever a
 * poll emits items; a poll that emits nothing changes it only in memory, so a restart goes back to the
 * last saved copy.
 */
export function createPoller({ parameters, credentials, savedStaticData = {}, mode = 'trigger', activation = 'activate' }: PollerOptions): Poller {
	const nodeType = new JiraServiceManagementPollTrigger();
	const nodeTypes = nodeTypesOf(nodeType);
	const node: INode = {
		id: 'poll-node',
		name: NODE_NAME,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...parameters } as INode['parameters'],
		credentials: credentialsNamedByType(credentials),
	};
	const workflow = new Workflow({
		id: 'poll-workflow',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: mode !== 'manual',
		staticData: clone(savedStaticData),
	});
	let saved = clone(savedStaticData);
	const save = () => {
		if (mode !== 'manual') saved = clone(workflow.staticData);
	};
	const context = new PollContext(workflow, node, additionalDataFor(credentials), mode, activation, save);
	const poll = async () => {
		const result = await nodeType.poll.call(context);
		if (!result) return null;
		context.__emit(result);
		return result[0].map((item) => item.json);
	};
	return {
		async activate() {
			const items = await poll();
			save();
			return items;
		},
		poll,
		saved: () => clone(saved),
		nodeStaticData: () => clone(workflow.getStaticData('node', node)),
	};
}

/**
 * The opening of a poll-trigger node file: one sandbox for the file (sandboxForFile, its server errors checked too),
 * the site's actions on it, and `admin()`, the admin's API token credential for the pollers.
 */
export function pollSiteForFile(options: Record<string, unknown>) {
	const sb = sandboxForFile(options, { serverErrors: true });
	return { sb, site: siteActions(sb), admin: () => adminCredentials(sb) };
}

/** Polls at chosen moments of the site's clock: `pollAt(ms)` moves the clock, runs a poll of `poller()` and keeps what it emitted in `emitted`. */
export function pollsAt(site: { at(ms: number): void }, poller: () => Poller) {
	const emitted: IDataObject[] = [];
	const pollAt = async (ms: number) => {
		site.at(ms);
		const items = (await poller().poll()) ?? [];
		emitted.push(...items);
		return items;
	};
	return { emitted, pollAt };
}
