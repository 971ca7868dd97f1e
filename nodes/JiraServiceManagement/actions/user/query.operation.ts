import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { allDataCenterUsers, deploymentOf, paginateStartAt } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the users of the site, or those whose name or email starts with a text',
	action: 'Query users',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/users/search', 'GET /rest/api/3/user/search'];

/** Both user lists serve at most 1000 users a page. */
const PAGE_SIZE = 1000;

const properties: INodeProperties[] = [
	{
		displayName: 'Search Text',
		name: 'searchText',
		type: 'string',
		default: '',
		placeholder: 'jane',
		description:
			'Only users whose display name or email address (on Data Center also username) starts with this text; leave empty to list every user, including app accounts, customers and inactive users (Data Center: from Jira 10.3 on)',
	},
	...returnAllOrLimit(),
];

export const description = showFor('user', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const searchText = String(this.getNodeParameter('searchText', itemIndex, '') ?? '').trim();
	if (!searchText && (await deploymentOf(this)) === 'datacenter') {
		return this.helpers.returnJsonArray(await allDataCenterUsers.call(this, limitOf(this, itemIndex), itemIndex));
	}
	const qs: IDataObject = searchText ? { query: searchText } : {};
	const users = await paginateStartAt.call(
		this,
		{ method: 'GET', path: searchText ? '/rest/api/3/user/search' : '/rest/api/3/users/search', qs, itemIndex },
		undefined,
		{ limit: limitOf(this, itemIndex), pageSize: PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(users);
}
