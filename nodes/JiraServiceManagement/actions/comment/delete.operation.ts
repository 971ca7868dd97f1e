import { callOperation, REQUEST_ID } from '../../helpers/callOperation';
import { COMMENT_ID } from './commentId';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'comment',
	option: {
		name: 'Delete',
		value: 'delete',
		description: 'Delete a comment from a request',
		action: 'Delete a comment',
	},
	kind: 'Delete',
	api: 'DELETE /rest/api/3/issue/{issueIdOrKey}/comment/{id}',
	ids: [REQUEST_ID, COMMENT_ID],
	output: ({ requestKey, commentId }) => ({ requestKey, commentId, deleted: true }),
});
