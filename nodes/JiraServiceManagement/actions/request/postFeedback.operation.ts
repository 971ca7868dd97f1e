import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { callOperation, REQUEST_ID } from '../../helpers/callOperation';
import { feedbackOutput } from './feedback';

/** The CSAT feedback: a whole-number rating from 1 to 5, and the comment when there is one. */
function feedbackBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const rating = Number(context.getNodeParameter('rating', itemIndex, 5));
	if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
		throw new NodeOperationError(
			context.getNode(),
			`Item ${itemIndex}: the Rating must be a whole number from 1 to 5, not "${String(rating)}"`,
			{ itemIndex },
		);
	}
	const comment = String(context.getNodeParameter('comment', itemIndex, '') ?? '');
	const body: IDataObject = { type: 'csat', rating };
	if (comment.trim()) body.comment = { body: comment };
	return body;
}

export const { option, kind, api, description, execute } = callOperation({
	resource: 'request',
	option: {
		name: 'Post Feedback',
		value: 'postFeedback',
		description: 'Give a 1-5 satisfaction rating with an optional comment (reporter only; experimental API)',
		action: 'Post feedback on a request',
	},
	kind: 'Execute',
	api: 'POST /rest/servicedeskapi/request/{requestIdOrKey}/feedback',
	ids: [REQUEST_ID],
	input: {
		properties: [
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
		],
		read: (context, itemIndex) => ({ body: feedbackBody(context, itemIndex) }),
	},
	experimental: true,
	subject: ({ requestKey }) => `feedback on ${requestKey}`,
	output: ({ requestKey }, feedback) => feedbackOutput(requestKey, feedback),
});
