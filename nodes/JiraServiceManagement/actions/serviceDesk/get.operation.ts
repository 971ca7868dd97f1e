import { callOperation, SERVICE_DESK_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'serviceDesk',
	option: {
		name: 'Get',
		value: 'get',
		description: 'Get one service desk by ID',
		action: 'Get a service desk',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}',
	ids: [SERVICE_DESK_ID],
	output: (_, serviceDesk) => serviceDesk,
});
