import { callOperation, REQUEST_ID } from '../../helpers/callOperation';
import { feedbackOutput } from './feedback';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'request',
	option: {
		name: 'Get Feedback',
		value: 'getFeedback',
		description: 'Get the satisfaction rating and comment the customer gave (experimental API)',
		action: 'Get feedback of a request',
	},
	kind: 'Execute',
	api: 'GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback',
	ids: [REQUEST_ID],
	experimental: true,
	output: ({ requestKey }, feedback) => feedbackOutput(requestKey, feedback),
});
