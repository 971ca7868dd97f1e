'use strict';
// Converts field values sent by clients into the issue record's normalized form, checking them
// the way Jira does: JSM requestFieldValues (per request type) and platform `fields` / `update`.
const { FIELD_DEFS } = require('./format/platform');
const { adfToText, isAdf } = require('./format/adf');

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function userId(state, value) {
	if (value === null) return null;
	const id = typeof value === 'string' ? value : value && (value.accountId || value.id);
	return state.users.has(id) ? id : undefined;
}

function optionId(state, fieldId, value) {
	if (value === null) return null;
	const ref = typeof value === 'string' ? value : value && (value.id || value.value);
	const option = [...state.fieldOptions.values()].find((o) => o.fieldId === fieldId && (o.id === String(ref) || o.value.toLowerCase() === String(ref).toLowerCase()));
	return option ? option.id : undefined;
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
	else if (def.schema.type === 'date') converted = value === null || (typeof value === 'string' && DATE.test(value)) ? value : undefined;
	if (converted === undefined) return { error: `Specify a valid value for ${def.name}` };
	return { patch: { fieldValues: { [fieldId]: converted } } };
}

function mergePatch(into, patch) {
	const { fieldValues, ...rest } = patch;
	Object.assign(into, rest);
	if (fieldValues) into.fieldValues = { ...(into.fieldValues || {}), ...fieldValues };
	return into;
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
		const result = convertField(state, fieldId, value, isAdfRequest ? 'adf' : 'string');
		if (result.error) errors.push({ fieldId, label: field.label, message: `Please provide a valid value for field '${field.label}'` });
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
