import type { IDataObject } from 'n8n-workflow';

interface AttributeInfo {
	name: string;
	kind: string;
}

/** Attribute ids to names and kinds, from an AQL page's objectTypeAttributes or the object's own attributes. */
function attributeInfo(object: IDataObject, typeAttributes: IDataObject[] | undefined): Map<string, AttributeInfo> {
	const info = new Map<string, AttributeInfo>();
	const add = (attribute: IDataObject | undefined) => {
		if (!attribute || attribute.id === undefined || typeof attribute.name !== 'string') return;
		const kind = (attribute.type ?? 0) === 0 ? String((attribute.defaultType as IDataObject | undefined)?.name ?? 'Text') : '';
		info.set(String(attribute.id), { name: attribute.name, kind });
	};
	for (const attribute of typeAttributes ?? []) add(attribute);
	for (const attribute of (object.attributes ?? []) as IDataObject[]) add(attribute.objectTypeAttribute as IDataObject | undefined);
	return info;
}

/** One attribute value the way Create and Update take it back: a reference as its key, a user as account ID. */
function plainValue(value: IDataObject, kind: string): IDataObject[string] {
	const referenced = value.referencedObject as IDataObject | undefined;
	if (referenced?.objectKey !== undefined) return referenced.objectKey;
	const user = value.user as IDataObject | undefined;
	if (user?.key !== undefined) return user.key;
	const status = value.status as IDataObject | undefined;
	if (status?.name !== undefined) return status.name;
	const group = value.group as IDataObject | undefined;
	if (group?.name !== undefined) return group.name;
	const raw = value.value ?? value.displayValue ?? null;
	if ((kind === 'Integer' || kind === 'Double') && raw !== null && Number.isFinite(Number(raw))) return Number(raw);
	if (kind === 'Boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
	return raw;
}

/**
 * An Assets object as one flat record: id, key, label and type, then every attribute by name (one value, a
 * list when it holds several, null when the object type has the attribute but this object no value).
 */
export function simplifyObject(object: IDataObject, typeAttributes?: IDataObject[]): IDataObject {
	const objectType = (object.objectType ?? {}) as IDataObject;
	const info = attributeInfo(object, typeAttributes);
	const flat: IDataObject = {};
	for (const attribute of typeAttributes ?? []) {
		if (String(attribute.objectType && (attribute.objectType as IDataObject).id) === String(objectType.id) && typeof attribute.name === 'string') {
			flat[attribute.name] = null;
		}
	}
	for (const attribute of (object.attributes ?? []) as IDataObject[]) {
		const about = info.get(String(attribute.objectTypeAttributeId));
		if (!about) continue;
		const values = ((attribute.objectAttributeValues ?? []) as IDataObject[]).map((value) => plainValue(value, about.kind));
		flat[about.name] = values.length === 0 ? null : values.length === 1 ? values[0] : values;
	}
	return {
		...flat,
		id: object.id,
		objectKey: object.objectKey,
		label: object.label,
		objectType: objectType.name,
		objectTypeId: objectType.id,
		created: object.created,
		updated: object.updated,
	};
}
