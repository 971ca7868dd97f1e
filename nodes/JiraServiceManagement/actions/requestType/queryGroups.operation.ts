import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, numericIdParameter, returnAllOrLimit, serviceDeskLocator } from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query Groups',
	value: 'queryGroups',
	description: 'List the portal groups that organize the request types of a service desk',
	action: 'Query request type groups',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttypegroup'];

const properties: INodeProperties[] = [serviceDeskLocator, ...returnAllOrLimit()];

export const description = showFor('requestType', 'queryGroups')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const groups = await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttypegroup`, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(groups.map((group) => ({ serviceDeskId, ...group })));
}
