import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { limitedText } from '../../helpers/operations';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { additionalFieldsCollection, choiceParameter } from '../../helpers/parameters';
import { jsmApiRequest, segment } from '../../../shared/transport';
import { acceptedOf, REQUEST_STATUS_API, requestOutcome, waitOption } from './requestOutcome';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description: 'Raise a JSM Operations alert (message, priority, responders, alias for de-duplication) and return it',
	action: 'Create an alert',
};

export const kind: OperationKind = 'Create';

export const api = [
	'POST /jsm/ops/api/{cloudId}/v1/alerts',
	REQUEST_STATUS_API,
	'GET /jsm/ops/api/{cloudId}/v1/alerts/{id}',
];

const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
const RESPONDER_TYPES = ['team', 'user', 'escalation', 'schedule'] as const;

const properties: INodeProperties[] = [
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'CPU above 90% on db-prod-1',
		description: 'Short summary of the alert, at most 130 characters',
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		options: PRIORITIES.map((value) => ({ name: value, value })),
		default: 'P3',
		description: 'P1 is the most urgent, P5 the least',
	},
	{
		displayName: 'Responders',
		name: 'responders',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Responder',
		description: 'Who JSM Operations notifies: teams (IDs from Team → Query), users (account IDs), escalations or schedules',
		options: [
			{
				displayName: 'Responder',
				name: 'responder',
				values: [
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: RESPONDER_TYPES.map((value) => ({ name: value[0].toUpperCase() + value.slice(1), value })),
						default: 'team',
					},
					{ displayName: 'ID', name: 'id', type: 'string', default: '', description: 'Team, escalation or schedule ID, or a user account ID' },
				],
			},
		],
	},
	additionalFieldsCollection([
		{ displayName: 'Actions', name: 'actions', type: 'string', default: '', description: 'Custom actions offered on the alert, separated by commas' },
		{
			displayName: 'Alias',
			name: 'alias',
			type: 'string',
			default: '',
			description: 'Your own key for the alert (at most 512 characters). While an alert with this alias is open, creating it again only counts one more occurrence (de-duplication).',
		},
		{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'Details, at most 15,000 characters' },
		{ displayName: 'Entity', name: 'entity', type: 'string', default: '', description: 'What the alert is about, such as a server or service' },
		{ displayName: 'Extra Properties (JSON)', name: 'extraProperties', type: 'json', default: '{}', description: 'Custom key-value pairs; values are text' },
		{ displayName: 'Note', name: 'note', type: 'string', default: '', description: 'A first note on the alert' },
		{ displayName: 'Source', name: 'source', type: 'string', default: '', description: 'The system that raised the alert, at most 100 characters' },
		{ displayName: 'Tags', name: 'tags', type: 'string', default: '', description: 'Tags separated by commas (at most 20)' },
	]),
	waitOption,
];

export const description = showFor('alert', 'create')(properties);

const list = (value: unknown) =>
	(Array.isArray(value) ? value.map(String) : String(value ?? '').split(',')).map((entry) => entry.trim()).filter(Boolean);

function extraPropertiesOf(context: IExecuteFunctions, itemIndex: number, raw: unknown): IDataObject | undefined {
	let value = raw;
	if (typeof value === 'string') {
		if (!value.trim()) return undefined;
		try {
			value = JSON.parse(value);
		} catch {
			value = undefined;
		}
	}
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		const entries = Object.entries(value as IDataObject).map(([key, entry]) => [key, typeof entry === 'string' ? entry : JSON.stringify(entry)]);
		return entries.length ? Object.fromEntries(entries) : undefined;
	}
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: Extra Properties must be a JSON object, such as {"region": "eu"}`, { itemIndex });
}

function respondersOf(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const entries = ((context.getNodeParameter('responders', itemIndex, {}) as IDataObject).responder ?? []) as IDataObject[];
	return entries.map((entry, position) => {
		const type = String(entry.type ?? '');
		const id = String(entry.id ?? '').trim();
		if (!(RESPONDER_TYPES as readonly string[]).includes(type) || !/^[A-Za-z0-9:_-]{1,128}$/.test(id)) {
			throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: responder ${position + 1} needs a type (team, user, escalation or schedule) and an ID, not "${id}"`, {
				itemIndex,
			});
		}
		return { type, id };
	});
}

/** The CreateAlertRequest body, each documented limit checked here so the item names the field. */
function bodyOf(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const fields = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const text = (name: string, label: string, max: number) => limitedText(context, itemIndex, `additionalFields.${name}`, label, max);
	const body: IDataObject = {
		message: limitedText(context, itemIndex, 'message', 'Message', 130, true),
		priority: choiceParameter(context, itemIndex, 'priority', 'Priority', PRIORITIES),
	};
	const responders = respondersOf(context, itemIndex);
	if (responders.length) body.responders = responders;
	const optional: Array<[string, string, number]> = [
		['alias', 'Alias', 512],
		['description', 'Description', 15000],
		['entity', 'Entity', 512],
		['source', 'Source', 100],
		['note', 'Note', 25000],
	];
	for (const [name, label, max] of optional) {
		if (fields[name] === undefined) continue;
		const value = text(name, label, max);
		if (value) body[name] = value;
	}
	const tags = list(fields.tags);
	if (tags.length > 20) throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: Tags has ${tags.length} tags; an alert takes at most 20`, { itemIndex });
	if (tags.length) body.tags = tags;
	const actions = list(fields.actions);
	if (actions.length) body.actions = actions;
	if (fields.extraProperties !== undefined) {
		const extra = extraPropertiesOf(context, itemIndex, fields.extraProperties);
		if (extra) body.extraProperties = extra;
	}
	return body;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const body = bodyOf(this, itemIndex);
	const answer = await jsmApiRequest.call(this, {
		api: 'operations',
		method: 'POST',
		path: '/v1/alerts',
		body,
		itemIndex,
		subject: `alert "${String(body.message)}"`,
	});
	const outcome = await requestOutcome(this, itemIndex, acceptedOf(this, itemIndex, answer), 'create the alert');
	if (!outcome.processed || typeof outcome.alertId !== 'string' || !outcome.alertId) return this.helpers.returnJsonArray(outcome);
	const alert = (await jsmApiRequest.call(this, {
		api: 'operations',
		method: 'GET',
		path: `/v1/alerts/${segment(outcome.alertId)}`,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ ...alert, requestId: outcome.requestId, requestStatus: outcome.status });
}
