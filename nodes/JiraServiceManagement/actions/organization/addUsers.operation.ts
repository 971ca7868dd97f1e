import { organizationUsers } from './organizationUsers';

export const { option, kind, api, description, execute } = organizationUsers('POST', {
	name: 'Add Users',
	value: 'addUsers',
	description: 'Add customers to an organization by their account IDs',
	action: 'Add users to an organization',
});
