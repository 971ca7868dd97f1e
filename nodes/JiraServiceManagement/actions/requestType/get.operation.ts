import { callOperation, REQUEST_TYPE_ID, SERVICE_DESK_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'requestType',
	option: {
		name: 'Get',
		value: 'get',
		description: 'Get one request type of a service desk',
		action: 'Get a request type',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}',
	ids: [SERVICE_DESK_ID, REQUEST_TYPE_ID],
	output: (_, requestType) => requestType,
});
