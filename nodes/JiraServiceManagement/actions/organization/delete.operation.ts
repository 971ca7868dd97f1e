import { callOperation, ORGANIZATION_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'organization',
	option: {
		name: 'Delete',
		value: 'delete',
		description: 'Delete an organization (its members keep their accounts)',
		action: 'Delete an organization',
	},
	kind: 'Delete',
	api: 'DELETE /rest/servicedeskapi/organization/{organizationId}',
	ids: [ORGANIZATION_ID],
	output: ({ organizationId }) => ({ organizationId, deleted: true }),
});
