import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, organizationLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete an organization (its members keep their accounts)',
	action: 'Delete an organization',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/servicedeskapi/organization/{organizationId}'];

const properties: INodeProperties[] = [organizationLocator];

export const description = showFor('organization', 'delete')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = numericIdParameter(this, itemIndex, 'organization', 'organization', 32);
	await jsmApiRequest.call(this, { method: 'DELETE', path: `/rest/servicedeskapi/organization/${id}`, itemIndex });
	return this.helpers.returnJsonArray({ organizationId: id, deleted: true });
}
