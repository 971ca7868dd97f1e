import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { choiceParameter, limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { paginateOffsetSize } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List JSM Operations alerts, filtered with its search language (e.g. status: open AND priority: P1)',
	action: 'Query alerts',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /jsm/ops/api/{cloudId}/v1/alerts'];

/** listAlerts serves at most 100 per page and no more than 20,000 in all (offset + size). */
const PAGE_SIZE = 100;
const MOST = 20_000;
const SORTS = ['insertedAt', 'createdAt', 'lastOccurredAt', 'priority'] as const;

const properties: INodeProperties[] = [
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		placeholder: 'status: open AND priority: P1',
		description:
			'JSM Operations alert search: field: value terms (status, priority, tag, message, alias, entity, source, owner, acknowledged, teams) joined with AND, OR, NOT; a trailing * matches a prefix; a bare word searches the message. Empty: every alert. JSM Operations lists at most the first 20,000 matches.',
	},
	{
		displayName: 'Sort By',
		name: 'sort',
		type: 'options',
		options: [
			{ name: 'Created At', value: 'createdAt' },
			{ name: 'Inserted At', value: 'insertedAt' },
			{ name: 'Last Occurred At', value: 'lastOccurredAt' },
			{ name: 'Priority', value: 'priority' },
		],
		default: 'insertedAt',
	},
	{
		displayName: 'Order',
		name: 'order',
		type: 'options',
		options: [
			{ name: 'Newest or Highest First', value: 'desc' },
			{ name: 'Oldest or Lowest First', value: 'asc' },
		],
		default: 'desc',
	},
	...returnAllOrLimit(),
];

export const description = showFor('alert', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const query = String(this.getNodeParameter('query', itemIndex, '') ?? '').trim();
	const qs = {
		sort: choiceParameter(this, itemIndex, 'sort', 'Sort By', SORTS),
		order: choiceParameter(this, itemIndex, 'order', 'Order', ['desc', 'asc'] as const),
		...(query ? { query } : {}),
	};
	const alerts = await paginateOffsetSize.call(
		this,
		{ api: 'operations', method: 'GET', path: '/v1/alerts', qs, itemIndex },
		{ limit: Math.min(limitOf(this, itemIndex) ?? MOST, MOST), pageSize: PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(alerts);
}
