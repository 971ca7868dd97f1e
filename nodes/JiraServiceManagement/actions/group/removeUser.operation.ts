import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdParameter, groupLocator, userLocator } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';
import { groupRefParameter } from './groupRef';

export const option: OperationOption = {
	name: 'Remove User',
	value: 'removeUser',
	description: 'Remove a user from a group, e.g. to reclaim the licence of someone who left',
	action: 'Remove a user from a group',
};

export const kind: OperationKind = 'Execute';

export const api = ['DELETE /rest/api/3/group/user'];

const properties: INodeProperties[] = [groupLocator, userLocator];

export const description = showFor('group', 'removeUser')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const deployment = await deploymentOf(this);
	const group = groupRefParameter(this, itemIndex, deployment);
	const accountId = accountIdParameter(this, itemIndex, 'user', deployment);
	await jsmApiRequest.call(this, {
		method: 'DELETE',
		path: '/rest/api/3/group/user',
		qs: { ...group, accountId },
		itemIndex,
	});
	return this.helpers.returnJsonArray({ ...group, accountId, removed: true });
}
