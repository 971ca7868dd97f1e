import { callOperation, REQUEST_TYPE_ID, SERVICE_DESK_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'requestType',
	option: {
		name: 'Delete',
		value: 'delete',
		description: 'Remove a request type from a service desk',
		action: 'Delete a request type',
	},
	kind: 'Delete',
	api: 'DELETE /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}',
	ids: [SERVICE_DESK_ID, REQUEST_TYPE_ID],
	experimental: true,
	output: ({ serviceDeskId, requestTypeId }) => ({ serviceDeskId, requestTypeId, deleted: true }),
});
