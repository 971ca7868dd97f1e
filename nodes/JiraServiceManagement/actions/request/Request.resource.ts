import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as create from './create.operation';
import * as deleteRequest from './delete.operation';
import * as deleteFeedback from './deleteFeedback.operation';
import * as get from './get.operation';
import * as getFeedback from './getFeedback.operation';
import * as getSlas from './getSlas.operation';
import * as getStatusHistory from './getStatusHistory.operation';
import * as getSubscription from './getSubscription.operation';
import * as getTransitions from './getTransitions.operation';
import * as postFeedback from './postFeedback.operation';
import * as query from './query.operation';
import * as subscribe from './subscribe.operation';
import * as transition from './transition.operation';
import * as unsubscribe from './unsubscribe.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = {
	create,
	delete: deleteRequest,
	deleteFeedback,
	get,
	getFeedback,
	getSlas,
	getStatusHistory,
	getSubscription,
	getTransitions,
	postFeedback,
	query,
	subscribe,
	transition,
	unsubscribe,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['request'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Raise a customer request with the fields its request type asks for',
				action: 'Create a request',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a request (the Jira issue) for good',
				action: 'Delete a request',
			},
			{
				name: 'Delete Feedback',
				value: 'deleteFeedback',
				description: 'Remove the satisfaction feedback of a request (reporter only; experimental API)',
				action: 'Delete feedback of a request',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one customer request by key, ID or URL',
				action: 'Get a request',
			},
			{
				name: 'Get Feedback',
				value: 'getFeedback',
				description: 'Get the satisfaction rating and comment the customer gave (experimental API)',
				action: 'Get feedback of a request',
			},
			{
				name: 'Get SLAs',
				value: 'getSlas',
				description: 'Get the SLAs of a request: goal, time remaining, breached or not',
				action: 'Get service level agreements of a request',
			},
			{
				name: 'Get Status History',
				value: 'getStatusHistory',
				description: 'List the statuses a request went through, with dates',
				action: 'Get status history of a request',
			},
			{
				name: 'Get Subscription',
				value: 'getSubscription',
				description: 'Whether the account gets notifications about a request',
				action: 'Get subscription to a request',
			},
			{
				name: 'Get Transitions',
				value: 'getTransitions',
				description: 'List the transitions a request can take from its current status, customer and agent ones',
				action: 'Get transitions of a request',
			},
			{
				name: 'Post Feedback',
				value: 'postFeedback',
				description: 'Give a 1-5 satisfaction rating with an optional comment (reporter only; experimental API)',
				action: 'Post feedback on a request',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List customer requests by service desk, type, status or text filters, or by JQL',
				action: 'Query requests',
			},
			{
				name: 'Subscribe',
				value: 'subscribe',
				description: 'Turn on notifications about a request for the account',
				action: 'Subscribe to a request',
			},
			{
				name: 'Transition',
				value: 'transition',
				description: 'Move a request to another status by a customer or agent transition, with screen fields and a public or internal comment',
				action: 'Transition a request',
			},
			{
				name: 'Unsubscribe',
				value: 'unsubscribe',
				description: 'Turn off notifications about a request for the account',
				action: 'Unsubscribe from a request',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change summary, description, priority, labels, assignee, due date or any other field',
				action: 'Update a request',
			},
		],
		default: 'create',
	},
	...create.description,
	...deleteRequest.description,
	...deleteFeedback.description,
	...get.description,
	...getFeedback.description,
	...getSlas.description,
	...getStatusHistory.description,
	...getSubscription.description,
	...getTransitions.description,
	...postFeedback.description,
	...query.description,
	...subscribe.description,
	...transition.description,
	...unsubscribe.description,
	...update.description,
];
