import { callOperation, REQUEST_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'request',
	option: {
		name: 'Get Subscription',
		value: 'getSubscription',
		description: 'Whether the account gets notifications about a request',
		action: 'Get subscription to a request',
	},
	kind: 'Execute',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/notification',
	ids: [REQUEST_ID],
	output: ({ requestKey }, status) => ({ requestKey, subscribed: status.subscribed === true }),
});
