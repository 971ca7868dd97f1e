import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { filtersCollection, limitOf, numericIdParameter, returnAllOrLimit, serviceDeskLocator } from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the customers of a service desk, optionally searching by name or email',
	action: 'Query customers of a service desk',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer'];

const properties: INodeProperties[] = [
	serviceDeskLocator,
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Search Term',
			name: 'query',
			type: 'string',
			default: '',
			description: 'Only customers whose name or email address contains this text',
		},
	]),
];

export const description = showFor('customer', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const customers = await paginateOffset.call(
		this,
		{
			method: 'GET',
			path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/customer`,
			qs: filters.query ? { query: filters.query } : {},
			experimental: true,
			itemIndex,
		},
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(customers);
}
