import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chosenAssetsId, OBJECT_KEY } from '../helpers/assetsParameters';
import { aqlQuoted } from '../actions/assetsObject/objectRef';
import { ASSETS_PAGE_SIZE, assetsApiRequest } from '../../shared/transport';

function matches(filter: string | undefined, ...texts: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return texts.some((text) => String(text ?? '').toLowerCase().includes(needle));
}

const isTrue = (value: unknown) => value === true || value === 'true';

function nextStart(page: IDataObject, start: number): string | undefined {
	const values = Array.isArray(page.values) ? page.values : [];
	if (isTrue(page.isLast) || isTrue(page.last) || values.length === 0) return undefined;
	return String(start + values.length);
}


export async function searchAssetsObjectSchemas(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const start = Number(paginationToken ?? 0);
	const page = (await assetsApiRequest.call(this, {
		method: 'GET',
		path: '/objectschema/list',
		qs: { startAt: start, maxResults: ASSETS_PAGE_SIZE },
	})) as IDataObject;
	const results = ((page.values ?? []) as IDataObject[])
		.filter((schema) => matches(filter, schema.name, schema.objectSchemaKey, schema.id))
		.map((schema) => ({ name: `${String(schema.name)} (${String(schema.objectSchemaKey)})`, value: String(schema.id) }));
	return { results, paginationToken: nextStart(page, start) };
}

export async function searchAssetsObjectTypes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const schemaId = chosenAssetsId(this, 'objectSchema');
	if (!schemaId) return { results: [] };
	const types = (await assetsApiRequest.call(this, { method: 'GET', path: `/objectschema/${schemaId}/objecttypes/flat` })) as unknown;
	const results = (Array.isArray(types) ? (types as IDataObject[]) : [])
		.filter((type) => matches(filter, type.name, type.id))
		.map((type) => ({ name: String(type.name), value: String(type.id) }));
	return { results };
}

/** Objects of the chosen object type (or of all types), by name or key; one AQL page at a time. */
export async function searchAssetsObjects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const clauses: string[] = [];
	const objectTypeId = chosenAssetsId(this, 'objectType');
	if (objectTypeId) clauses.push(`objectTypeId = ${objectTypeId}`);
	const text = String(filter ?? '').trim();
	if (text) clauses.push(OBJECT_KEY.test(text) ? `Key = ${aqlQuoted(text.toUpperCase())}` : `Name LIKE ${aqlQuoted(text)}`);
	if (!clauses.length) clauses.push('objectId > 0');
	const start = Number(paginationToken ?? 0);
	const page = (await assetsApiRequest.call(this, {
		method: 'POST',
		path: '/object/aql',
		qs: { startAt: start, maxResults: ASSETS_PAGE_SIZE, includeAttributes: false },
		body: { qlQuery: clauses.join(' AND ') },
		idempotent: true,
	})) as IDataObject;
	const results = ((page.values ?? []) as IDataObject[]).map((object) => ({
		name: `${String(object.label)} (${String(object.objectKey)})`,
		value: String(object.id),
	}));
	return { results, paginationToken: nextStart(page, start) };
}
