import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { alertLocator } from '../../helpers/operations';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { alertAction } from './alertAction';
import { waitOption } from './requestOutcome';

export const option: OperationOption = {
	name: 'Unacknowledge',
	value: 'unacknowledge',
	description: 'Set a JSM Operations alert back to not acknowledged (open), so responders are notified again',
	action: 'Unacknowledge an alert',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/unacknowledge', 'GET /jsm/ops/api/{cloudId}/v1/alerts/requests/{id}'];

const properties: INodeProperties[] = [alertLocator, waitOption];

export const description = showFor('alert', 'unacknowledge')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await alertAction(this, itemIndex, 'unacknowledge');
}
