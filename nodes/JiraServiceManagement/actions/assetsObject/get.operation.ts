import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { objectLocator } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { assetsApiRequest } from '../../../shared/transport';
import { withObjectLookup, objectIdParameter } from './objectRef';
import { simplifyObject } from './simplify';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one Assets object by key (e.g. ITAM-88) or ID, with its attributes',
	action: 'Get an assets object',
};

export const kind: OperationKind = 'Query';

export const api = withObjectLookup('GET /jsm/assets/workspace/{workspaceId}/v1/object/{id}');

const properties: INodeProperties[] = [
	objectLocator,
	{ ...simplifyOption, description: 'Whether to return the object as one flat record with its attributes by name' },
];

export const description = showFor('assetsObject', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await objectIdParameter.call(this, itemIndex);
	const object = (await assetsApiRequest.call(this, { method: 'GET', path: `/object/${id}`, itemIndex })) as IDataObject;
	const simplify = simplifyParameter(this, itemIndex);
	return this.helpers.returnJsonArray(simplify ? simplifyObject(object) : object);
}
