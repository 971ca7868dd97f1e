import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { requestKeyParameter } from '../../helpers/parameters';
import { segment } from '../../../shared/transport';

/** Forms on a request are UUIDs (developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/, `formId`). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const formIdProperty: INodeProperties = {
	displayName: 'Form ID',
	name: 'formId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'c18bde7a-d846-11ed-afa1-0242ac120002',
	description:
		"The ID of the form on this request (the ID field of Form → Get Many or Attach; not the template's ID from the project's form settings)",
};

/** A UUID parameter, refused before sending when it is not one (so nothing can be added to the path). */
export function uuidParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const value = String(context.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	if (UUID.test(value)) return value.toLowerCase();
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: the ${label} "${value}" is not a form ID (a UUID)`, {
		itemIndex,
		description: `Give the ${label} as a UUID, for example c18bde7a-d846-11ed-afa1-0242ac120002 (Form → Get Many lists them)`,
	});
}

/** `/issue/{issueIdOrKey}/form`, the Forms API's path to a request's forms. */
export function formsPath(context: IExecuteFunctions, itemIndex: number): string {
	return `/issue/${segment(requestKeyParameter(context, itemIndex))}/form`;
}

/** `/issue/{issueIdOrKey}/form/{formId}` for the item's request and form. */
export function formPath(context: IExecuteFunctions, itemIndex: number): string {
	const formId = uuidParameter(context, itemIndex, 'formId', 'form ID');
	return `${formsPath(context, itemIndex)}/${formId}`;
}
