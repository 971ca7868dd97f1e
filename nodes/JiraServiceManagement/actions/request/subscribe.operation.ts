import { requestCall } from '../../helpers/requestOperations';

export const { option, kind, api, description, execute } = requestCall({
	resource: 'request',
	option: {
		name: 'Subscribe',
		value: 'subscribe',
		description: 'Turn on notifications about a request for the account',
		action: 'Subscribe to a request',
	},
	kind: 'Execute',
	api: 'PUT /rest/servicedeskapi/request/{issueIdOrKey}/notification',
	output: (requestKey) => ({ requestKey, subscribed: true }),
});
