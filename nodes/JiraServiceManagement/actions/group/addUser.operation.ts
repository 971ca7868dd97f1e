import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdParameter, groupLocator, userLocator } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';
import { groupRefParameter } from './groupRef';

export const option: OperationOption = {
	name: 'Add User',
	value: 'addUser',
	description: 'Add a user to a group, giving them the access (and licence) the group grants',
	action: 'Add a user to a group',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/api/3/group/user'];

const properties: INodeProperties[] = [groupLocator, userLocator];

export const description = showFor('group', 'addUser')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const deployment = await deploymentOf(this);
	const group = groupRefParameter(this, itemIndex, deployment);
	const accountId = accountIdParameter(this, itemIndex, 'user', deployment);
	const added = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: '/rest/api/3/group/user',
		qs: group,
		body: { accountId },
		itemIndex,
		subject: `the membership of ${accountId} in group ${Object.values(group)[0]}`,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ name: added?.name, groupId: added?.groupId, accountId, added: true });
}
