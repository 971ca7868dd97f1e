import { alertActionOperation } from './alertAction';

export const { option, kind, api, description, execute } = alertActionOperation({
	option: {
		name: 'Close',
		value: 'close',
		description: 'Close a JSM Operations alert by its ID once the problem is solved',
		action: 'Close an alert',
	},
});
