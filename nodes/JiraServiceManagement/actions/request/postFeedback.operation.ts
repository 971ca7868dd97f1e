import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { feedbackOutput } from './feedback';

export const option: OperationOption = {
	name: 'Post Feedback',
	value: 'postFeedback',
	description: 'Give a 1-5 satisfaction rating with an optional comment (reporter only; experimental API)',
	action: 'Post feedback on a request',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/request/{requestIdOrKey}/feedback'];

const properties: INodeProperties[] = [
	requestLocator,
	{
		displayName: 'Rating',
		name: 'rating',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 5, numberPrecision: 0 },
		default: 5,
		required: true,
		description: 'Customer satisfaction rating from 1 (very unsatisfied) to 5 (very satisfied)',
	},
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Optional plain-text comment that goes with the rating',
	},
];

export const description = showFor('request', 'postFeedback')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const rating = Number(this.getNodeParameter('rating', itemIndex, 5));
	if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
		throw new NodeOperationError(
			this.getNode(),
			`Item ${itemIndex}: the Rating must be a whole number from 1 to 5, not "${String(rating)}"`,
			{ itemIndex },
		);
	}
	const comment = String(this.getNodeParameter('comment', itemIndex, '') ?? '');
	const body: IDataObject = { type: 'csat', rating };
	if (comment.trim()) body.comment = { body: comment };
	const feedback = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/request/${key}/feedback`,
		body,
		experimental: true,
		itemIndex,
		subject: `feedback on ${key}`,
	})) as IDataObject;
	return this.helpers.returnJsonArray(feedbackOutput(key, feedback));
}
