import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { filtersCollection, limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { paginateStartAt } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the groups of the site, optionally only those of one product or access level',
	action: 'Query groups',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/group/bulk'];

/** The bulk group list serves at most 50 groups a page. */
const PAGE_SIZE = 50;

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Access Type',
			name: 'accessType',
			type: 'options',
			default: 'user',
			description: 'Only groups that grant this level of access',
			options: [
				{ name: 'Admin', value: 'admin' },
				{ name: 'Site Admin', value: 'site-admin' },
				{ name: 'User', value: 'user' },
			],
		},
		{
			displayName: 'Product',
			name: 'applicationKey',
			type: 'options',
			default: 'jira-servicedesk',
			description: 'Only the groups that give access to this product (used for licence reviews)',
			options: [
				{ name: 'Jira Product Discovery', value: 'jira-product-discovery' },
				{ name: 'Jira Service Management', value: 'jira-servicedesk' },
				{ name: 'Jira Software', value: 'jira-software' },
				{ name: 'Jira Work Management', value: 'jira-core' },
			],
		},
	]),
];

export const description = showFor('group', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	if (filters.accessType) qs.accessType = filters.accessType;
	if (filters.applicationKey) qs.applicationKey = filters.applicationKey;
	const groups = await paginateStartAt.call(
		this,
		// Atlassian marks this endpoint experimental.
		{ method: 'GET', path: '/rest/api/3/group/bulk', qs, experimental: true, itemIndex },
		'values',
		{ limit: limitOf(this, itemIndex), pageSize: PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(groups);
}
