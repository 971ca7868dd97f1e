import { callOperation, REQUEST_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'request',
	option: {
		name: 'Unsubscribe',
		value: 'unsubscribe',
		description: 'Turn off notifications about a request for the account',
		action: 'Unsubscribe from a request',
	},
	kind: 'Execute',
	api: 'DELETE /rest/servicedeskapi/request/{issueIdOrKey}/notification',
	ids: [REQUEST_ID],
	output: ({ requestKey }) => ({ requestKey, subscribed: false }),
});
