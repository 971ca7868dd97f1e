import { opsIdParameter } from '../../helpers/operations';
import { alertActionOperation } from './alertAction';

export const { option, kind, api, description, execute } = alertActionOperation({
	option: {
		name: 'Escalate',
		value: 'escalate',
		description: 'Hand a JSM Operations alert to an escalation policy by the escalation ID',
		action: 'Escalate an alert',
	},
	input: {
		properties: [
			{
				displayName: 'Escalation ID',
				name: 'escalationId',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'aee8a0de-c80f-4515-a232-501c0bc9d715',
				description: 'The escalation policy to hand the alert to (Operations → Teams → the team → Escalations in JSM)',
			},
		],
		body: (context, itemIndex) => ({ escalationId: opsIdParameter(context, itemIndex, 'escalationId', 'escalation') }),
	},
});
