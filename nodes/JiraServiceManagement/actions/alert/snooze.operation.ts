import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { alertLocator } from '../../helpers/operations';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { alertAction } from './alertAction';
import { waitOption } from './requestOutcome';

export const option: OperationOption = {
	name: 'Snooze',
	value: 'snooze',
	description: 'Silence a JSM Operations alert until a date and time; it then returns to its previous state',
	action: 'Snooze an alert',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/snooze', 'GET /jsm/ops/api/{cloudId}/v1/alerts/requests/{id}'];

const properties: INodeProperties[] = [
	alertLocator,
	{
		displayName: 'Snooze Until',
		name: 'endTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the alert wakes up and notifies again (AlertSnoozeRequest endTime)',
	},
	waitOption,
];

export const description = showFor('alert', 'snooze')(properties);

function endTimeOf(context: IExecuteFunctions, itemIndex: number): string {
	const raw = context.getNodeParameter('endTime', itemIndex, '') as unknown;
	const ms = raw instanceof Date ? raw.getTime() : raw === '' || raw === null || raw === undefined ? NaN : Date.parse(String(raw));
	if (Number.isFinite(ms)) return new Date(ms).toISOString();
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: Snooze Until "${String(raw ?? '')}" is not a date and time`, { itemIndex });
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await alertAction(this, itemIndex, 'snooze', { endTime: endTimeOf(this, itemIndex) });
}
