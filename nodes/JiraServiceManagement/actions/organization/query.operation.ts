import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdParameter, filtersCollection, limitOf, numericIdParameter, returnAllOrLimit, serviceDeskLocator } from '../../helpers/parameters';
import { deploymentOf, JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List all organizations, or those of one service desk',
	action: 'Query organizations',
};

export const kind: OperationKind = 'Query';

export const api = [
	'GET /rest/servicedeskapi/organization',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization',
];

const properties: INodeProperties[] = [
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		options: [
			{ name: 'All Organizations', value: 'all' },
			{ name: 'One Service Desk', value: 'serviceDesk' },
		],
		default: 'all',
		description: 'Whether to list every organization of the site or only those linked to one service desk',
	},
	{ ...serviceDeskLocator, displayOptions: { show: { scope: ['serviceDesk'] } } },
	...returnAllOrLimit(),
	filtersCollection([
		{
			displayName: 'Member Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			placeholder: 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae',
			description: 'Only organizations this customer belongs to (their Atlassian account ID)',
		},
	]),
];

export const description = showFor('organization', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	// Read in the site's terms, so that a Data Center username gets Data Center's answer (no such filter), not "not an account ID".
	if (filters.accountId) qs.accountId = accountIdParameter(this, itemIndex, 'filters.accountId', await deploymentOf(this));
	let path = '/rest/servicedeskapi/organization';
	if (this.getNodeParameter('scope', itemIndex) === 'serviceDesk') {
		const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
		path = `/rest/servicedeskapi/servicedesk/${serviceDeskId}/organization`;
	}
	const organizations = await paginateOffset.call(
		this,
		{ method: 'GET', path, qs, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(organizations);
}
