import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { alertLocator, opsIdParameter } from '../../helpers/operations';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { alertAction } from './alertAction';
import { waitOption } from './requestOutcome';

export const option: OperationOption = {
	name: 'Escalate',
	value: 'escalate',
	description: 'Hand a JSM Operations alert to an escalation policy by the escalation ID',
	action: 'Escalate an alert',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/escalate', 'GET /jsm/ops/api/{cloudId}/v1/alerts/requests/{id}'];

const properties: INodeProperties[] = [
	alertLocator,
	{
		displayName: 'Escalation ID',
		name: 'escalationId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'aee8a0de-c80f-4515-a232-501c0bc9d715',
		description: 'The escalation policy to hand the alert to (Operations → Teams → the team → Escalations in JSM)',
	},
	waitOption,
];

export const description = showFor('alert', 'escalate')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await alertAction(this, itemIndex, 'escalate', { escalationId: opsIdParameter(this, itemIndex, 'escalationId', 'escalation') });
}
