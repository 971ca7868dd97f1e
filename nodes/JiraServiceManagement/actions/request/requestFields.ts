import type { FieldType, IDataObject, ResourceMapperField } from 'n8n-workflow';

import { toJiraDate, toJiraDateTime } from '../../helpers/dates';
import { jsmApiRequest, type JsmContext } from '../../../shared/transport';
import { assetsObjects, cascade, listOf, named, organizations } from './fieldShapes';

export interface ValidValue {
	value: string;
	label: string;
	children?: ValidValue[];
}

/** A request type field as JSM describes it (`GET .../requesttype/{id}/field`). */
export interface RequestTypeField {
	fieldId: string;
	name: string;
	required: boolean;
	description?: string;
	jiraSchema?: { type?: string; items?: string; system?: string; custom?: string };
	validValues?: ValidValue[];
}

/** What shaping the values needs beyond the fields themselves. */
export interface FieldValueContext {
	/** The workflow's time zone: Date Time fields are sent with its offset. */
	timeZone: string;
	/** The site's Assets workspace, for Assets object fields given by object ID only. */
	assetsWorkspaceId?: string;
}

/** How a request type field takes its value, from its Jira schema. */
type FieldKind = 'attachment' | 'organizations' | 'assets' | 'cascade' | 'other';

function kindOf(field: RequestTypeField): FieldKind {
	const schema = field.jiraSchema ?? {};
	if (schema.system === 'attachment' || schema.items === 'attachment') return 'attachment';
	if (schema.items === 'sd-customerorganization' || schema.custom === 'com.atlassian.servicedesk:sd-customer-organizations') return 'organizations';
	// Cloud's Assets object field, and the older Insight one a migrated site may still show.
	if (schema.items === 'cmdb-object' || /cmdb-object-cftype|rlabs-customfield-default-object/.test(schema.custom ?? '')) return 'assets';
	if (schema.type === 'option-with-child') return 'cascade';
	return 'other';
}

/** The request type fields that take files: their values name binary fields of the item. */
export function attachmentFieldIds(fields: RequestTypeField[]): Set<string> {
	return new Set(fields.filter((field) => kindOf(field) === 'attachment').map((field) => field.fieldId));
}

/** Whether any Assets object field has a value, so the site's Assets workspace is needed. */
export function needsAssetsWorkspace(fields: RequestTypeField[], values: IDataObject): boolean {
	return fields.some((field) => {
		const value = values[field.fieldId];
		return kindOf(field) === 'assets' && value !== undefined && value !== null && value !== '';
	});
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
	if (kindOf(field) !== 'other') return 'string';
	if (field.validValues?.length && type !== 'array') return 'options';
	if (type === 'number') return 'number';
	if (type === 'date' || type === 'datetime') return 'dateTime';
	return 'string';
}

/** Request type fields as n8n resource mapper columns (required flags, types, allowed values). */
export function toMapperFields(fields: RequestTypeField[]): ResourceMapperField[] {
	return fields.map((field) => {
		const type = mapperType(field);
		return {
			id: field.fieldId,
			displayName: `${field.name}${inputHint(field)}`,
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

/** What to type, for fields whose input is not obvious from the column type. */
function inputHint(field: RequestTypeField): string {
	const allowed = field.validValues?.map((v) => v.label).join(', ');
	switch (kindOf(field)) {
		case 'attachment':
			return " (names of the item's binary fields, comma-separated)";
		case 'organizations':
			return ` (organization IDs${allowed ? ` or names: ${allowed}` : ''}, comma-separated)`;
		case 'assets':
			return ' (Assets object IDs, comma-separated)';
		case 'cascade':
			return ` (Parent > Child${allowed ? `: ${allowed}` : ''})`;
		default:
			return field.jiraSchema?.type === 'array' ? ` (comma-separated${allowed ? `: ${allowed}` : ''})` : '';
	}
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


function convert(field: RequestTypeField, raw: unknown, context: FieldValueContext): unknown {
	const type = field.jiraSchema?.type;
	switch (kindOf(field)) {
		case 'attachment':
			// Binary field names for now; the operation uploads them and puts the temporary IDs here.
			return listOf(raw).map((name) => String(name).trim());
		case 'organizations':
			return organizations(field, raw);
		case 'assets':
			return assetsObjects(field, raw, context.assetsWorkspaceId);
		case 'cascade':
			return cascade(field, raw);
		default:
			break;
	}
	switch (type) {
		case 'number': {
			const number = Number(raw);
			if (raw === '' || !Number.isFinite(number)) throw new Error(`${field.name} (${field.fieldId}) must be a number, not "${String(raw)}"`);
			return number;
		}
		case 'date': {
			const day = toJiraDate(raw, context.timeZone);
			if (day === undefined) throw new Error(`${named(field)} must be a date such as 2026-12-01, not "${String(raw)}"`);
			return day;
		}
		case 'datetime': {
			const moment = toJiraDateTime(raw, context.timeZone);
			if (moment === undefined) throw new Error(`${named(field)} must be a date and time such as 2026-12-01T09:30, not "${String(raw)}"`);
			return moment;
		}
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

/**
 * Checks the values against the request type and shapes them the way Jira wants each field type
 * (JSM "Field input formats"). Errors name the field so the user knows what to fix.
 */
export function toRequestFieldValues(
	fields: RequestTypeField[],
	values: IDataObject,
	context: FieldValueContext = { timeZone: 'UTC' },
): IDataObject {
	const byId = new Map(fields.map((field) => [field.fieldId, field]));
	const result: IDataObject = {};
	for (const [fieldId, raw] of Object.entries(values)) {
		if (raw === undefined || raw === null || raw === '') continue;
		const field = byId.get(fieldId);
		if (!field) {
			const known = fields.map((f) => f.fieldId).join(', ');
			throw new Error(`The field "${fieldId}" is not on this request type; its fields are: ${known}`);
		}
		result[fieldId] = convert(field, raw, context) as IDataObject;
	}
	const missing = fields.filter((field) => field.required && result[field.fieldId] === undefined);
	if (missing.length) {
		throw new Error(`Required field(s) missing: ${missing.map((f) => `${f.name} (${f.fieldId})`).join(', ')}`);
	}
	return result;
}
