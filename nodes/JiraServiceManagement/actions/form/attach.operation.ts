import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { formsPath, uuidParameter } from './formId';

export const option: OperationOption = {
	name: 'Attach',
	value: 'attach',
	description: "Attach a form template of the request's project to a request; returns the new form with its own form ID",
	action: 'Attach a form to a request',
};

export const kind: OperationKind = 'Create';

export const api = [
	'POST /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form',
	// The Form Template list (methods/formsSearch.ts): the templates of the request's project.
	'GET /jira/forms/cloud/{cloudId}/project/{projectIdOrKey}/form',
];

const properties: INodeProperties[] = [
	requestLocator,
	{
		displayName: 'Form Template',
		name: 'formTemplate',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: "The form template of the request's project to attach (the list shows the templates of the chosen request's project)",
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchFormTemplates', searchable: true } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '46fdd3a0-be7d-4e81-838e-fda1aaa38402' },
		],
	},
];

export const description = showFor('form', 'attach')(properties);

/** Attaches a copy of the template (internal and open, with its own form ID) and returns that form. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const path = formsPath(this, itemIndex);
	const templateId = uuidParameter(this, itemIndex, 'formTemplate', 'form template');
	// Body AttachFormRequest { formTemplate: { id } }: developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/ ("Add form").
	const form = (await jsmApiRequest.call(this, {
		api: 'forms',
		method: 'POST',
		path,
		body: { formTemplate: { id: templateId } },
		itemIndex,
		subject: `a form on ${path.split('/')[2]}`,
	})) as IDataObject;
	return this.helpers.returnJsonArray(form);
}
