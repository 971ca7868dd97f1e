import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { choiceParameter, requestLocator } from '../../helpers/parameters';
import { formAction } from './formAction';
import { formIdProperty } from './formId';

export const option: OperationOption = {
	name: 'Change Visibility',
	value: 'changeVisibility',
	description: 'Make a form on a request external (customers see it on the portal) or internal (agents only)',
	action: 'Change the visibility of a form',
};

export const kind: OperationKind = 'Update';

export const api = [
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/external',
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/internal',
];

const properties: INodeProperties[] = [
	requestLocator,
	formIdProperty,
	{
		displayName: 'Visibility',
		name: 'visibility',
		type: 'options',
		options: [
			{ name: 'External', value: 'external', description: 'Customers see the form on the portal' },
			{ name: 'Internal', value: 'internal', description: 'Only agents see the form' },
		],
		default: 'external',
		description: 'Who can see the form on this request',
	},
];

export const description = showFor('form', 'changeVisibility')(properties);

/** "Change form visibility to external / internal": developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const visibility = choiceParameter(this, itemIndex, 'visibility', 'Visibility', ['external', 'internal'] as const);
	return await formAction(this, itemIndex, visibility);
}
