import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { assetsIdParameter, withWorkspaceLookup, objectSchemaLocator, objectTypeLocator } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { loadTypeAttributes } from '../assetsObject/attributes';

export const option: OperationOption = {
	name: 'Get Attributes',
	value: 'getAttributes',
	description: 'List the attributes of an object type: names, kinds, required flags, select options, referenced types',
	action: 'Get the attributes of an assets object type',
};

export const kind: OperationKind = 'Query';

export const api = withWorkspaceLookup('GET /jsm/assets/workspace/{workspaceId}/v1/objecttype/{id}/attributes');

// Optional here (n8n's default, so no `required: false`): an object type ID alone is enough.
const { required: _required, ...optionalSchemaLocator } = objectSchemaLocator;

const properties: INodeProperties[] = [
	{ ...optionalSchemaLocator, description: 'The object schema to pick the object type from (not needed with an object type ID)' },
	{ ...objectTypeLocator, typeOptions: { loadOptionsDependsOn: ['objectSchema.value'] } },
];

export const description = showFor('assetsObjectType', 'getAttributes')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const objectTypeId = assetsIdParameter(this, itemIndex, 'objectType', 'object type');
	const attributes = await loadTypeAttributes.call(this, objectTypeId, itemIndex);
	return this.helpers.returnJsonArray(attributes as unknown as IDataObject[]);
}
