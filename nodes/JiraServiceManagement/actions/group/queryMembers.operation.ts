import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, groupLocator, limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { deploymentOf, paginateStartAt } from '../../../shared/transport';
import { groupRefParameter } from './groupRef';

export const option: OperationOption = {
	name: 'Query Members',
	value: 'queryMembers',
	description: 'List the users in a group',
	action: 'Query the members of a group',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/group/member'];

/** Group members come at most 50 a page. */
const PAGE_SIZE = 50;

const properties: INodeProperties[] = [
	groupLocator,
	{
		displayName: 'Include Inactive Users',
		name: 'includeInactiveUsers',
		type: 'boolean',
		default: false,
		description: 'Whether to list deactivated accounts too (they may still hold a licence through this group)',
	},
	...returnAllOrLimit(),
];

export const description = showFor('group', 'queryMembers')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const group = groupRefParameter(this, itemIndex, await deploymentOf(this));
	const qs: IDataObject = { ...group };
	if (booleanParameter(this, itemIndex, 'includeInactiveUsers', 'Include Inactive Users')) qs.includeInactiveUsers = true;
	const members = await paginateStartAt.call(
		this,
		{ method: 'GET', path: '/rest/api/3/group/member', qs, itemIndex },
		'values',
		{ limit: limitOf(this, itemIndex), pageSize: PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(members);
}
