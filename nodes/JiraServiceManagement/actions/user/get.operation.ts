import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdParameter, multiOptionsParameter, userLocator } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one user by account ID, optionally with their groups and application roles',
	action: 'Get a user',
};

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
	const deployment = await deploymentOf(this);
	const accountId = accountIdParameter(this, itemIndex, 'user', deployment);
	const expand = multiOptionsParameter(this, itemIndex, 'expand', 'Include');
	if (deployment === 'datacenter' && expand.length) {
		// Jira DC 10.3's GET /rest/api/2/user takes no expand (official DC OpenAPI file).
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Include is not available on Jira Data Center; leave it empty`, { itemIndex });
	}
	const qs: IDataObject = { accountId };
	if (expand.length) qs.expand = expand.join(',');
	const user = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/api/3/user', qs, itemIndex })) as IDataObject;
	return this.helpers.returnJsonArray(user);
}
