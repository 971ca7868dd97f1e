'use strict';
// Converts field values sent by clients into the issue record's normalized form, checking them
// the way Jira does: JSM requestFieldValues (per request type) and platform `fields` / `update`.
const { FIELD_DEFS } = require('./format/platform');
const { CF } = require('./catalog');
const { adfToText, isAdf } = require('./format/adf');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Jira's field input formats (JSM "Field input formats", developer.atlassian.com/server/jira-servicedesk/info/field-input-formats):
// a Date Time is ISO 8601 `yyyy-MM-dd'T'HH:mm:ss.SSSZ` with a numeric offset, e.g. `2015-11-18T14:39:00.000+1100`.
// Jira answers `Error parsing time: <value>` to a trailing `Z` or an offset with a colon (sooperset/mcp-atlassian
// #709 and #863; atlassian/atlascode PR #1542 switched to `+0000` for that reason).
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}[+-](\d{2})(\d{2})$/;

/** A real calendar day in `yyyy-MM-dd` (Jira refuses 2026-02-30 as well as other layouts). */
function isDay(value) {
	if (typeof value !== 'string' || !DATE.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isDateTime(value) {
	const match = typeof value === 'string' && DATE_TIME.exec(value);
	if (!match) return false;
	const [, day, hour, minute, second, offsetHours, offsetMinutes] = match;
	return isDay(day) && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60 && Number(offsetHours) <= 14 && Number(offsetMinutes) < 60;
}

function userId(state, value) {
	if (value === null) return null;
	if (state.usernames) {
		// Data Center names people by username ({"assignee": {"name": "harry"}}: Jira DC REST API examples,
		// https://developer.atlassian.com/server/jira/platform/jira-rest-api-examples/); account ids mean nothing there.
		const name = value && typeof value === 'object' ? value.name : undefined;
		return name === undefined ? undefined : state.usernames.get(String(name).toLowerCase());
	}
	const id = typeof value === 'string' ? value : value && (value.accountId || value.id);
	return state.users.has(id) ? id : undefined;
}

function optionId(state, fieldId, value) {
	if (value === null) return null;
	const ref = typeof value === 'string' ? value : value && (value.id || value.value);
	const option = [...state.fieldOptions.values()].find((o) => o.fieldId === fieldId && (o.id === String(ref) || o.value.toLowerCase() === String(ref).toLowerCase()));
	return option ? option.id : undefined;
}

/** Cascading select `{ id | value, child?: { id | value } }` -> `{ parentId, childId }`; the child must hang off the parent. */
function cascadeValue(state, fieldId, value) {
	if (value === null) return null;
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const options = [...state.fieldOptions.values()].filter((o) => o.fieldId === fieldId);
	const find = (ref, parentId) => {
		if (!ref || typeof ref !== 'object') return undefined;
		const key = ref.id !== undefined ? 'id' : 'value';
		const wanted = String(ref[key]);
		return options.find((o) => (o.parentId || null) === parentId && (key === 'id' ? o.id === wanted : o.value === wanted));
	};
	const parent = find(value, null);
	if (!parent) return undefined;
	if (value.child === undefined || value.child === null) return { parentId: parent.id, childId: null };
	const child = find(value.child, parent.id);
	return child ? { parentId: parent.id, childId: child.id } : undefined;
}

function priorityId(state, value) {
	const ref = typeof value === 'string' ? value : value && (value.id || value.name);
	const p = [...state.priorities.values()].find((x) => x.id === String(ref) || x.name.toLowerCase() === String(ref).toLowerCase());
	return p ? p.id : undefined;
}

/**
 * One field value -> { patch } (partial issue patch) or { error }. `text` says how rich text
 * arrives: 'adf' (platform v3, JSM with isAdfRequest) or 'string'.
 */
function convertField(state, fieldId, value, text) {
	const def = FIELD_DEFS.get(fieldId);
	switch (fieldId) {
		case 'summary':
			if (typeof value !== 'string' || !value.trim()) return { error: 'You must specify a summary of the issue.' };
			return { patch: { summary: value } };
		case 'description':
			if (value === null || value === '') return { patch: { description: '', descriptionAdf: null } };
			if (text === 'adf') {
				if (!isAdf(value)) return { error: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' };
				return { patch: { description: adfToText(value), descriptionAdf: value } };
			}
			if (typeof value !== 'string') return { error: 'Operation value must be a string' };
			return { patch: { description: value, descriptionAdf: null } };
		case 'priority': {
			const id = priorityId(state, value);
			return id ? { patch: { priorityId: id } } : { error: `Specify a valid priority: '${JSON.stringify(value)}' is not one.` };
		}
		case 'assignee':
		case 'reporter': {
			const id = userId(state, value);
			if (id === undefined) return { error: `User '${typeof value === 'string' ? value : JSON.stringify(value)}' does not exist.` };
			if (fieldId === 'reporter' && id === null) return { error: 'Reporter is required.' };
			return { patch: { [`${fieldId}Id`]: id } };
		}
		case 'labels':
			if (!Array.isArray(value) || value.some((l) => typeof l !== 'string' || /\s/.test(l))) return { error: 'Labels must be a list of words without spaces.' };
			return { patch: { labels: value } };
		case CF.ORGANIZATIONS: {
			// Organization IDs as numbers, as on create (see requestOnlyField below).
			const list = Array.isArray(value) ? value : null;
			if (!list || list.some((id) => !Number.isInteger(id))) return { error: 'Operation value must be a number' };
			if (!list.every((id) => state.organizations.has(String(id)))) return { error: "Please provide a valid value for field 'Organizations'" };
			return { patch: { organizationIds: [...new Set(list.map(String))] } };
		}
		case 'duedate':
			if (value !== null && !(typeof value === 'string' && DATE.test(value))) return { error: "Error parsing date string: use the format 'yyyy-MM-dd'." };
			return { patch: { dueDate: value } };
		default:
			break;
	}
	if (!def || !def.schema.custom || !def.schema.custom.includes('customfieldtypes')) return { error: `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.` };
	let converted;
	if (def.schema.type === 'option') converted = optionId(state, fieldId, value);
	else if (def.schema.type === 'user') converted = userId(state, value);
	else if (def.schema.type === 'option-with-child') converted = cascadeValue(state, fieldId, value);
	else if (def.schema.type === 'date') {
		if (value !== null && !isDay(value)) return { error: `Error parsing date string: ${String(value)}` };
		converted = value;
	} else if (def.schema.type === 'datetime') {
		if (value !== null && !isDateTime(value)) return { error: `Error parsing time: ${String(value)}` };
		converted = value;
	}
	if (converted === undefined) return { error: `Specify a valid value for ${def.name}` };
	return { patch: { fieldValues: { [fieldId]: converted } } };
}

function mergePatch(into, patch) {
	const { fieldValues, ...rest } = patch;
	Object.assign(into, rest);
	if (fieldValues) into.fieldValues = { ...(into.fieldValues || {}), ...fieldValues };
	return into;
}

const invalid = (label) => `Please provide a valid value for field '${label}'`;

/**
 * Fields only JSM's create takes, checked the way JSM reads them (JSM "Field input formats"):
 * - attachment: the temporary attachment IDs (plain strings) that attachTemporaryFile returned on this desk;
 * - Organizations: organization IDs as numbers (`[1, 2]`; Jira answers "Operation value must be a number at
 *   array index 0" to `[{id}]`: AtlassianPS/JiraPS #434, Icinga/icingaweb2-module-jira #43, JSDSERVER-4353);
 * - Assets objects: `[{ workspaceId, id: "<workspaceId>:<objectId>", objectId }]` (Atlassian KB "Format the
 *   payload to update Assets custom fields via REST API"; the sandbox has no Assets objects, so any numeric
 *   object ID of the site's workspace is taken).
 * Returns undefined for other fields.
 */
function requestOnlyField(state, rt, field, value) {
	const def = FIELD_DEFS.get(field.fieldId);
	const list = Array.isArray(value) ? value : null;
	if (field.fieldId === 'attachment') {
		const desk = rt.serviceDeskId;
		const ok = list && list.length && list.every((id) => typeof id === 'string' && state.temporaryAttachments.get(id)?.serviceDeskId === desk);
		return ok ? { patch: { temporaryAttachmentIds: list } } : { error: invalid(field.label) };
	}
	if (field.fieldId === CF.ORGANIZATIONS) {
		if (!list) return { error: invalid(field.label) };
		const notNumber = list.findIndex((id) => typeof id !== 'number' || !Number.isInteger(id));
		if (notNumber >= 0) return { error: `Operation value must be a number at array index ${notNumber}` };
		const desk = state.serviceDesks.get(rt.serviceDeskId);
		if (!list.every((id) => desk.organizationIds.has(String(id)))) return { error: invalid(field.label) };
		return { patch: { organizationIds: [...new Set(list.map(String))] } };
	}
	if (def && def.schema.items === 'cmdb-object') {
		const workspaceId = state.assetsWorkspaceId;
		const ok = list && list.every((o) => o && typeof o === 'object' && o.workspaceId === workspaceId && /^\d+$/.test(String(o.objectId)) && o.id === `${workspaceId}:${o.objectId}`);
		return ok ? { patch: { fieldValues: { [field.fieldId]: list.map((o) => ({ workspaceId, id: o.id, objectId: String(o.objectId) })) } } } : { error: invalid(field.label) };
	}
	return undefined;
}

/** JSM requestFieldValues for a request type -> { patch, errors: [{fieldId, label, message}] }. */
function requestFieldValues(state, rt, values, isAdfRequest) {
	const patch = {};
	const errors = [];
	const byId = new Map(rt.fields.map((f) => [f.fieldId, f]));
	for (const [fieldId, value] of Object.entries(values || {})) {
		const field = byId.get(fieldId);
		if (!field) {
			errors.push({ fieldId, label: fieldId, message: `Field '${fieldId}' is not valid for this request type.` });
			continue;
		}
		const result = requestOnlyField(state, rt, field, value) || convertField(state, fieldId, value, isAdfRequest ? 'adf' : 'string');
		// Jira's own parse errors name what was wrong; JSM passes them on after its generic sentence.
		if (result.error) errors.push({ fieldId, label: field.label, message: /^(Error parsing|Operation value)/.test(result.error) ? `${invalid(field.label)}: ${result.error}` : invalid(field.label) });
		else mergePatch(patch, result.patch);
	}
	for (const field of rt.fields) {
		const v = (values || {})[field.fieldId];
		if (field.required && (v === undefined || v === null || v === '')) errors.push({ fieldId: field.fieldId, label: field.label, message: `Please provide a valid value for field '${field.label}'` });
	}
	return { patch, errors };
}

/** Platform `fields` object -> { patch, errors: {fieldId: message} }. `skip` lists fields handled elsewhere. */
function platformFields(state, fields, v, skip = []) {
	const patch = {};
	const errors = {};
	for (const [fieldId, value] of Object.entries(fields || {})) {
		if (skip.includes(fieldId)) continue;
		const result = convertField(state, fieldId, value, v === 3 ? 'adf' : 'string');
		if (result.error) errors[fieldId] = result.error;
		else mergePatch(patch, result.patch);
	}
	return { patch, errors };
}

module.exports = { requestFieldValues, platformFields, convertField, mergePatch };
