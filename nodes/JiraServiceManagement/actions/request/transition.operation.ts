import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { textToAdf } from '../../../shared/helpers/adf';
import { jsonObjectParameter } from '../../helpers/json';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest, segment } from '../../../shared/transport';
import { AGENT_PREFIX, loadTransitions, loadWorkflowTransitions, type Transition } from './transitions';

export const option: OperationOption = {
	name: 'Transition',
	value: 'transition',
	description: 'Move a request to another status by a customer or agent transition, with screen fields and a public or internal comment',
	action: 'Transition a request',
};

export const kind: OperationKind = 'Execute';

export const api = [
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/transition',
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/transition',
	'GET /rest/api/3/issue/{issueIdOrKey}/transitions',
	'POST /rest/api/3/issue/{issueIdOrKey}/transitions',
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
			'The transition to perform, from those the request offers in its current status: customer transitions (the portal\'s) and agent transitions (the rest of the workflow). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
			'The transition ID (such as 81, or agent:51 for an agent transition) or its name (such as "Cancel request"), matched ignoring case: customer transitions first, then the workflow\'s agent transitions',
		displayOptions: { show: { transitionBy: ['idOrName'] } },
	},
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description:
			'Optional plain-text comment explaining the transition: a public reply for a customer transition; for an agent transition a public reply too, or an internal note with Internal Comment',
	},
	{
		displayName: 'Agent Transition Options',
		name: 'agentTransitionOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		description: 'Only for agent transitions, which go through the Jira platform API',
		options: [
			{
				displayName: 'Internal Comment',
				name: 'internalComment',
				type: 'boolean',
				default: false,
				description: 'Whether the comment is an internal note, seen by agents only, instead of a public reply',
			},
			{
				displayName: 'Screen Fields (JSON)',
				name: 'fields',
				type: 'json',
				default: '{}',
				description:
					'Fields of the transition\'s screen, as Jira\'s API takes them, such as {"resolution": {"name": "Done"}}. Jira refuses fields that are not on the screen.',
			},
		],
	},
];

export const description = showFor('request', 'transition')(properties);

const matches = (wanted: string) => (transition: IDataObject) =>
	String(transition.id) === wanted || String(transition.name).toLowerCase() === wanted.toLowerCase();

const asTransition = (found: IDataObject, kind: Transition['kind']): Transition => ({
	id: String(found.id),
	name: String(found.name),
	kind,
});

/**
 * The transition the user means: `agent:<id>` is an agent transition; anything else is looked for among the
 * customer transitions first (what earlier versions offered, so stored ids keep their meaning), then among the
 * workflow's agent transitions.
 */
async function chooseTransition(context: IExecuteFunctions, key: string, wanted: string, itemIndex: number): Promise<Transition> {
	if (wanted.toLowerCase().startsWith(AGENT_PREFIX)) {
		const id = wanted.slice(AGENT_PREFIX.length).trim();
		const workflow = await loadWorkflowTransitions.call(context, key, itemIndex);
		const found = workflow.find((transition) => String(transition.id) === id);
		if (found) return asTransition(found, 'agent');
		throw notAvailable(context, key, wanted, [], workflow, itemIndex);
	}
	const customer = await loadTransitions.call(context, key, undefined, itemIndex);
	const asCustomer = customer.find(matches(wanted));
	if (asCustomer) return asTransition(asCustomer, 'customer');
	const workflow = await loadWorkflowTransitions.call(context, key, itemIndex);
	const asAgent = workflow.find(matches(wanted));
	if (asAgent) return asTransition(asAgent, 'agent');
	throw notAvailable(context, key, wanted, customer, workflow, itemIndex);
}

function notAvailable(
	context: IExecuteFunctions,
	key: string,
	wanted: string,
	customer: IDataObject[],
	workflow: IDataObject[],
	itemIndex: number,
): NodeOperationError {
	const customerIds = new Set(customer.map((t) => String(t.id)));
	const list =
		[
			...customer.map((t) => `${String(t.name)} (${String(t.id)}, customer transition)`),
			...workflow.filter((t) => !customerIds.has(String(t.id))).map((t) => `${String(t.name)} (${AGENT_PREFIX}${String(t.id)}, agent transition)`),
		].join(', ') || 'none';
	return new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: the transition "${wanted}" is not available for ${key} in its current status; available: ${list}`,
		{ itemIndex },
	);
}

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
	const comment = String(this.getNodeParameter('comment', itemIndex, '') ?? '');
	const fields = jsonObjectParameter(
		this,
		itemIndex,
		'agentTransitionOptions.fields',
		'Agent Transition Options → Screen Fields',
		'{"resolution": {"name": "Done"}}',
	);
	const internal = booleanParameter(this, itemIndex, 'agentTransitionOptions.internalComment', 'Agent Transition Options → Internal Comment');

	const transition = await chooseTransition(this, key, wanted, itemIndex);
	const subject = `transition ${transition.name} of ${key}`;
	if (transition.kind === 'customer') {
		if (Object.keys(fields).length > 0 || internal) {
			throw new NodeOperationError(
				this.getNode(),
				`Item ${itemIndex}: "${transition.name}" is a customer transition, which takes no Screen Fields or Internal Comment (Agent Transition Options); choose its agent transition (${AGENT_PREFIX}${transition.id}) or clear those options`,
				{ itemIndex },
			);
		}
		const body: IDataObject = { id: transition.id };
		if (comment.trim()) body.additionalComment = { body: comment };
		await jsmApiRequest.call(this, { method: 'POST', path: `/rest/servicedeskapi/request/${key}/transition`, body, itemIndex, subject });
	} else {
		const body: IDataObject = { transition: { id: transition.id } };
		if (Object.keys(fields).length > 0) body.fields = fields;
		if (comment.trim()) {
			const add: IDataObject = { body: textToAdf(comment) };
			// JSM's mark for an internal note on a platform comment.
			if (internal) add.properties = [{ key: 'sd.public.comment', value: { internal: true } }];
			body.update = { comment: [{ add }] };
		}
		await jsmApiRequest.call(this, { method: 'POST', path: `/rest/api/3/issue/${segment(key)}/transitions`, body, itemIndex, subject });
	}
	return this.helpers.returnJsonArray({
		requestKey: key,
		transitionId: transition.id,
		transition: transition.name,
		kind: transition.kind,
		commented: Boolean(comment.trim()),
	});
}
