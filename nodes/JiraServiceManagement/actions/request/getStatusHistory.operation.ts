import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	limitOf,
	requestKeyParameter,
	requestLocator,
	returnAllOrLimit,
	simplifyOption,
	simplifyParameter,
} from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get Status History',
	value: 'getStatusHistory',
	description: 'List the statuses a request went through, with dates',
	action: 'Get status history of a request',
};

export const kind: OperationKind = 'Execute';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}/status'];

const properties: INodeProperties[] = [requestLocator, ...returnAllOrLimit(), simplifyOption];

export const description = showFor('request', 'getStatusHistory')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const history = await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/request/${key}/status`, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	const simplify = simplifyParameter(this, itemIndex);
	return this.helpers.returnJsonArray(
		history.map((entry) =>
			simplify
				? {
						requestKey: key,
						status: entry.status,
						statusCategory: entry.statusCategory,
						date: (entry.statusDate as IDataObject | undefined)?.iso8601,
					}
				: { requestKey: key, ...entry },
		),
	);
}
