import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one product’s licence details: seats, users, remaining seats and its groups',
	action: 'Get an application role',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/applicationrole/{key}'];

const ROLE_KEY = /^[a-z0-9][a-z0-9._-]*$/i;

const properties: INodeProperties[] = [
	{
		displayName: 'Application Role',
		name: 'applicationRole',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The product whose licence details to read',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchApplicationRoles', searchable: true },
			},
			{
				displayName: 'By Key',
				name: 'id',
				type: 'string',
				placeholder: 'jira-servicedesk',
				validation: [
					{ type: 'regex', properties: { regex: ROLE_KEY.source, errorMessage: 'Not an application role key' } },
				],
			},
		],
	},
];

export const description = showFor('applicationRole', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = String(this.getNodeParameter('applicationRole', itemIndex, '', { extractValue: true }) ?? '').trim();
	if (!ROLE_KEY.test(key)) {
		throw new NodeOperationError(
			this.getNode(),
			`Item ${itemIndex}: the application role "${key}" is not a role key, for example jira-servicedesk`,
			{ itemIndex },
		);
	}
	const role = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/api/3/applicationrole/${key}`,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray(role);
}
