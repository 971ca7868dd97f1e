import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { commentTextOption, commentTextParameter, isPublicParameter, visibilityOption } from '../../helpers/comments';
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
	commentTextOption('The comment, as plain text'),
	visibilityOption(),
];

export const description = showFor('comment', 'create')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const body = commentTextParameter(this, itemIndex);
	const comment = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/request/${key}/comment`,
		body: { body, public: isPublicParameter(this, itemIndex) },
		itemIndex,
		subject: `a comment on ${key}`,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ requestKey: key, ...comment });
}
