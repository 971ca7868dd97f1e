import { participantsChange } from './change';

export const { option, kind, api, description, execute } = participantsChange(
	'DELETE',
	{
		name: 'Remove',
		value: 'remove',
		description: 'Remove people from the participants of a request',
		action: 'Remove participants from a request',
	},
	'Participants to remove from the request.',
);
