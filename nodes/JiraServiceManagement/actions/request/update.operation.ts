import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { textToAdf } from '../../../shared/helpers/adf';
import { toJiraDate } from '../../helpers/dates';
import { jsonObjectParameter } from '../../helpers/json';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	requestKeyParameter,
	requestLocator,
	simplifyOption,
	simplifyParameter,
	updateFieldsCollection,
} from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { simplifyRequest } from './simplify';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description: 'Change summary, description, priority, labels, assignee, due date or any other field',
	action: 'Update a request',
};

export const kind: OperationKind = 'Update';

export const api = ['PUT /rest/api/3/issue/{issueIdOrKey}', 'GET /rest/servicedeskapi/request/{issueIdOrKey}'];

const properties: INodeProperties[] = [
	requestLocator,
	updateFieldsCollection(
		[
			{
				displayName: 'Additional Fields (JSON)',
				name: 'additionalFields',
				type: 'json',
				default: '{}',
				description:
					'Any other Jira fields as a JSON object of field ID to value in the shape Jira expects, e.g. {"customfield_10050": {"value": "Sydney"}}',
			},
			{
				displayName: 'Assignee Account ID',
				name: 'assignee',
				type: 'string',
				default: '',
				placeholder: '5b10ac8d82e05b22cc7d4ef5',
				description: 'Account ID of the agent to assign the request to',
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: 'New description, as plain text (sent to Jira as a rich-text document)',
			},
			{
				displayName: 'Due Date',
				name: 'duedate',
				type: 'dateTime',
				default: '',
				description: 'The date the request is due (only the day is kept)',
			},
			{
				displayName: 'Labels',
				name: 'labels',
				type: 'string',
				default: '',
				placeholder: 'vip, hardware',
				description: 'Comma-separated labels (words without spaces); replaces the current labels',
			},
			{
				displayName: 'Priority',
				name: 'priority',
				type: 'string',
				default: '',
				placeholder: 'High',
				description: 'Priority name, such as Highest, High, Medium, Low or Lowest',
			},
			{
				displayName: 'Summary',
				name: 'summary',
				type: 'string',
				default: '',
				description: 'New summary (title) of the request',
			},
		],
		{ description: 'The fields to change; fields left out keep their value' },
	),
	simplifyOption,
];

export const description = showFor('request', 'update')(properties);

function fail(context: IExecuteFunctions, itemIndex: number, message: string): never {
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${message}`, { itemIndex });
}

/** The named fields as Jira wants them; empty ones are left out. */
function namedFields(context: IExecuteFunctions, itemIndex: number, input: IDataObject): IDataObject {
	const text = (name: string) => String(input[name] ?? '').trim();
	const fields: IDataObject = {};
	if (text('summary')) fields.summary = text('summary');
	if (text('description')) fields.description = textToAdf(String(input.description));
	if (text('priority')) fields.priority = { name: text('priority') };
	if (text('assignee')) fields.assignee = { accountId: text('assignee') };
	if (text('labels')) {
		const labels = text('labels')
			.split(',')
			.map((label) => label.trim())
			.filter(Boolean);
		const spaced = labels.find((label) => /\s/.test(label));
		if (spaced) fail(context, itemIndex, `the label "${spaced}" in Labels contains a space; Jira labels are single words`);
		fields.labels = labels;
	}
	if (text('duedate')) {
		// Same converter as Request -> Create: the day the user picked, whatever the time zone.
		const due = toJiraDate(input.duedate, context.getTimezone());
		if (due === undefined) fail(context, itemIndex, `the Due Date "${text('duedate')}" is not a date`);
		fields.duedate = due;
	}
	return fields;
}

/** The `fields` of the edit: the named fields plus the JSON ones, refusing a field set in both. */
function fieldsOf(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const named = namedFields(context, itemIndex, context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	const extra = jsonObjectParameter(
		context,
		itemIndex,
		'updateFields.additionalFields',
		'Additional Fields (JSON)',
		'{"customfield_10050": {"value": "Sydney"}}',
	);
	const twice = Object.keys(named).find((name) => name in extra);
	if (twice) fail(context, itemIndex, `${twice} is set both in its own field and in Additional Fields (JSON); keep one`);
	return { ...extra, ...named };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const fields = fieldsOf(this, itemIndex);
	if (!Object.keys(fields).length) {
		fail(this, itemIndex, 'nothing to update: add at least one field under Update Fields');
	}
	await jsmApiRequest.call(this, { method: 'PUT', path: `/rest/api/3/issue/${key}`, body: { fields }, itemIndex });

	const simplify = simplifyParameter(this, itemIndex);
	const request = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/request/${key}`,
		qs: simplify ? { expand: ['requestType'] } : undefined,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray(simplify ? simplifyRequest(request) : request);
}
