import type { FieldType, IDataObject, ResourceMapperField } from 'n8n-workflow';

import { OBJECT_KEY } from '../../helpers/assetsParameters';
import * as patterns from '../../helpers/patterns';
import { whole } from '../../helpers/patterns';
import { yesNo } from '../../../shared/helpers/yesNo';
import { assetsApiRequest, type JsmContext } from '../../../shared/transport';

/** An object type attribute as Assets describes it (`GET /objecttype/{id}/attributes`). */
export interface TypeAttribute {
	id: string;
	name: string;
	/** 0 default (see defaultType), 1 object reference, 2 user, 4 group, 7 status. */
	type?: number;
	defaultType?: { id: number; name: string };
	options?: string;
	editable?: boolean;
	system?: boolean;
	minimumCardinality?: number;
	maximumCardinality?: number;
	referenceObjectType?: { name?: string };
	objectType?: { name?: string };
	label?: boolean;
}

export async function loadTypeAttributes(this: JsmContext, objectTypeId: string, itemIndex?: number): Promise<TypeAttribute[]> {
	const answer = (await assetsApiRequest.call(this, { method: 'GET', path: `/objecttype/${objectTypeId}/attributes`, itemIndex })) as unknown;
	if (!Array.isArray(answer)) throw new Error(`Assets answered without the attributes of object type ${objectTypeId}`);
	return answer as TypeAttribute[];
}

/** The attributes a user sets: Key, Created and Updated are Assets' own. */
const settable = (attribute: TypeAttribute) => attribute.editable !== false && attribute.system !== true;
const many = (attribute: TypeAttribute) => attribute.maximumCardinality !== undefined && attribute.maximumCardinality !== 1;
const kindOf = (attribute: TypeAttribute) => (attribute.type ?? 0) === 0 ? (attribute.defaultType?.name ?? 'Text') : '';
const optionsOf = (attribute: TypeAttribute) =>
	String(attribute.options ?? '')
		.split(',')
		.map((option) => option.trim())
		.filter(Boolean);

function mapperType(attribute: TypeAttribute): FieldType {
	if (many(attribute)) return 'string';
	switch (kindOf(attribute)) {
		case 'Integer':
		case 'Double':
			return 'number';
		case 'Boolean':
			return 'boolean';
		case 'Date':
		case 'DateTime':
			return 'dateTime';
		case 'Select':
			return 'options';
		default:
			return 'string';
	}
}

function hint(attribute: TypeAttribute): string {
	const parts: string[] = [];
	if (attribute.type === 1) parts.push(`object key of a ${attribute.referenceObjectType?.name ?? 'referenced object'}, e.g. ITAM-1`);
	if (attribute.type === 2) parts.push('account ID');
	if (attribute.type === 4) parts.push('group name');
	if (many(attribute)) parts.push('comma-separated');
	return parts.length ? `${attribute.name} (${parts.join(', ')})` : attribute.name;
}

/** Object type attributes as resource mapper columns; on update nothing is required (unchanged stays). */
export function toMapperFields(attributes: TypeAttribute[], forUpdate: boolean): ResourceMapperField[] {
	return attributes.filter(settable).map((attribute) => {
		const type = mapperType(attribute);
		return {
			id: attribute.name,
			displayName: hint(attribute),
			required: !forUpdate && (attribute.minimumCardinality ?? 0) >= 1,
			defaultMatch: false,
			display: true,
			canBeUsedToMatch: false,
			type,
			options: type === 'options' ? optionsOf(attribute).map((option) => ({ name: option, value: option })) : undefined,
		};
	});
}

const ACCOUNT_ID = whole(patterns.ACCOUNT_ID);

