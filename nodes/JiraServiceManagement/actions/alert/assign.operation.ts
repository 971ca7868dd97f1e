import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { alertLocator } from '../../helpers/operations';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdParameter, userLocator } from '../../helpers/parameters';
import { alertAction } from './alertAction';
import { waitOption } from './requestOutcome';

export const option: OperationOption = {
	name: 'Assign',
	value: 'assign',
	description: 'Make a user (by Atlassian account ID) the owner of a JSM Operations alert',
	action: 'Assign an alert',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/assign', 'GET /jsm/ops/api/{cloudId}/v1/alerts/requests/{id}'];

const properties: INodeProperties[] = [
	alertLocator,
	{ ...userLocator, displayName: 'Assignee', name: 'assignee', description: 'The user who becomes the owner of the alert (an Atlassian account ID)' },
	waitOption,
];

export const description = showFor('alert', 'assign')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await alertAction(this, itemIndex, 'assign', { accountId: accountIdParameter(this, itemIndex, 'assignee') });
}
