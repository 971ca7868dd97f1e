import { requestCall } from '../../helpers/requestOperations';

export const { option, kind, api, description, execute } = requestCall({
	resource: 'request',
	option: {
		name: 'Unsubscribe',
		value: 'unsubscribe',
		description: 'Turn off notifications about a request for the account',
		action: 'Unsubscribe from a request',
	},
	kind: 'Execute',
	api: 'DELETE /rest/servicedeskapi/request/{issueIdOrKey}/notification',
	output: (requestKey) => ({ requestKey, subscribed: false }),
});
