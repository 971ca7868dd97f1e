import type { IDataObject } from 'n8n-workflow';

import { jsmApiRequest, type JsmContext } from '../../shared/transport';

/** JSM's "Customer Request Type" field; its customfield id differs from site to site. */
const REQUEST_TYPE_FIELD = 'com.atlassian.servicedesk:vp-origin';
/** One field lookup per execution (or per poll trigger activation), however many items search. */
const requestTypeFieldCache = new WeakMap<object, Promise<string | undefined>>();

async function findRequestTypeField(this: JsmContext, itemIndex?: number): Promise<string | undefined> {
	const fields = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/api/3/field', itemIndex })) as IDataObject[];
	const field = (Array.isArray(fields) ? fields : []).find(
		(candidate) => (candidate.schema as IDataObject | undefined)?.custom === REQUEST_TYPE_FIELD,
	);
	return field ? String(field.id) : undefined;
}

/** The id of the site's request type field, or undefined on a site without JSM. */
export async function requestTypeFieldId(this: JsmContext, itemIndex?: number): Promise<string | undefined> {
	let lookup = requestTypeFieldCache.get(this);
	if (!lookup) {
		lookup = findRequestTypeField.call(this, itemIndex);
		lookup.catch(() => requestTypeFieldCache.delete(this));
		requestTypeFieldCache.set(this, lookup);
	}
	return await lookup;
}
