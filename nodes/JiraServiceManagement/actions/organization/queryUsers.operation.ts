import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, numericIdParameter, organizationLocator, returnAllOrLimit } from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query Users',
	value: 'queryUsers',
	description: 'List the customers who belong to an organization',
	action: 'Query users of an organization',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/organization/{organizationId}/user'];

const properties: INodeProperties[] = [organizationLocator, ...returnAllOrLimit()];

export const description = showFor('organization', 'queryUsers')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = numericIdParameter(this, itemIndex, 'organization', 'organization', 32);
	const users = await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/organization/${id}/user`, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(users.map((user) => ({ organizationId: id, ...user })));
}
