import type { IExecuteFunctions, ILoadOptionsFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

const NUMERIC_ID = /^[1-9][0-9]{0,18}$/;
/** An Assets object key: the schema's key, a dash, a number (ITAM-88). */
export const OBJECT_KEY = /^[A-Za-z][A-Za-z0-9]*-[1-9][0-9]*$/;

export const objectSchemaLocator: INodeProperties = {
	displayName: 'Object Schema',
	name: 'objectSchema',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Assets object schema (a catalogue of object types, such as "IT Assets")',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchAssetsObjectSchemas', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '6',
			validation: [{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Not an object schema ID' } }],
		},
	],
};

export const objectTypeLocator: INodeProperties = {
	displayName: 'Object Type',
	name: 'objectType',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Assets object type (such as "Laptop"), from the chosen object schema',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchAssetsObjectTypes', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '23',
			validation: [{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Not an object type ID' } }],
		},
	],
};

export const objectLocator: INodeProperties = {
	displayName: 'Object',
	name: 'object',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Assets object, such as a laptop or a location',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchAssetsObjects', searchable: true },
		},
		{
			displayName: 'By Key',
			name: 'key',
			type: 'string',
			placeholder: 'ITAM-88',
			validation: [
				{ type: 'regex', properties: { regex: '^[A-Za-z][A-Za-z0-9]*-[0-9]+$', errorMessage: 'Not an object key such as ITAM-88' } },
			],
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '88',
			validation: [{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Not an object ID' } }],
		},
	],
};

/** An Assets id (object, object type, schema): digits only, so nothing can be smuggled into the path. */
export function assetsIdParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const value = String(context.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	if (NUMERIC_ID.test(value)) return value;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: the ${label} "${value}" is not a valid ID (a whole number such as 23)`, {
		itemIndex,
		description: `Pick the ${label} from the list or enter its numeric ID`,
	});
}

/** The id picked in another locator of the node, or '' while none is (n8n throws for a parameter not shown). */
export function chosenAssetsId(context: ILoadOptionsFunctions, name: string): string {
	let value: unknown;
	try {
		value = context.getCurrentNodeParameter(name, { extractValue: true });
	} catch {
		return '';
	}
	return NUMERIC_ID.test(String(value ?? '')) ? String(value) : '';
}

/** Every Assets operation first learns the site's workspace ID here (once per credential and site). */
export const ASSETS_WORKSPACE_API = 'GET /rest/servicedeskapi/assets/workspace';
