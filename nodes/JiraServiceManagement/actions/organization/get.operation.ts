import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, organizationLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one organization by ID',
	action: 'Get an organization',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/organization/{organizationId}'];

const properties: INodeProperties[] = [organizationLocator];

export const description = showFor('organization', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = numericIdParameter(this, itemIndex, 'organization', 'organization', 32);
	const organization = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/organization/${id}`,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray(organization);
}
