import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, requestKeyParameter, requestLocator, returnAllOrLimit } from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the participants of a request',
	action: 'Query participants of a request',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}/participant'];

const properties: INodeProperties[] = [requestLocator, ...returnAllOrLimit()];

export const description = showFor('participant', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const participants = await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/request/${key}/participant`, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(participants.map((user) => ({ requestKey: key, ...user })));
}
