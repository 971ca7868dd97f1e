import { requestList } from '../../helpers/requestOperations';

export const { option, kind, api, description, execute } = requestList({
	resource: 'approval',
	option: {
		name: 'Query',
		value: 'query',
		description: 'List the approvals of a request, pending and completed',
		action: 'Query approvals of a request',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/approval',
});
