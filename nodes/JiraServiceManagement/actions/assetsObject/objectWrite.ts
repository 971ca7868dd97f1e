import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { assetsIdParameter, objectSchemaLocator, objectTypeLocator } from '../../helpers/assetsParameters';
import { loadTypeAttributes, toAttributeInputs, type TypeAttribute } from './attributes';

/** The schema and type to pick (they feed the mapper's columns) and the attribute values themselves. */
export const writeProperties: INodeProperties[] = [
	objectSchemaLocator,
	{ ...objectTypeLocator, typeOptions: { loadOptionsDependsOn: ['objectSchema.value'] } },
	{
		displayName: 'Attributes',
		name: 'attributes',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		typeOptions: {
			loadOptionsDependsOn: ['objectType.value'],
			resourceMapper: {
				resourceMapperMethod: 'getAssetsObjectTypeAttributes',
				mode: 'add',
				fieldWords: { singular: 'attribute', plural: 'attributes' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
	},
];

/** One attribute lookup per object type and execution, however many items are written. */
const attributeCache = new WeakMap<object, Map<string, Promise<TypeAttribute[]>>>();

/** The object type id and the ObjectAttributeIn list of one item, checked against the type's attributes. */
export async function attributeInputsOf(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<{ objectTypeId: string; attributes: IDataObject[]; name: string; typeAttributes: TypeAttribute[] }> {
	const objectTypeId = assetsIdParameter(this, itemIndex, 'objectType', 'object type');
	const cache = attributeCache.get(this) ?? new Map<string, Promise<TypeAttribute[]>>();
	attributeCache.set(this, cache);
	if (!cache.has(objectTypeId)) {
		const loading = loadTypeAttributes.call(this, objectTypeId, itemIndex);
		loading.catch(() => cache.delete(objectTypeId));
		cache.set(objectTypeId, loading);
	}
	const typeAttributes = await cache.get(objectTypeId)!;
	const values = (this.getNodeParameter('attributes.value', itemIndex, {}) ?? {}) as IDataObject;
	const typeName = String(typeAttributes[0]?.objectType?.name ?? objectTypeId);
	try {
		const attributes = toAttributeInputs(typeAttributes, values, typeName);
		const label = typeAttributes.find((attribute) => attribute.label === true);
		return { objectTypeId, attributes, name: String((label && values[label.name]) ?? ''), typeAttributes };
	} catch (error) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: ${(error as Error).message}`, { itemIndex });
	}
}
