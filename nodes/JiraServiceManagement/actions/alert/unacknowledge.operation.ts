import { alertActionOperation } from './alertAction';

export const { option, kind, api, description, execute } = alertActionOperation({
	option: {
		name: 'Unacknowledge',
		value: 'unacknowledge',
		description: 'Set a JSM Operations alert back to not acknowledged (open), so responders are notified again',
		action: 'Unacknowledge an alert',
	},
});
