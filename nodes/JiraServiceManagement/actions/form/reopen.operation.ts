import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestLocator } from '../../helpers/parameters';
import { formAction } from './formAction';
import { formIdProperty } from './formId';

export const option: OperationOption = {
	name: 'Reopen',
	value: 'reopen',
	description: 'Reopen a submitted form on a request so its answers can change',
	action: 'Reopen a form',
};

export const kind: OperationKind = 'Execute';

export const api = ['PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/reopen'];

const properties: INodeProperties[] = [requestLocator, formIdProperty];

export const description = showFor('form', 'reopen')(properties);

/** Reopens a submitted form so its answers can change again (a locked form needs a project administrator) (developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await formAction(this, itemIndex, 'reopen');
}
