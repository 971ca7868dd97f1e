import type { INodeProperties } from 'n8n-workflow';

import type { PathId } from '../../helpers/callOperation';
import { numericIdParameter } from '../../helpers/parameters';

export const commentIdParameter: INodeProperties = {
	displayName: 'Comment ID',
	name: 'commentId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '10042',
	description: 'The numeric ID of the comment, as returned by Query or Create',
};

/** The comment's id where a path needs it (`{id}` in Jira's API, `{commentId}` in JSM's). */
export const COMMENT_ID: PathId = {
	property: commentIdParameter,
	key: 'commentId',
	placeholders: ['id', 'commentId'],
	read: (context, itemIndex) => numericIdParameter(context, itemIndex, 'commentId', 'comment'),
};
