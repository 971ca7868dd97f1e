import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestLocator } from '../../helpers/parameters';
import { formAction } from './formAction';
import { formIdProperty } from './formId';

export const option: OperationOption = {
	name: 'Submit',
	value: 'submit',
	description: 'Submit a form on a request (its required questions must be answered)',
	action: 'Submit a form',
};

export const kind: OperationKind = 'Execute';

export const api = ['PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/submit'];

const properties: INodeProperties[] = [requestLocator, formIdProperty];

export const description = showFor('form', 'submit')(properties);

/** Submits the form: Jira checks required questions and, when the form locks on submit, only project administrators can reopen it (developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await formAction(this, itemIndex, 'submit');
}
