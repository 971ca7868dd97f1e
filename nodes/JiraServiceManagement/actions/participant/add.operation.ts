import { participantsChange } from './change';

export const { option, kind, api, description, execute } = participantsChange(
	'POST',
	{
		name: 'Add',
		value: 'add',
		description: 'Add people to a request so they can follow and comment on it',
		action: 'Add participants to a request',
	},
	'Participants to add to the request; they then see it in the portal and get notifications.',
);
