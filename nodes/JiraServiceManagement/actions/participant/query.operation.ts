import { REQUEST_ID } from '../../helpers/callOperation';
import { listOperation } from '../../helpers/listOperation';

export const { option, kind, api, description, execute } = listOperation({
	resource: 'participant',
	option: {
		name: 'Query',
		value: 'query',
		description: 'List the participants of a request',
		action: 'Query participants of a request',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/participant',
	ids: [REQUEST_ID],
});
