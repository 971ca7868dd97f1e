import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { filtersCollection, limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { paginateStartAt } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description:
		'List the admin audit log (user, group, permission and configuration changes), newest first; needs Administer Jira',
	action: 'Query audit records',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/auditing/record'];

/** The audit log serves at most 1000 records a page. */
const PAGE_SIZE = 1000;

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'From',
			name: 'from',
			type: 'dateTime',
			default: '',
			description: 'Only records created at or after this date and time',
		},
		{
			displayName: 'Text',
			name: 'filter',
			type: 'string',
			default: '',
			placeholder: 'group removed',
			description: 'Only records that contain all of these space-separated words (summary, category, object, author)',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'dateTime',
			default: '',
			description: 'Only records created at or before this date and time',
		},
	]),
];

export const description = showFor('auditRecord', 'query')(properties);

function instant(context: IExecuteFunctions, itemIndex: number, value: unknown, label: string): Date | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = new Date(String(value));
	if (!Number.isNaN(date.getTime())) return date;
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: the ${label} filter "${String(value)}" is not a date and time, for example 2026-05-01T00:00:00Z`,
		{ itemIndex },
	);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const from = instant(this, itemIndex, filters.from, 'From');
	const to = instant(this, itemIndex, filters.to, 'To');
	if (from && to && from > to) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: the From filter is after the To filter`, { itemIndex });
	}
	const qs: IDataObject = {};
	if (from) qs.from = from.toISOString();
	if (to) qs.to = to.toISOString();
	const text = String(filters.filter ?? '').trim();
	if (text) qs.filter = text;
	const records = await paginateStartAt.call(
		this,
		{ method: 'GET', path: '/rest/api/3/auditing/record', qs, itemIndex },
		'records',
		{ limit: limitOf(this, itemIndex), pageSize: PAGE_SIZE },
		{ start: 'offset', size: 'limit' },
	);
	return this.helpers.returnJsonArray(records);
}
