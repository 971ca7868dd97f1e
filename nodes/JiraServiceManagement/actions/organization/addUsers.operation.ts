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
	name: 'Add Users',
	value: 'addUsers',
	description: 'Add customers to an organization by their account IDs',
	action: 'Add users to an organization',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/organization/{organizationId}/user'];

const properties: INodeProperties[] = [organizationLocator, accountIdsProperty];

export const description = showFor('organization', 'addUsers')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = numericIdParameter(this, itemIndex, 'organization', 'organization', 32);
	const accountIds = accountIdsParameter(this, itemIndex, 'accountIds', await deploymentOf(this));
	await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/organization/${id}/user`,
		body: { accountIds },
		itemIndex,
		// Adding or removing twice leaves the same state, so a request whose answer was lost may be sent again.
		idempotent: true,
	});
	return this.helpers.returnJsonArray({ organizationId: id, accountIds, added: true });
}
