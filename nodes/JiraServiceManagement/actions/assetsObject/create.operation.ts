import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { withWorkspaceLookup } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { assetsApiRequest } from '../../../shared/transport';
import { attributeInputsOf, writeProperties } from './objectWrite';
import { simplifyObject } from './simplify';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description: 'Create an Assets object (e.g. a laptop) of an object type, with its attribute values',
	action: 'Create an assets object',
};

export const kind: OperationKind = 'Create';

export const api = withWorkspaceLookup(
	'GET /jsm/assets/workspace/{workspaceId}/v1/objecttype/{id}/attributes',
	'POST /jsm/assets/workspace/{workspaceId}/v1/object/create',
);

const properties: INodeProperties[] = [
	...writeProperties,
	{ ...simplifyOption, description: 'Whether to return the new object as a flat record (ID, key, label, type)' },
];

export const description = showFor('assetsObject', 'create')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const { objectTypeId, attributes, name } = await attributeInputsOf.call(this, itemIndex);
	const created = (await assetsApiRequest.call(this, {
		method: 'POST',
		path: '/object/create',
		body: { objectTypeId, attributes },
		itemIndex,
		subject: `Assets object "${name.slice(0, 80)}"`,
	})) as IDataObject;
	const simplify = simplifyParameter(this, itemIndex);
	return this.helpers.returnJsonArray(simplify ? simplifyObject(created) : created);
}
