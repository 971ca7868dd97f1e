import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { LocatorSpec } from './locators';
import { resourceLocator } from './locators';
import * as patterns from './patterns';
import { whole } from './patterns';

const OPS_ID = whole(patterns.OPS_ID);

/** An alert, schedule or team id from a locator or a plain field, refusing anything that could alter the path. */
export function opsIdParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const value = String(context.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	if (OPS_ID.test(value)) return value;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: the ${label} ID "${value}" is not a JSM Operations ID`, {
		itemIndex,
		description: `Pick the ${label} from the list or enter its ID, for example 4513b7ea-3b91-438f-b7e4-e3e54af9147c`,
	});
}

/** A required text with the length limit JSM Operations documents for it. */
export function limitedText(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	max: number,
	required = false,
): string {
	const raw = context.getNodeParameter(name, itemIndex, '') as unknown;
	if (raw !== null && typeof raw === 'object') {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label} must be text`, { itemIndex });
	}
	const value = String(raw ?? '').trim();
	if (required && !value) throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label} is empty`, { itemIndex });
	if (value.length > max) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label} is ${value.length} characters long; JSM Operations takes at most ${max}`, {
			itemIndex,
		});
	}
	return value;
}

/** A JSM Operations entity picked from its list or typed in by its ID. */
function opsLocator(spec: Omit<LocatorSpec, 'modes'>, placeholder: string, entity: string): INodeProperties {
	const validation = [{ type: 'regex' as const, properties: { regex: `^${patterns.OPS_ID}$`, errorMessage: `Not a ${entity} ID` } }];
	return resourceLocator({ ...spec, modes: [{ displayName: 'By ID', name: 'id', type: 'string', placeholder, validation }] });
}

export const alertLocator = opsLocator(
	{
		name: 'alert',
		displayName: 'Alert',
		description: 'The JSM Operations alert: pick an open one, or give its ID (the ID field of Alert → Create or Query, not its tiny ID)',
		searchListMethod: 'searchAlerts',
	},
	'e0caa0ce-d52f-4500-81b9-d592d06970b6-1704440650350',
	'alert',
);

export const scheduleLocator = opsLocator(
	{
		name: 'schedule',
		displayName: 'Schedule',
		description: 'The on-call schedule (Schedule → Query lists them with their IDs)',
		searchListMethod: 'searchSchedules',
	},
	'f8f2a4ec-54b2-4513-865b-8cb3b81c9544',
	'schedule',
);

export const teamLocator = opsLocator(
	{
		name: 'team',
		displayName: 'Team',
		description: 'The operations team (Team → Query lists them with their IDs)',
		searchListMethod: 'searchTeams',
	},
	'85f14c10-5bd7-4e98-aee5-511ce1f80086',
	'team',
);
