import { organizationUsers } from './organizationUsers';

export const { option, kind, api, description, execute } = organizationUsers('DELETE', {
	name: 'Remove Users',
	value: 'removeUsers',
	description: 'Remove customers from an organization by their account IDs',
	action: 'Remove users from an organization',
});
