import { callOperation, REQUEST_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'request',
	option: {
		name: 'Delete Feedback',
		value: 'deleteFeedback',
		description: 'Remove the satisfaction feedback of a request (reporter only; experimental API)',
		action: 'Delete feedback of a request',
	},
	kind: 'Execute',
	api: 'DELETE /rest/servicedeskapi/request/{requestIdOrKey}/feedback',
	ids: [REQUEST_ID],
	experimental: true,
	output: ({ requestKey }) => ({ requestKey, deleted: true }),
});
