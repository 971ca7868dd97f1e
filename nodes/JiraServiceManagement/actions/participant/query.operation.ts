import { requestList } from '../../helpers/requestOperations';

export const { option, kind, api, description, execute } = requestList({
	resource: 'participant',
	option: {
		name: 'Query',
		value: 'query',
		description: 'List the participants of a request',
		action: 'Query participants of a request',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/participant',
});
