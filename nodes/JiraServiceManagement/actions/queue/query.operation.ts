import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, limitOf, numericIdParameter, returnAllOrLimit, serviceDeskLocator } from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';
import { includeCountProperty } from './includeCount';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the agent queues of a service desk, optionally with how many requests each holds',
	action: 'Query queues of a service desk',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue'];

const properties: INodeProperties[] = [serviceDeskLocator, includeCountProperty, ...returnAllOrLimit()];

export const description = showFor('queue', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const includeCount = booleanParameter(this, itemIndex, 'includeCount', 'Include Issue Count');
	const queues = await paginateOffset.call(
		this,
		{
			method: 'GET',
			path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/queue`,
			qs: includeCount ? { includeCount } : {},
			itemIndex,
		},
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(queues.map((queue) => ({ serviceDeskId, ...queue })));
}
