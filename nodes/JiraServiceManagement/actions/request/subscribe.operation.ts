import { callOperation, REQUEST_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'request',
	option: {
		name: 'Subscribe',
		value: 'subscribe',
		description: 'Turn on notifications about a request for the account',
		action: 'Subscribe to a request',
	},
	kind: 'Execute',
	api: 'PUT /rest/servicedeskapi/request/{issueIdOrKey}/notification',
	ids: [REQUEST_ID],
	output: ({ requestKey }) => ({ requestKey, subscribed: true }),
});
