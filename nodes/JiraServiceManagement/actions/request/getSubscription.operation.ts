import { requestCall } from '../../helpers/requestOperations';

export const { option, kind, api, description, execute } = requestCall({
	resource: 'request',
	option: {
		name: 'Get Subscription',
		value: 'getSubscription',
		description: 'Whether the account gets notifications about a request',
		action: 'Get subscription to a request',
	},
	kind: 'Execute',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/notification',
	output: (requestKey, status) => ({ requestKey, subscribed: status.subscribed === true }),
});
