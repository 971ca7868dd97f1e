import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../transport';
import { loadTransitions } from './transitions';

export const kind: OperationKind = 'Execute';

export const api = [
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/transition',
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/transition',
];

const properties: INodeProperties[] = [
	requestLocator,
	{
		displayName: 'Transition By',
		name: 'transitionBy',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'From List', value: 'list', description: "Pick one of this request's transitions" },
			{ name: 'ID or Name', value: 'idOrName', description: 'Give the transition ID or its name, e.g. from an expression' },
		],
		default: 'list',
	},
	{
		displayName: 'Transition Name or ID',
		name: 'transition',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTransitions', loadOptionsDependsOn: ['request.value'] },
		default: '',
		required: true,
		description:
			'The transition to perform, from those the request offers in its current status. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { transitionBy: ['list'] } },
	},
	{
		displayName: 'Transition ID or Name',
		name: 'transitionIdOrName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Resolve this issue',
		description:
			'The transition ID (such as 51) or its name as the portal shows it (such as "Cancel request"); names are matched ignoring case',
		displayOptions: { show: { transitionBy: ['idOrName'] } },
	},
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Optional plain-text comment explaining the transition, added to the request as a public reply',
	},
];

export const description = showFor('request', 'transition')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const by = this.getNodeParameter('transitionBy', itemIndex, 'list') as string;
	const parameter = by === 'list' ? 'transition' : 'transitionIdOrName';
	const wanted = String(this.getNodeParameter(parameter, itemIndex, '') ?? '').trim();
	if (!wanted) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: choose a transition (the field is empty)`, {
			itemIndex,
		});
	}

	const available = await loadTransitions.call(this, key, undefined, itemIndex);
	const match =
		available.find((t) => String(t.id) === wanted) ??
		available.find((t) => String(t.name).toLowerCase() === wanted.toLowerCase());
	if (!match) {
		const list = available.map((t) => `${String(t.name)} (${String(t.id)})`).join(', ') || 'none';
		throw new NodeOperationError(
			this.getNode(),
			`Item ${itemIndex}: the transition "${wanted}" is not available for ${key} in its current status; available: ${list}`,
			{ itemIndex },
		);
	}

	const comment = String(this.getNodeParameter('comment', itemIndex, '') ?? '');
	const body: IDataObject = { id: String(match.id) };
	if (comment.trim()) body.additionalComment = { body: comment };
	await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/request/${key}/transition`,
		body,
		itemIndex,
		subject: `transition ${String(match.name)} of ${key}`,
	});
	return this.helpers.returnJsonArray({
		requestKey: key,
		transitionId: String(match.id),
		transition: match.name,
		commented: Boolean(body.additionalComment),
	});
}
