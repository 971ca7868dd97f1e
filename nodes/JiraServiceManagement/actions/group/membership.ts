import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationModule, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdParameter, groupLocator, userLocator } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';
import { groupRefParameter } from './groupRef';

/**
 * Group → Add User and Remove User: one membership path, `POST` with the account in the body and `DELETE` with it
 * in the query (addUserToGroup / removeUserFromGroup in Atlassian's platform OpenAPI file), declared once.
 */
const MEMBERSHIP = '/rest/api/3/group/user';

export function groupMembership(method: 'POST' | 'DELETE', option: OperationOption): OperationModule {
	return {
		option,
		kind: 'Execute',
		api: [`${method} ${MEMBERSHIP}`],
		description: showFor('group', option.value)([groupLocator, userLocator]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const deployment = await deploymentOf(this);
			const group = groupRefParameter(this, itemIndex, deployment);
			const accountId = accountIdParameter(this, itemIndex, 'user', deployment);
			if (method === 'DELETE') {
				await jsmApiRequest.call(this, { method, path: MEMBERSHIP, qs: { ...group, accountId }, itemIndex });
				return this.helpers.returnJsonArray({ ...group, accountId, removed: true });
			}
			const added = (await jsmApiRequest.call(this, {
				method,
				path: MEMBERSHIP,
				qs: group,
				body: { accountId },
				itemIndex,
				subject: `the membership of ${accountId} in group ${Object.values(group)[0]}`,
			})) as IDataObject | undefined;
			return this.helpers.returnJsonArray({ name: added?.name, groupId: added?.groupId, accountId, added: true });
		},
	};
}
