import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, requestKeyParameter, requestLocator, returnAllOrLimit } from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the approvals of a request, pending and completed',
	action: 'Query approvals of a request',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}/approval'];

const properties: INodeProperties[] = [requestLocator, ...returnAllOrLimit()];

export const description = showFor('approval', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const approvals = await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/request/${key}/approval`, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(approvals.map((approval) => ({ requestKey: key, ...approval })));
}
