import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { objectLocator } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { assetsApiRequest } from '../../../shared/transport';
import { withObjectLookup, objectIdParameter } from './objectRef';
import { attributeInputsOf, writeProperties } from './objectWrite';
import { simplifyObject } from './simplify';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description: 'Change attribute values of an Assets object; attributes not given keep their values',
	action: 'Update an assets object',
};

export const kind: OperationKind = 'Update';

export const api = withObjectLookup(
	'GET /jsm/assets/workspace/{workspaceId}/v1/objecttype/{id}/attributes',
	'PUT /jsm/assets/workspace/{workspaceId}/v1/object/{id}',
);

const properties: INodeProperties[] = [
	objectLocator,
	...writeProperties,
	{ ...simplifyOption, description: 'Whether to return the updated object as one flat record with its attributes by name' },
];

export const description = showFor('assetsObject', 'update')(properties);

/** Only the attributes given change; the others keep their values (Assets updates what the request names). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await objectIdParameter.call(this, itemIndex);
	const { objectTypeId, attributes, typeAttributes } = await attributeInputsOf.call(this, itemIndex);
	const updated = (await assetsApiRequest.call(this, {
		method: 'PUT',
		path: `/object/${id}`,
		body: { objectTypeId, attributes },
		itemIndex,
	})) as IDataObject;
	const simplify = simplifyParameter(this, itemIndex);
	return this.helpers.returnJsonArray(simplify ? simplifyObject(updated, typeAttributes as unknown as IDataObject[]) : updated);
}
