import type { INodeProperties } from 'n8n-workflow';

export const commentIdParameter: INodeProperties = {
	displayName: 'Comment ID',
	name: 'commentId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '10042',
	description: 'The numeric ID of the comment, as returned by Query or Create',
};
