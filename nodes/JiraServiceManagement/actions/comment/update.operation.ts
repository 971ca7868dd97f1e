import { adfToText, textToAdf } from '../../../shared/helpers/adf';
import { callOperation, REQUEST_ID } from '../../helpers/callOperation';
import { commentTextOption, commentTextParameter } from '../../helpers/comments';
import { COMMENT_ID } from './commentId';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'comment',
	option: {
		name: 'Update',
		value: 'update',
		description: 'Replace the text of a comment, keeping it public or internal',
		action: 'Update a comment',
	},
	kind: 'Update',
	api: 'PUT /rest/api/3/issue/{issueIdOrKey}/comment/{id}',
	ids: [REQUEST_ID, COMMENT_ID],
	input: {
		properties: [
			commentTextOption('The new comment text, as plain text; it replaces the old text and keeps the comment public or internal'),
		],
		read: (context, itemIndex) => ({ body: { body: textToAdf(commentTextParameter(context, itemIndex)) } }),
	},
	output: ({ requestKey }, comment) => ({ requestKey, ...comment, body: adfToText(comment.body) }),
});
