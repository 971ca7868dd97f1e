import type { IDataObject } from 'n8n-workflow';

import type { RequestTypeField, ValidValue } from './requestFields';

// Field values that are more than one text or option, in the shapes JSM's create takes: cascading selects
// as in JSM's "Field input formats"; Organizations as numbers (Jira refuses `[{id}]` with "Operation value
// must be a number at array index 0", JSDSERVER-4353); Assets objects as in Atlassian's KB "Format the
// payload to update Assets custom fields via REST API".

export function listOf(raw: unknown): unknown[] {
	if (Array.isArray(raw)) return raw;
	return String(raw)
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
}

export const named = (field: RequestTypeField) => `${field.name} (${field.fieldId})`;

/** One option among `options` by its ID or (case-insensitive) label. */
function optionOf(options: ValidValue[], ref: string): ValidValue | undefined {
	return options.find((o) => o.value === ref) ?? options.find((o) => o.label.toLowerCase() === ref.toLowerCase());
}

/** Cascading select: "Parent > Child" (labels or IDs) or `{ value | id, child }` -> `{ id, child: { id } }`. */
export function cascade(field: RequestTypeField, raw: unknown): IDataObject {
	let parentRef: string;
	let childRef: string | undefined;
	if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
		const value = raw as IDataObject;
		const child = value.child as IDataObject | undefined;
		parentRef = String(value.id ?? value.value ?? '').trim();
		childRef = child ? String(child.id ?? child.value ?? '').trim() : undefined;
	} else {
		[parentRef, childRef] = String(raw).split('>').map((part) => part.trim());
	}
	const parents = field.validValues ?? [];
	const parent = optionOf(parents, parentRef);
	if (!parent) {
		throw new Error(`"${parentRef}" is not an option of ${named(field)}; options: ${parents.map((p) => p.label).join(', ')}`);
	}
	if (!childRef) return { id: parent.value };
	const children = parent.children ?? [];
	const child = optionOf(children, childRef);
	if (!child) {
		const allowed = children.map((c) => c.label).join(', ') || 'none';
		throw new Error(`"${childRef}" is not an option under "${parent.label}" in ${named(field)}; options there: ${allowed}`);
	}
	return { id: parent.value, child: { id: child.value } };
}

/** Organizations go out as numbers, given by ID or by the name JSM lists for the field. */
export function organizations(field: RequestTypeField, raw: unknown): number[] {
	return listOf(raw).map((entry) => {
		const text = String(entry).trim();
		const byName = field.validValues?.find((v) => v.label.toLowerCase() === text.toLowerCase());
		const id = byName ? byName.value : text;
		if (!/^\d+$/.test(id)) throw new Error(`${named(field)} takes organization IDs (numbers), not "${text}"`);
		return Number(id);
	});
}

/** Assets objects as Jira Cloud takes them: `{ workspaceId, id: "<workspaceId>:<objectId>", objectId }`. */
export function assetsObjects(field: RequestTypeField, raw: unknown, workspace: string | undefined): IDataObject[] {
	return listOf(raw).map((entry) => {
		const text = String(typeof entry === 'object' && entry !== null ? (entry as IDataObject).objectId : entry).trim();
		const [workspaceId, objectId] = text.includes(':') ? text.split(':') : [workspace, text];
		if (!workspaceId || !/^\d+$/.test(objectId ?? '')) {
			throw new Error(`${named(field)} takes Assets object IDs (such as 88), not "${text}"`);
		}
		return { workspaceId, id: `${workspaceId}:${objectId}`, objectId };
	});
}
