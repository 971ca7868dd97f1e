import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { jsmApiRequest, pageItems, segment } from '../../shared/transport';
import type { OperationModule, OperationOption } from './operation';
import { showFor } from './operation';

/**
 * Something that carries entity properties (organizations, request types): the four property
 * operations are the same for each, only where the properties live differs.
 */
export interface PropertyOwner {
	resource: string;
	/** The owner's property collection as the OpenAPI path template, ending in `/property`. */
	template: string;
	/** Parameters that pick the owner. */
	locators: INodeProperties[];
	/** The property collection path of the owner this item picks, ids validated and encoded. */
	path(context: IExecuteFunctions, itemIndex: number): string;
	experimental: boolean;
	/** The owner with its article, as the dropdown texts name it: "an organization". */
	noun: string;
}

const keyProperty: INodeProperties = {
	displayName: 'Property Key',
	name: 'propertyKey',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'account-tier',
	description: 'The key of the property (up to 255 characters)',
};

const valueProperty: INodeProperties = {
	displayName: 'Value (JSON)',
	name: 'propertyValue',
	type: 'json',
	default: '{}',
	required: true,
	description: 'The value to store, as JSON: an object, array, string, number or boolean',
};

function propertyKeyOf(context: IExecuteFunctions, itemIndex: number): string {
	const key = String(context.getNodeParameter('propertyKey', itemIndex, '') ?? '').trim();
	// "." and ".." would be read as path steps: `.../property/..` is the owner itself.
	if (key && key.length <= 255 && key !== '.' && key !== '..') return key;
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: Property Key must contain 1 to 255 characters and cannot be "." or ".."`,
		{ itemIndex },
	);
}

function propertyValueOf(context: IExecuteFunctions, itemIndex: number): unknown {
	const raw = context.getNodeParameter('propertyValue', itemIndex, '') as unknown;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw) as unknown;
		} catch (error) {
			throw new NodeOperationError(
				context.getNode(),
				`Item ${itemIndex}: Value (JSON) is not valid JSON (${(error as Error).message})`,
				{ itemIndex, description: 'Quote text values, for example "gold", or give an object such as {"tier": "gold"}' },
			);
		}
	}
	// Jira stores any JSON value except null (the property would have no body to store).
	if (value === null || value === undefined) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: Value (JSON) must not be empty or null`, {
			itemIndex,
			description: 'Give a value such as "gold", 8 or {"tier": "gold"}; to remove a property use Delete Property',
		});
	}
	return value;
}

type PropertyOperation = Pick<OperationModule, 'option' | 'kind' | 'api' | 'description' | 'execute'>;

/** The four operations' dropdown entries, the same for every owner but for its name. */
function optionOf(value: string, owner: PropertyOwner): OperationOption {
	const { noun } = owner;
	const texts: Record<string, [string, string, string]> = {
		getPropertyKeys: ['Get Property Keys', `List the keys of the entity properties stored on ${noun}`, `Get the property keys of ${noun}`],
		getProperty: ['Get Property', `Read the value of one entity property of ${noun}`, `Get a property of ${noun}`],
		setProperty: ['Set Property', `Store a JSON value under a key on ${noun}, replacing any earlier value`, `Set a property of ${noun}`],
		deleteProperty: ['Delete Property', `Remove one entity property from ${noun}`, `Delete a property of ${noun}`],
	};
	const [name, description, action] = texts[value];
	return { name, value, description, action };
}

export function propertyKeysOperation(owner: PropertyOwner): PropertyOperation {
	return {
		option: optionOf('getPropertyKeys', owner),
		kind: 'Query',
		api: [`GET ${owner.template}`],
		description: showFor(owner.resource, 'getPropertyKeys')(owner.locators),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const request = { method: 'GET' as const, path: owner.path(this, itemIndex), itemIndex };
			const response = await jsmApiRequest.call(this, { ...request, experimental: owner.experimental });
			// The list is `keys` (PropertyKeys in the JSM OpenAPI file, developer.atlassian.com/cloud/jira/service-desk/
			// rest/api-group-organization/), but the same file's example answers `entityPropertyKeyBeans` (the Java
			// bean's getter name), so both are read; an answer with neither is refused by name, not read as "no properties".
			const listKey = Array.isArray((response as IDataObject | null)?.entityPropertyKeyBeans) ? 'entityPropertyKeyBeans' : 'keys';
			return this.helpers.returnJsonArray(pageItems(this, request, response, listKey) as IDataObject[]);
		},
	};
}

export function getPropertyOperation(owner: PropertyOwner): PropertyOperation {
	return {
		option: optionOf('getProperty', owner),
		kind: 'Query',
		api: [`GET ${owner.template}/{propertyKey}`],
		description: showFor(owner.resource, 'getProperty')([...owner.locators, keyProperty]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const key = propertyKeyOf(this, itemIndex);
			const property = (await jsmApiRequest.call(this, {
				method: 'GET',
				path: `${owner.path(this, itemIndex)}/${segment(key)}`,
				experimental: owner.experimental,
				itemIndex,
			})) as IDataObject;
			return this.helpers.returnJsonArray(property);
		},
	};
}

export function setPropertyOperation(owner: PropertyOwner): PropertyOperation {
	return {
		option: optionOf('setProperty', owner),
		kind: 'Update',
		api: [`PUT ${owner.template}/{propertyKey}`],
		description: showFor(owner.resource, 'setProperty')([...owner.locators, keyProperty, valueProperty]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const key = propertyKeyOf(this, itemIndex);
			const value = propertyValueOf(this, itemIndex);
			await jsmApiRequest.call(this, {
				method: 'PUT',
				path: `${owner.path(this, itemIndex)}/${segment(key)}`,
				// Serialised here so plain strings, numbers and booleans go out as JSON too.
				body: JSON.stringify(value),
				headers: { 'Content-Type': 'application/json' },
				experimental: owner.experimental,
				itemIndex,
			});
			return this.helpers.returnJsonArray({ key, value } as IDataObject);
		},
	};
}

export function deletePropertyOperation(owner: PropertyOwner): PropertyOperation {
	return {
		option: optionOf('deleteProperty', owner),
		kind: 'Delete',
		api: [`DELETE ${owner.template}/{propertyKey}`],
		description: showFor(owner.resource, 'deleteProperty')([...owner.locators, keyProperty]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const key = propertyKeyOf(this, itemIndex);
			await jsmApiRequest.call(this, {
				method: 'DELETE',
				path: `${owner.path(this, itemIndex)}/${segment(key)}`,
				experimental: owner.experimental,
				itemIndex,
			});
			return this.helpers.returnJsonArray({ key, deleted: true });
		},
	};
}
