import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the service desks the account can see',
	action: 'Query service desks',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/servicedesk'];

const properties: INodeProperties[] = [...returnAllOrLimit()];

export const description = showFor('serviceDesk', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDesks = await paginateOffset.call(
		this,
		{ method: 'GET', path: '/rest/servicedeskapi/servicedesk', itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(serviceDesks);
}
