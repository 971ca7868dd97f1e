import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdParameter, multiOptionsParameter, userLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../transport';

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/user'];

const properties: INodeProperties[] = [
	userLocator,
	{
		displayName: 'Include',
		name: 'expand',
		type: 'multiOptions',
		default: [],
		description: 'Extra details to include with the user',
		options: [
			{ name: 'Application Roles', value: 'applicationRoles' },
			{ name: 'Groups', value: 'groups' },
		],
	},
];

export const description = showFor('user', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const accountId = accountIdParameter(this, itemIndex);
	const expand = multiOptionsParameter(this, itemIndex, 'expand', 'Include');
	const qs: IDataObject = { accountId };
	if (expand.length) qs.expand = expand.join(',');
	const user = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/api/3/user', qs, itemIndex })) as IDataObject;
	return this.helpers.returnJsonArray(user);
}
