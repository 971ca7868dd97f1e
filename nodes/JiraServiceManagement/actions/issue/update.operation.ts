import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { textToAdf } from '../../../shared/helpers/adf';
import { jsonObjectParameter } from '../../helpers/json';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, issueLocator, requestKeyParameter, updateFieldsCollection } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description: 'Change the fields of a Jira issue: summary, description or any field as JSON',
	action: 'Update an issue',
};

export const kind: OperationKind = 'Update';

export const api = ['PUT /rest/api/3/issue/{issueIdOrKey}'];

const properties: INodeProperties[] = [
	issueLocator,
	updateFieldsCollection([
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'New description as plain text (sent as Atlassian Document Format); leave empty to clear it',
		},
		{
			displayName: 'Other Fields (JSON)',
			name: 'fieldsJson',
			type: 'json',
			default: '{}',
			description:
				'Any other fields as a JSON object of field ID to value, in the Jira REST v3 format, e.g. {"priority": {"name": "High"}, "labels": ["outage"], "customfield_10010": 1}',
		},
		{
			displayName: 'Summary',
			name: 'summary',
			type: 'string',
			default: '',
			description: 'New one-line summary (title) of the issue',
		},
	]),
	{
		displayName: 'Notify Watchers',
		name: 'notifyUsers',
		type: 'boolean',
		default: true,
		description:
			'Whether Jira emails the watchers about the change; turning it off needs the Administer Jira or Administer Projects permission',
	},
];

export const description = showFor('issue', 'update')(properties);

function refuse(context: IExecuteFunctions, itemIndex: number, problem: string): never {
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${problem}`, { itemIndex });
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex, 'issue', 'issue');
	const updates = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const fields = jsonObjectParameter(this, itemIndex, 'updateFields.fieldsJson', 'Other Fields (JSON)', '{"labels": ["outage"]}');
	for (const name of ['summary', 'description'] as const) {
		if (updates[name] === undefined) continue;
		if (name in fields) refuse(this, itemIndex, `${name} is set both in its own field and in Other Fields (JSON); keep one`);
		const text = String(updates[name]);
		if (name === 'summary') {
			if (!text.trim()) refuse(this, itemIndex, 'the Summary is empty; Jira requires one');
			fields.summary = text;
		} else {
			fields.description = text.trim() ? textToAdf(text) : null;
		}
	}
	if (!Object.keys(fields).length) {
		refuse(this, itemIndex, 'nothing to update: add Summary, Description or Other Fields (JSON)');
	}
	const notifyUsers = booleanParameter(this, itemIndex, 'notifyUsers', 'Notify Watchers', true);
	await jsmApiRequest.call(this, {
		method: 'PUT',
		path: `/rest/api/3/issue/${key}`,
		qs: notifyUsers ? undefined : { notifyUsers: false },
		body: { fields },
		itemIndex,
	});
	return this.helpers.returnJsonArray({ issueKey: key, updated: true, fields: Object.keys(fields) });
}
