import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { alertActionOperation } from './alertAction';

function endTimeOf(context: IExecuteFunctions, itemIndex: number): string {
	const raw = context.getNodeParameter('endTime', itemIndex, '') as unknown;
	const ms = raw instanceof Date ? raw.getTime() : raw === '' || raw === null || raw === undefined ? NaN : Date.parse(String(raw));
	if (Number.isFinite(ms)) return new Date(ms).toISOString();
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: Snooze Until "${String(raw ?? '')}" is not a date and time`, { itemIndex });
}

export const { option, kind, api, description, execute } = alertActionOperation({
	option: {
		name: 'Snooze',
		value: 'snooze',
		description: 'Silence a JSM Operations alert until a date and time; it then returns to its previous state',
		action: 'Snooze an alert',
	},
	input: {
		properties: [
			{
				displayName: 'Snooze Until',
				name: 'endTime',
				type: 'dateTime',
				required: true,
				default: '',
				description: 'When the alert wakes up and notifies again (AlertSnoozeRequest endTime)',
			},
		],
		body: (context, itemIndex) => ({ endTime: endTimeOf(context, itemIndex) }),
	},
});
