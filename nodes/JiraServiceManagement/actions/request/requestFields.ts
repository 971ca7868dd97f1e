import type { FieldType, IDataObject, ResourceMapperField } from 'n8n-workflow';

import { jsmApiRequest, type JsmContext } from '../../transport';

/** A request type field as JSM describes it (`GET .../requesttype/{id}/field`). */
export interface RequestTypeField {
	fieldId: string;
	name: string;
	required: boolean;
	description?: string;
	jiraSchema?: { type?: string; items?: string; system?: string; custom?: string };
	validValues?: Array<{ value: string; label: string }>;
}

export async function loadRequestTypeFields(
	this: JsmContext,
	serviceDeskId: string,
	requestTypeId: string,
	itemIndex?: number,
): Promise<RequestTypeField[]> {
	const response = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype/${requestTypeId}/field`,
		itemIndex,
	})) as IDataObject;
	return (response.requestTypeFields ?? []) as unknown as RequestTypeField[];
}

function mapperType(field: RequestTypeField): FieldType {
	const type = field.jiraSchema?.type;
	if (field.validValues?.length && type !== 'array') return 'options';
	if (type === 'number') return 'number';
	if (type === 'date' || type === 'datetime') return 'dateTime';
	return 'string';
}

/** Request type fields as n8n resource mapper columns (required flags, types, allowed values). */
export function toMapperFields(fields: RequestTypeField[]): ResourceMapperField[] {
	return fields.map((field) => {
		const type = mapperType(field);
		const many = field.jiraSchema?.type === 'array';
		const allowed = field.validValues?.map((v) => v.label).join(', ');
		return {
			id: field.fieldId,
			displayName: many ? `${field.name} (comma-separated${allowed ? `: ${allowed}` : ''})` : field.name,
			required: field.required,
			defaultMatch: false,
			display: true,
			canBeUsedToMatch: false,
			type,
			options:
				type === 'options' ? field.validValues?.map((v) => ({ name: v.label, value: v.value })) : undefined,
		};
	});
}

function choice(field: RequestTypeField, raw: unknown): IDataObject {
	const text = String(raw).trim();
	const match = field.validValues?.find((v) => v.value === text || v.label.toLowerCase() === text.toLowerCase());
	if (field.validValues?.length && !match) {
		const allowed = field.validValues.map((v) => v.label).join(', ');
		throw new Error(`"${text}" is not an allowed value of ${field.name} (${field.fieldId}); allowed: ${allowed}`);
	}
	return { id: match ? match.value : text };
}

function listOf(raw: unknown): unknown[] {
	if (Array.isArray(raw)) return raw;
	return String(raw)
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
}

function convert(field: RequestTypeField, raw: unknown): unknown {
	const type = field.jiraSchema?.type;
	switch (type) {
		case 'number': {
			const number = Number(raw);
			if (raw === '' || !Number.isFinite(number)) throw new Error(`${field.name} (${field.fieldId}) must be a number, not "${String(raw)}"`);
			return number;
		}
		case 'date':
			return dateText(field, raw).slice(0, 10);
		case 'datetime':
			return dateText(field, raw);
		case 'user':
			return { accountId: String(raw).trim() };
		case 'array': {
			const items = field.jiraSchema?.items;
			const values = listOf(raw);
			if (items === 'user') return values.map((v) => ({ accountId: String(v) }));
			if (items === 'string') return values.map(String);
			return values.map((v) => choice(field, v));
		}
		case 'string':
		case undefined:
			return typeof raw === 'string' ? raw : JSON.stringify(raw);
		default:
			if (field.validValues?.length) return choice(field, raw);
			return raw;
	}
}

function dateText(field: RequestTypeField, raw: unknown): string {
	const date = new Date(String(raw));
	if (Number.isNaN(date.getTime())) throw new Error(`${field.name} (${field.fieldId}) must be a date, not "${String(raw)}"`);
	return date.toISOString();
}

/**
 * Checks the values against the request type and shapes them the way Jira wants each field type.
 * Errors name the field so the user knows what to fix.
 */
export function toRequestFieldValues(fields: RequestTypeField[], values: IDataObject): IDataObject {
	const byId = new Map(fields.map((field) => [field.fieldId, field]));
	const result: IDataObject = {};
	for (const [fieldId, raw] of Object.entries(values)) {
		if (raw === undefined || raw === null || raw === '') continue;
		const field = byId.get(fieldId);
		if (!field) {
			const known = fields.map((f) => f.fieldId).join(', ');
			throw new Error(`The field "${fieldId}" is not on this request type; its fields are: ${known}`);
		}
		result[fieldId] = convert(field, raw) as IDataObject;
	}
	const missing = fields.filter((field) => field.required && result[field.fieldId] === undefined);
	if (missing.length) {
		throw new Error(`Required field(s) missing: ${missing.map((f) => `${f.name} (${f.fieldId})`).join(', ')}`);
	}
	return result;
}
