import { REQUEST_ID } from '../../helpers/callOperation';
import { listOperation } from '../../helpers/listOperation';

export const { option, kind, api, description, execute } = listOperation({
	resource: 'approval',
	option: {
		name: 'Query',
		value: 'query',
		description: 'List the approvals of a request, pending and completed',
		action: 'Query approvals of a request',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/approval',
	ids: [REQUEST_ID],
});
