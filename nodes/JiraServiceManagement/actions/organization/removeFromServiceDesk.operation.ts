import { serviceDeskOrganization } from '../common/serviceDeskOrganization';

export const { option, kind, api, description, execute } = serviceDeskOrganization('DELETE', {
	name: 'Remove From Service Desk',
	value: 'removeFromServiceDesk',
	description: 'Unlink an organization from a service desk',
	action: 'Remove an organization from a service desk',
});
