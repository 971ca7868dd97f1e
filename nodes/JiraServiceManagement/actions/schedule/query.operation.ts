import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { paginateOffsetSize } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the JSM Operations on-call schedules the account can see, with their IDs and teams',
	action: 'Query schedules',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /jsm/ops/api/{cloudId}/v1/schedules'];

/** listSchedules serves at most 50 per page. */
const PAGE_SIZE = 50;

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'IT Operations*',
		description: 'Only the schedule with this name (any case); end it with * for every name starting so. Empty: all schedules.',
	},
	{
		displayName: 'Include Rotations',
		name: 'includeRotations',
		type: 'boolean',
		default: false,
		description: 'Whether to return each schedule with its rotations (who takes turns, and when)',
	},
	...returnAllOrLimit(),
];

export const description = showFor('schedule', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const name = String(this.getNodeParameter('name', itemIndex, '') ?? '').trim();
	const qs = {
		...(name ? { query: name } : {}),
		...(booleanParameter(this, itemIndex, 'includeRotations', 'Include Rotations') ? { expand: ['rotation'] } : {}),
	};
	const schedules = await paginateOffsetSize.call(
		this,
		{ api: 'operations', method: 'GET', path: '/v1/schedules', qs, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(schedules);
}
