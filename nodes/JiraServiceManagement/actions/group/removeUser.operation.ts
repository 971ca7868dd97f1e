import { groupMembership } from './membership';

export const { option, kind, api, description, execute } = groupMembership('DELETE', {
	name: 'Remove User',
	value: 'removeUser',
	description: 'Remove a user from a group, e.g. to reclaim the licence of someone who left',
	action: 'Remove a user from a group',
});
