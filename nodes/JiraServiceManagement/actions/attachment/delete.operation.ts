import { callOperation } from '../../helpers/callOperation';
import { ATTACHMENT_ID } from './attachmentId';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'attachment',
	option: {
		name: 'Delete',
		value: 'delete',
		description: 'Delete an attachment by its ID',
		action: 'Delete an attachment',
	},
	kind: 'Delete',
	api: 'DELETE /rest/api/3/attachment/{id}',
	ids: [ATTACHMENT_ID],
	output: ({ attachmentId }) => ({ attachmentId, deleted: true }),
});
