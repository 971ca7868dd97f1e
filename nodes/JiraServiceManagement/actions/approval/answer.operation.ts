import { callOperation, REQUEST_ID } from '../../helpers/callOperation';
import { choiceParameter } from '../../helpers/parameters';
import { APPROVAL_ID } from './approvalId';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'approval',
	option: {
		name: 'Answer',
		value: 'answer',
		description: 'Approve or decline an approval the account is an approver of',
		action: 'Answer an approval',
	},
	kind: 'Execute',
	api: 'POST /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}',
	ids: [REQUEST_ID, APPROVAL_ID],
	input: {
		properties: [
			{
				displayName: 'Decision',
				name: 'decision',
				type: 'options',
				options: [
					{ name: 'Approve', value: 'approve' },
					{ name: 'Decline', value: 'decline' },
				],
				default: 'approve',
				description: 'The answer of the account (which must be one of the approvers) to the approval',
			},
		],
		read: (context, itemIndex) => ({
			body: { decision: choiceParameter(context, itemIndex, 'decision', 'Decision', ['approve', 'decline'] as const) },
		}),
	},
	subject: ({ requestKey, approvalId }) => `an answer to approval ${approvalId} of ${requestKey}`,
	output: ({ requestKey }, approval) => ({ requestKey, ...approval }),
});
