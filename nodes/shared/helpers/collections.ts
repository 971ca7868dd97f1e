import type { INodeProperties } from 'n8n-workflow';

/**
 * n8n's optional collections: a name, an "Add ..." button and the fields it offers. `more` takes what only some
 * declare (a description; displayOptions when the collection shows only sometimes).
 */
function collection(displayName: string, name: string, placeholder: string) {
	return (options: INodeProperties[], more: Pick<INodeProperties, 'description' | 'displayOptions'> = {}): INodeProperties => ({
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		...more,
		options,
	});
}

/** The Filters a query offers beside Return All / Limit. */
export const filtersCollection = collection('Filters', 'filters', 'Add Filter');
/** The Options that change how an operation (or a trigger) works. */
export const optionsCollection = collection('Options', 'options', 'Add Option');
/** The optional fields of something created. */
export const additionalFieldsCollection = collection('Additional Fields', 'additionalFields', 'Add Field');
/** The fields an update may change. */
export const updateFieldsCollection = collection('Update Fields', 'updateFields', 'Add Field');
