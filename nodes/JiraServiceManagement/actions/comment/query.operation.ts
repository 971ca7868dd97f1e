import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, requestKeyParameter, requestLocator, returnAllOrLimit } from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the comments of a request, public, internal or both',
	action: 'Query comments of a request',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}/comment'];

const properties: INodeProperties[] = [
	requestLocator,
	{
		displayName: 'Visibility',
		name: 'visibility',
		type: 'options',
		options: [
			{ name: 'All', value: 'all' },
			{ name: 'Public Only', value: 'public' },
			{ name: 'Internal Only', value: 'internal' },
		],
		default: 'all',
	},
	...returnAllOrLimit(),
];

export const description = showFor('comment', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const visibility = this.getNodeParameter('visibility', itemIndex, 'all') as string;
	const qs: IDataObject = {
		public: visibility !== 'internal',
		internal: visibility !== 'public',
	};
	const comments = await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/request/${key}/comment`, qs, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(comments.map((comment) => ({ requestKey: key, ...comment })));
}
