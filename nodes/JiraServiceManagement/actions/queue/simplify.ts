import type { IDataObject } from 'n8n-workflow';

/** The readable part of a field value: users by name, statuses and types by name, options by value. */
function plain(value: IDataObject[string]): IDataObject[string] {
	if (Array.isArray(value)) return value.map(plain) as IDataObject[];
	if (!value || typeof value !== 'object') return value;
	const object = value as IDataObject;
	return object.displayName ?? object.name ?? object.value ?? object.key ?? object;
}

/** A queue's issue as one flat object: id, key and each field the queue shows. */
export function simplifyQueueIssue(issue: IDataObject): IDataObject {
	const fields = (issue.fields ?? {}) as IDataObject;
	const flat: IDataObject = { id: issue.id, key: issue.key };
	for (const [name, value] of Object.entries(fields)) {
		if (name !== 'issuekey') flat[name] = plain(value);
	}
	return flat;
}
