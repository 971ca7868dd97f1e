import type { IDataObject } from 'n8n-workflow';

import { callOperation, REQUEST_TYPE_ID, SERVICE_DESK_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'requestType',
	option: {
		name: 'Get Fields',
		value: 'getFields',
		description: 'List the fields a request type asks for, with required flags and allowed values',
		action: 'Get the fields of a request type',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field',
	ids: [SERVICE_DESK_ID, REQUEST_TYPE_ID],
	output: (_, response) => (response.requestTypeFields ?? []) as IDataObject[],
});
