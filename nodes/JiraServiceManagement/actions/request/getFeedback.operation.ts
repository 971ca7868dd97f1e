import { requestCall } from '../../helpers/requestOperations';
import { feedbackOutput } from './feedback';

export const { option, kind, api, description, execute } = requestCall({
	resource: 'request',
	option: {
		name: 'Get Feedback',
		value: 'getFeedback',
		description: 'Get the satisfaction rating and comment the customer gave (experimental API)',
		action: 'Get feedback of a request',
	},
	kind: 'Execute',
	api: 'GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback',
	experimental: true,
	output: feedbackOutput,
});
