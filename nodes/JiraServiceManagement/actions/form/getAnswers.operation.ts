import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { formIdProperty, formPath } from './formId';

export const option: OperationOption = {
	name: 'Get Answers',
	value: 'getAnswers',
	description: 'Get the answers of one form on a request, as question label → answer (Simplify) or the whole form',
	action: 'Get the answers of a form',
};

export const kind: OperationKind = 'Query';

export const api = [
	'GET /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/format/answers',
	'GET /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}',
];

const properties: INodeProperties[] = [
	requestLocator,
	formIdProperty,
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			"Whether to return the answers as question label → answer (choices by their labels, several joined by commas); otherwise the whole form as Jira keeps it (design, state, answers by question ID)",
	},
];

export const description = showFor('form', 'getAnswers')(properties);

/** Jira's flattened answer list as one object; a label asked twice keeps its answers apart as "Label (2)". */
function byLabel(answers: IDataObject[]): IDataObject {
	const out: IDataObject = {};
	for (const entry of answers) {
		const label = String(entry?.label ?? '');
		let key = label;
		for (let n = 2; key in out; n++) key = `${label} (${n})`;
		out[key] = entry?.answer ?? '';
	}
	return out;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const path = formPath(this, itemIndex);
	const simplify = booleanParameter(this, itemIndex, 'simplify', 'Simplify', true);
	if (!simplify) {
		const form = (await jsmApiRequest.call(this, { api: 'forms', method: 'GET', path, itemIndex })) as IDataObject;
		return this.helpers.returnJsonArray(form);
	}
	// "Gets the answers ... simplified into a flattened list": developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/.
	const answers = (await jsmApiRequest.call(this, { api: 'forms', method: 'GET', path: `${path}/format/answers`, itemIndex })) as IDataObject[];
	const formId = path.slice(path.lastIndexOf('/') + 1);
	return this.helpers.returnJsonArray({ request: requestKeyParameter(this, itemIndex), formId, answers: byLabel(answers) });
}
