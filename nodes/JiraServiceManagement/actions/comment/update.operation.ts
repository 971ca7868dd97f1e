import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { adfToText, textToAdf } from '../../../shared/helpers/adf';
import { commentTextOption, commentTextParameter } from '../../helpers/comments';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { commentIdParameter } from './commentId';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description: 'Replace the text of a comment, keeping it public or internal',
	action: 'Update a comment',
};

export const kind: OperationKind = 'Update';

export const api = ['PUT /rest/api/3/issue/{issueIdOrKey}/comment/{id}'];

const properties: INodeProperties[] = [
	requestLocator,
	commentIdParameter,
	commentTextOption('The new comment text, as plain text; it replaces the old text and keeps the comment public or internal'),
];

export const description = showFor('comment', 'update')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const commentId = numericIdParameter(this, itemIndex, 'commentId', 'comment');
	const body = commentTextParameter(this, itemIndex);
	const comment = (await jsmApiRequest.call(this, {
		method: 'PUT',
		path: `/rest/api/3/issue/${key}/comment/${commentId}`,
		body: { body: textToAdf(body) },
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ requestKey: key, ...comment, body: adfToText(comment.body) });
}
