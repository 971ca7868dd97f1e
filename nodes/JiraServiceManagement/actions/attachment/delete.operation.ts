import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { attachmentIdProperty } from './attachmentId';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete an attachment by its ID',
	action: 'Delete an attachment',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/api/3/attachment/{id}'];

const properties: INodeProperties[] = [attachmentIdProperty];

export const description = showFor('attachment', 'delete')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const attachmentId = numericIdParameter(this, itemIndex, 'attachmentId', 'attachment');
	await jsmApiRequest.call(this, { method: 'DELETE', path: `/rest/api/3/attachment/${attachmentId}`, itemIndex });
	return this.helpers.returnJsonArray({ attachmentId, deleted: true });
}
