import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description: 'Create a new customer organization',
	action: 'Create an organization',
};

export const kind: OperationKind = 'Create';

export const api = ['POST /rest/servicedeskapi/organization'];

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Acme Corporation',
		description: 'The name of the new organization (1 to 200 characters, unique on the site)',
	},
];

export const description = showFor('organization', 'create')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const name = String(this.getNodeParameter('name', itemIndex, '') ?? '').trim();
	if (!name || name.length > 200) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Name must contain 1 to 200 characters`, {
			itemIndex,
		});
	}
	const organization = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: '/rest/servicedeskapi/organization',
		body: { name },
		itemIndex,
		subject: `organization "${name}"`,
	})) as IDataObject;
	return this.helpers.returnJsonArray(organization);
}
