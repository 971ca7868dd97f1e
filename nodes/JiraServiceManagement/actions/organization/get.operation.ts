import { callOperation, ORGANIZATION_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'organization',
	option: {
		name: 'Get',
		value: 'get',
		description: 'Get one organization by ID',
		action: 'Get an organization',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/organization/{organizationId}',
	ids: [ORGANIZATION_ID],
	output: (_, organization) => organization,
});
