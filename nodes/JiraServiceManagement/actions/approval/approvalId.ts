import type { INodeProperties } from 'n8n-workflow';

import type { PathId } from '../../helpers/callOperation';
import { numericIdParameter } from '../../helpers/parameters';

export const approvalIdParameter: INodeProperties = {
	displayName: 'Approval ID',
	name: 'approvalId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '3',
	description: 'The numeric ID of the approval, as returned by Query',
};

/** The approval's id where a path needs it (`{approvalId}`, an int32 in Atlassian's API description). */
export const APPROVAL_ID: PathId = {
	property: approvalIdParameter,
	key: 'approvalId',
	placeholders: ['approvalId'],
	read: (context, itemIndex) => numericIdParameter(context, itemIndex, 'approvalId', 'approval', 32),
};
