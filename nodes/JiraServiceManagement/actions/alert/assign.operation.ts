import { accountIdParameter, userLocator } from '../../helpers/parameters';
import { alertActionOperation } from './alertAction';

export const { option, kind, api, description, execute } = alertActionOperation({
	option: {
		name: 'Assign',
		value: 'assign',
		description: 'Make a user (by Atlassian account ID) the owner of a JSM Operations alert',
		action: 'Assign an alert',
	},
	input: {
		properties: [
			{ ...userLocator, displayName: 'Assignee', name: 'assignee', description: 'The user who becomes the owner of the alert (an Atlassian account ID)' },
		],
		body: (context, itemIndex) => ({ accountId: accountIdParameter(context, itemIndex, 'assignee') }),
	},
});
