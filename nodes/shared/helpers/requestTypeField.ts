import type { IDataObject } from 'n8n-workflow';

import { jsmApiRequest, type JsmContext } from '../../shared/transport';

/** JSM's "Customer Request Type" field; its customfield id differs from site to site, like every JSM field's. */
const REQUEST_TYPE_FIELD = 'com.atlassian.servicedesk:vp-origin';
/** One field list per execution (or per poll trigger activation), however many items search. */
const fieldListCache = new WeakMap<object, Promise<IDataObject[]>>();

async function readFieldList(this: JsmContext, itemIndex?: number): Promise<IDataObject[]> {
	const fields = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/api/3/field', itemIndex })) as IDataObject[];
	return Array.isArray(fields) ? fields : [];
}

/** The site's fields of a custom field type (`schema.custom`, e.g. `com.atlassian.servicedesk:sd-sla-field`). */
export async function siteFieldsOfType(this: JsmContext, customType: string, itemIndex?: number): Promise<IDataObject[]> {
	let lookup = fieldListCache.get(this);
	if (!lookup) {
		lookup = readFieldList.call(this, itemIndex);
		lookup.catch(() => fieldListCache.delete(this));
		fieldListCache.set(this, lookup);
	}
	return (await lookup).filter((field) => (field.schema as IDataObject | undefined)?.custom === customType);
}

/** The id of the site's request type field, or undefined on a site without JSM. */
export async function requestTypeFieldId(this: JsmContext, itemIndex?: number): Promise<string | undefined> {
	const [field] = await siteFieldsOfType.call(this, REQUEST_TYPE_FIELD, itemIndex);
	return field ? String(field.id) : undefined;
}
