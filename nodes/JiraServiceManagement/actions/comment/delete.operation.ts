import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { commentIdParameter } from './commentId';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete a comment from a request',
	action: 'Delete a comment',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/api/3/issue/{issueIdOrKey}/comment/{id}'];

const properties: INodeProperties[] = [requestLocator, commentIdParameter];

export const description = showFor('comment', 'delete')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const commentId = numericIdParameter(this, itemIndex, 'commentId', 'comment');
	await jsmApiRequest.call(this, { method: 'DELETE', path: `/rest/api/3/issue/${key}/comment/${commentId}`, itemIndex });
	return this.helpers.returnJsonArray({ requestKey: key, commentId, deleted: true });
}
