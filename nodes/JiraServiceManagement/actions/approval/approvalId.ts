import type { INodeProperties } from 'n8n-workflow';

export const approvalIdParameter: INodeProperties = {
	displayName: 'Approval ID',
	name: 'approvalId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '3',
	description: 'The numeric ID of the approval, as returned by Query',
};
