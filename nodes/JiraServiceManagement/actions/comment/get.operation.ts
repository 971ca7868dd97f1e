import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { includeOption, includeParameter, numericIdParameter, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { commentIdParameter } from './commentId';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one comment of a request by its ID',
	action: 'Get a comment',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}'];

const properties: INodeProperties[] = [
	requestLocator,
	commentIdParameter,
	includeOption('Extra details to include with the comment', [
		{ name: 'Attachments', value: 'attachment' },
		{ name: 'Rendered Body (HTML)', value: 'renderedBody' },
	]),
];

export const description = showFor('comment', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const commentId = numericIdParameter(this, itemIndex, 'commentId', 'comment');
	const expand = includeParameter(this, itemIndex);
	const comment = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/request/${key}/comment/${commentId}`,
		qs: expand.length ? { expand } : undefined,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ requestKey: key, ...comment });
}
