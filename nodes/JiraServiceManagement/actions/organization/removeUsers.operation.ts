import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	accountIdsParameter,
	accountIdsProperty,
	numericIdParameter,
	organizationLocator,
} from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../transport';

export const option: OperationOption = {
	name: 'Remove Users',
	value: 'removeUsers',
	description: 'Remove customers from an organization by their account IDs',
	action: 'Remove users from an organization',
};

export const kind: OperationKind = 'Execute';

export const api = ['DELETE /rest/servicedeskapi/organization/{organizationId}/user'];

const properties: INodeProperties[] = [organizationLocator, accountIdsProperty];

export const description = showFor('organization', 'removeUsers')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = numericIdParameter(this, itemIndex, 'organization', 'organization', 32);
	const accountIds = accountIdsParameter(this, itemIndex, 'accountIds', await deploymentOf(this));
	await jsmApiRequest.call(this, {
		method: 'DELETE',
		path: `/rest/servicedeskapi/organization/${id}/user`,
		body: { accountIds },
		itemIndex,
		// Adding or removing twice leaves the same state, so a request whose answer was lost may be sent again.
		idempotent: true,
	});
	return this.helpers.returnJsonArray({ organizationId: id, accountIds, removed: true });
}
