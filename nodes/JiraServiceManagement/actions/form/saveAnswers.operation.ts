import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { ANSWERS_EXAMPLE, answersParameter } from './answers';
import { formIdProperty, formPath } from './formId';

export const option: OperationOption = {
	name: 'Save Answers',
	value: 'saveAnswers',
	description: 'Save answers (by question ID) to an open form on a request, optionally submitting it',
	action: 'Save the answers of a form',
};

export const kind: OperationKind = 'Update';

export const api = [
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}',
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/submit',
];

const properties: INodeProperties[] = [
	requestLocator,
	formIdProperty,
	{
		displayName: 'Answers (JSON)',
		name: 'answers',
		type: 'json',
		default: '{}',
		required: true,
		description: `Answers by question ID (Form → Get Answers without Simplify shows the questions and their IDs): ${ANSWERS_EXAMPLE}. A plain text stands for {"text": ...}; choices and users are lists of IDs.`,
	},
	{
		displayName: 'Submit',
		name: 'submit',
		type: 'boolean',
		default: false,
		description: 'Whether to submit the form after saving the answers (Jira then checks that required questions are answered)',
	},
];

export const description = showFor('form', 'saveAnswers')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const path = formPath(this, itemIndex);
	const answers = answersParameter(this, itemIndex, 'answers', 'Answers');
	if (!Object.keys(answers).length) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Answers is empty: give at least one answer by question ID`, { itemIndex });
	}
	// "Save form answers", body { answers }: developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/.
	const form = (await jsmApiRequest.call(this, { api: 'forms', method: 'PUT', path, body: { answers }, itemIndex })) as IDataObject;
	if (!booleanParameter(this, itemIndex, 'submit', 'Submit')) return this.helpers.returnJsonArray(form);
	const status = (await jsmApiRequest.call(this, { api: 'forms', method: 'PUT', path: `${path}/action/submit`, itemIndex })) as IDataObject;
	const state = { ...((form.state as IDataObject) ?? {}), ...status };
	return this.helpers.returnJsonArray({ ...form, state });
}
