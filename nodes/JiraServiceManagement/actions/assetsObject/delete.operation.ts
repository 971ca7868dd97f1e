import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { objectLocator } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { assetsApiRequest } from '../../../shared/transport';
import { withObjectLookup, objectIdParameter } from './objectRef';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete an Assets object by key or ID',
	action: 'Delete an assets object',
};

export const kind: OperationKind = 'Delete';

export const api = withObjectLookup('DELETE /jsm/assets/workspace/{workspaceId}/v1/object/{id}');

const properties: INodeProperties[] = [objectLocator];

export const description = showFor('assetsObject', 'delete')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await objectIdParameter.call(this, itemIndex);
	await assetsApiRequest.call(this, { method: 'DELETE', path: `/object/${id}`, itemIndex });
	return this.helpers.returnJsonArray({ id, deleted: true });
}
