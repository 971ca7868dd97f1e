import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdParameter, userLocator } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get Groups',
	value: 'getGroups',
	description: 'List the groups a user belongs to, e.g. to see which licences they hold',
	action: 'Get the groups of a user',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/user/groups'];

const properties: INodeProperties[] = [userLocator];

export const description = showFor('user', 'getGroups')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const accountId = accountIdParameter(this, itemIndex, 'user', await deploymentOf(this));
	const groups = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: '/rest/api/3/user/groups',
		qs: { accountId },
		itemIndex,
	})) as IDataObject[];
	return this.helpers.returnJsonArray(groups.map((group) => ({ accountId, ...group })));
}
