import { alertActionOperation } from './alertAction';

export const { option, kind, api, description, execute } = alertActionOperation({
	option: {
		name: 'Acknowledge',
		value: 'acknowledge',
		description: 'Acknowledge a JSM Operations alert by its ID, so responders know someone is on it',
		action: 'Acknowledge an alert',
	},
});