/** Luxon DateTime (what n8n's mapper hands over), Date, or text. */
function dateTimeOf(raw: unknown): { iso: string; date: string } | undefined {
	const luxon = raw as { toISO?: () => string | null; toISODate?: () => string | null };
	if (raw && typeof luxon.toISO === 'function' && typeof luxon.toISODate === 'function') {
		const iso = luxon.toISO();
		const date = luxon.toISODate();
		return iso && date ? { iso, date } : undefined;
	}
	const text = raw instanceof Date ? raw.toISOString() : String(raw).trim();
	if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return { iso: `${text}T00:00:00.000Z`, date: text };
	const time = Date.parse(text);
	if (Number.isNaN(time)) return undefined;
	// A text with its own offset keeps it (and its calendar day); otherwise it is read as UTC.
	const hasOffset = /(Z|[+-][0-9]{2}:?[0-9]{2})$/.test(text);
	return { iso: hasOffset ? text : new Date(time).toISOString(), date: hasOffset ? text.slice(0, 10) : new Date(time).toISOString().slice(0, 10) };
}

function convert(attribute: TypeAttribute, raw: unknown): string {
	const name = attribute.name;
	if (attribute.type === 1) {
		const key = String(raw).trim();
		if (!OBJECT_KEY.test(key)) throw new Error(`${name} takes an object key such as ITAM-1, not "${key}"`);
		return key.toUpperCase();
	}
	if (attribute.type === 2) {
		const id = String(raw).trim();
		if (!ACCOUNT_ID.test(id)) throw new Error(`${name} takes an account ID, not "${id}"`);
		return id;
	}
	switch (kindOf(attribute)) {
		case 'Integer': {
			const number = Number(raw);
			if (raw === '' || typeof raw === 'boolean' || !Number.isInteger(number)) throw new Error(`${name} must be a whole number, not "${String(raw)}"`);
			return String(number);
		}
		case 'Double': {
			const number = Number(raw);
			if (raw === '' || typeof raw === 'boolean' || !Number.isFinite(number)) throw new Error(`${name} must be a number, not "${String(raw)}"`);
			return String(number);
		}
		case 'Boolean': {
			const value = yesNo(raw);
			if (value === undefined) throw new Error(`${name} must be true or false, not "${String(raw)}"`);
			return String(value);
		}
		case 'Date':
		case 'DateTime': {
			const when = dateTimeOf(raw);
			if (!when) throw new Error(`${name} must be a date, not "${String(raw)}"`);
			return kindOf(attribute) === 'Date' ? when.date : when.iso;
		}
		case 'Select': {
			const text = String(raw).trim();
			const options = optionsOf(attribute);
			const match = options.find((option) => option.toLowerCase() === text.toLowerCase());
			if (!match) throw new Error(`"${text}" is not an option of ${name}; options: ${options.join(', ')}`);
			return match;
		}
		default:
			return typeof raw === 'string' ? raw : typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
	}
}

function listOf(attribute: TypeAttribute, raw: unknown): unknown[] {
	if (!many(attribute)) return [raw];
	const list = Array.isArray(raw) ? raw : String(raw).split(',');
	return list.map((value) => (typeof value === 'string' ? value.trim() : value)).filter((value) => value !== '');
}

/**
 * The mapper's values (by attribute name) as Assets' ObjectAttributeIn list: every value a string, in the
 * form the API description gives per attribute kind. Errors name the attribute.
 */
export function toAttributeInputs(attributes: TypeAttribute[], values: IDataObject, objectTypeName: string): IDataObject[] {
	const byName = new Map(attributes.map((attribute) => [attribute.name.toLowerCase(), attribute]));
	const inputs: IDataObject[] = [];
	for (const [name, raw] of Object.entries(values)) {
		if (raw === undefined || raw === null || raw === '') continue;
		const attribute = byName.get(name.toLowerCase());
		if (!attribute) throw new Error(`"${name}" is not an attribute of the object type ${objectTypeName}`);
		if (!settable(attribute)) throw new Error(`${attribute.name} is set by Assets itself and cannot be given`);
		const list = listOf(attribute, raw).map((value) => ({ value: convert(attribute, value) }));
		inputs.push({ objectTypeAttributeId: attribute.id, objectAttributeValues: list });
	}
	if (!inputs.length) throw new Error('no attribute has a value: set at least one');
	return inputs;
}
