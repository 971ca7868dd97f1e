import { callOperation, REQUEST_ID } from '../../helpers/callOperation';
import { APPROVAL_ID } from './approvalId';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'approval',
	option: {
		name: 'Get',
		value: 'get',
		description: 'Get one approval of a request by its ID',
		action: 'Get an approval',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}',
	ids: [REQUEST_ID, APPROVAL_ID],
	output: ({ requestKey }, approval) => ({ requestKey, ...approval }),
});
