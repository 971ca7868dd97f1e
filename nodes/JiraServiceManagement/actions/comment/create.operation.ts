import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description: 'Add a public reply the customer sees, or an internal note only agents see',
	action: 'Add a comment to a request',
};

export const kind: OperationKind = 'Create';

export const api = ['POST /rest/servicedeskapi/request/{issueIdOrKey}/comment'];

const properties: INodeProperties[] = [
	requestLocator,
	{
		displayName: 'Text',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'The comment, as plain text',
	},
	{
		displayName: 'Visibility',
		name: 'visibility',
		type: 'options',
		options: [
			{ name: 'Public (Customer Can See It)', value: 'public' },
			{ name: 'Internal (Agents Only)', value: 'internal' },
		],
		default: 'public',
	},
];

export const description = showFor('comment', 'create')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const body = String(this.getNodeParameter('body', itemIndex, '') ?? '');
	if (!body.trim()) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: the comment Text is empty`, { itemIndex });
	}
	const visibility = this.getNodeParameter('visibility', itemIndex, 'public') as string;
	const comment = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/request/${key}/comment`,
		body: { body, public: visibility === 'public' },
		itemIndex,
		subject: `a comment on ${key}`,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ requestKey: key, ...comment });
}
