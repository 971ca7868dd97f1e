import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { additionalFieldsCollection, numericIdParameter, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description: 'Add a request type to a service desk, based on one of its issue types',
	action: 'Create a request type',
};

export const kind: OperationKind = 'Create';

export const api = ['POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype'];

const properties: INodeProperties[] = [
	serviceDeskLocator,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Request a new laptop',
		description: 'The name customers see on the portal',
	},
	{
		displayName: 'Issue Type Name or ID',
		name: 'issueTypeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getIssueTypes', loadOptionsDependsOn: ['serviceDesk.value'] },
		default: '',
		required: true,
		description:
			'The Jira issue type that requests of this type become, one of the service project’s issue types. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	additionalFieldsCollection([
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Shown under the name in the portal',
		},
		{
			displayName: 'Help Text',
			name: 'helpText',
			type: 'string',
			default: '',
			description: 'Guidance shown to customers while they fill in the request',
		},
	]),
];

export const description = showFor('requestType', 'create')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const issueTypeId = numericIdParameter(this, itemIndex, 'issueTypeId', 'issue type');
	const name = String(this.getNodeParameter('name', itemIndex, '') ?? '').trim();
	if (!name) throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Name is empty`, { itemIndex });
	const additionalFields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = { issueTypeId, name };
	if (additionalFields.description) body.description = additionalFields.description;
	if (additionalFields.helpText) body.helpText = additionalFields.helpText;
	const requestType = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype`,
		body,
		experimental: true,
		itemIndex,
		subject: `request type "${name}"`,
	})) as IDataObject;
	return this.helpers.returnJsonArray(requestType);
}
