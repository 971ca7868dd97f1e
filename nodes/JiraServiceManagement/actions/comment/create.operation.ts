import { callOperation, REQUEST_ID } from '../../helpers/callOperation';
import { commentTextOption, commentTextParameter, isPublicParameter, visibilityOption } from '../../helpers/comments';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'comment',
	option: {
		name: 'Create',
		value: 'create',
		description: 'Add a public reply the customer sees, or an internal note only agents see',
		action: 'Add a comment to a request',
	},
	kind: 'Create',
	api: 'POST /rest/servicedeskapi/request/{issueIdOrKey}/comment',
	ids: [REQUEST_ID],
	input: {
		properties: [commentTextOption('The comment, as plain text'), visibilityOption()],
		read: (context, itemIndex) => ({
			body: { body: commentTextParameter(context, itemIndex), public: isPublicParameter(context, itemIndex) },
		}),
	},
	subject: ({ requestKey }) => `a comment on ${requestKey}`,
	output: ({ requestKey }, comment) => ({ requestKey, ...comment }),
});
