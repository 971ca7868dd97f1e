import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { filtersCollection, limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { scopedServiceDeskId, serviceDeskScope } from '../../helpers/serviceDeskScope';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List request types of one service desk, or of all service desks',
	action: 'Query request types',
};

export const kind: OperationKind = 'Query';

export const api = [
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype',
	'GET /rest/servicedeskapi/requesttype',
];

const properties: INodeProperties[] = [
	...serviceDeskScope('serviceDesk'),
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Search Term',
			name: 'searchQuery',
			type: 'string',
			default: '',
			description: 'Only request types whose name or description contains this text',
		},
		{
			displayName: 'Group ID',
			name: 'groupId',
			type: 'number',
			default: 0,
			description: 'Only request types in this portal group (one service desk only)',
		},
		{
			displayName: 'Include Hidden',
			name: 'includeHiddenRequestTypesInSearch',
			type: 'boolean',
			default: false,
			description: 'Whether to include request types hidden from the portal',
		},
	]),
];

export const description = showFor('requestType', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	if (filters.searchQuery) qs.searchQuery = filters.searchQuery;
	if (filters.includeHiddenRequestTypesInSearch) qs.includeHiddenRequestTypesInSearch = true;
	const serviceDeskId = scopedServiceDeskId(this, itemIndex);
	let path = '/rest/servicedeskapi/requesttype';
	let experimental = true;
	if (serviceDeskId) {
		path = `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype`;
		experimental = false;
		if (filters.groupId) qs.groupId = filters.groupId;
	}
	const requestTypes = await paginateOffset.call(
		this,
		{ method: 'GET', path, qs, experimental, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(requestTypes);
}
