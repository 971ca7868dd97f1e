import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	filtersCollection,
	limitOf,
	numericIdParameter,
	requestKeyParameter,
	requestLocator,
	returnAllOrLimit,
} from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';
import { withAttachmentId } from './attachmentId';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the files attached to a request, or to one of its comments',
	action: 'Query attachments of a request',
};

export const kind: OperationKind = 'Query';

export const api = [
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/attachment',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}/attachment',
];

const properties: INodeProperties[] = [
	requestLocator,
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Comment ID',
			name: 'commentId',
			type: 'string',
			default: '',
			placeholder: '10010',
			description: 'Only the files attached to this comment of the request',
		},
	]),
];

export const description = showFor('attachment', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	let path = `/rest/servicedeskapi/request/${key}/attachment`;
	let experimental = false;
	if (filters.commentId) {
		const commentId = numericIdParameter(this, itemIndex, 'filters.commentId', 'comment');
		path = `/rest/servicedeskapi/request/${key}/comment/${commentId}/attachment`;
		experimental = true;
	}
	const attachments = await paginateOffset.call(
		this,
		{ method: 'GET', path, experimental, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(attachments.map((a) => ({ requestKey: key, ...withAttachmentId(a) })));
}
