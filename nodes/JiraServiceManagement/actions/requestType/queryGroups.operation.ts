import { SERVICE_DESK_ID } from '../../helpers/callOperation';
import { listOperation } from '../../helpers/listOperation';

export const { option, kind, api, description, execute } = listOperation({
	resource: 'requestType',
	option: {
		name: 'Query Groups',
		value: 'queryGroups',
		description: 'List the portal groups that organize the request types of a service desk',
		action: 'Query request type groups',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttypegroup',
	ids: [SERVICE_DESK_ID],
});
