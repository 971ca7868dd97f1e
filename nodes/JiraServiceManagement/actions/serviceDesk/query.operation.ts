import { listOperation } from '../../helpers/listOperation';

export const { option, kind, api, description, execute } = listOperation({
	resource: 'serviceDesk',
	option: {
		name: 'Query',
		value: 'query',
		description: 'List the service desks the account can see',
		action: 'Query service desks',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/servicedesk',
	ids: [],
});
