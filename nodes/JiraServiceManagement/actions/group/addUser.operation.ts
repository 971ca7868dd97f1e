import { groupMembership } from './membership';

export const { option, kind, api, description, execute } = groupMembership('POST', {
	name: 'Add User',
	value: 'addUser',
	description: 'Add a user to a group, giving them the access (and licence) the group grants',
	action: 'Add a user to a group',
});
