import { serviceDeskOrganization } from '../common/serviceDeskOrganization';

export const { option, kind, api, description, execute } = serviceDeskOrganization('POST', {
	name: 'Add to Service Desk',
	value: 'addToServiceDesk',
	description: 'Link an organization to a service desk so its members can raise requests there',
	action: 'Add an organization to a service desk',
});
