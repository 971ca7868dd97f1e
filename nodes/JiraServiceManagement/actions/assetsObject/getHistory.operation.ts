import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { objectLocator } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter } from '../../helpers/parameters';
import { assetsApiRequest } from '../../../shared/transport';
import { withObjectLookup, objectIdParameter } from './objectRef';

export const option: OperationOption = {
	name: 'Get History',
	value: 'getHistory',
	description: 'List the changes made to an Assets object: who changed which attribute from what to what',
	action: 'Get the history of an assets object',
};

export const kind: OperationKind = 'Execute';

export const api = withObjectLookup('GET /jsm/assets/workspace/{workspaceId}/v1/object/{id}/history');

const properties: INodeProperties[] = [
	objectLocator,
	{
		displayName: 'Oldest First',
		name: 'ascending',
		type: 'boolean',
		default: false,
		description: 'Whether to list the oldest change first instead of the newest',
	},
];

export const description = showFor('assetsObject', 'getHistory')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await objectIdParameter.call(this, itemIndex);
	const asc = booleanParameter(this, itemIndex, 'ascending', 'Oldest First');
	const entries = (await assetsApiRequest.call(this, { method: 'GET', path: `/object/${id}/history`, qs: { asc }, itemIndex })) as unknown;
	if (!Array.isArray(entries)) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Assets answered without a history list for object ${id}`, { itemIndex });
	}
	return this.helpers.returnJsonArray(entries as IDataObject[]);
}
