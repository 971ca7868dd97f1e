'use strict';
// Checks and applies the attributes of an Assets create (POST /object/create) or update (PUT /object/{id})
// the way the ObjectAttributeValueIn description of Atlassian's Assets OpenAPI file defines them: every value
// is a string; Default attributes in their type's format (dates in ISO 8601), Object references by object
// key, Users by account id. Problems answer 400 with the file's Errors shape, keyed by attribute name.
const { platformError } = require('../http');
const { objectKey, storedValues } = require('../format/assets');

const INTEGER = /^-?[0-9]+$/;
const DOUBLE = /^-?[0-9]+(\.[0-9]+)?$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})$/;

const invalid = (errors) => platformError(400, [], errors);

function findByKey(assets, key) {
	const text = String(key).trim().toUpperCase();
	for (const object of assets.objects.values()) if (objectKey(assets, object) === text) return object;
	return undefined;
}

/** The stored string for one incoming value, or an error text. */
function checkValue(state, attribute, raw) {
	const value = String(raw);
	if (attribute.type === 1) {
		const target = findByKey(state.assets, value);
		if (!target) return { error: `No object with the key "${value}"` };
		if (target.objectTypeId !== attribute.referenceObjectTypeId) {
			return { error: `${value} is not a ${state.assets.objectTypes.get(attribute.referenceObjectTypeId).name}` };
		}
		return { stored: target.id };
	}
	if (attribute.type === 2) return state.users.has(value) ? { stored: value } : { error: `No user with the account id "${value}"` };
	if (attribute.type !== 0) return { stored: value };
	switch (attribute.defaultType.name) {
		case 'Integer':
			return INTEGER.test(value) ? { stored: value } : { error: `"${value}" is not an integer` };
		case 'Double':
			return DOUBLE.test(value) ? { stored: value } : { error: `"${value}" is not a number` };
		case 'Boolean':
			return ['true', 'false'].includes(value) ? { stored: value } : { error: `"${value}" is not true or false` };
		case 'Date':
			return DATE.test(value) && !Number.isNaN(Date.parse(value)) ? { stored: value } : { error: `"${value}" is not a date (yyyy-MM-dd)` };
		case 'DateTime':
			return DATE_TIME.test(value) ? { stored: new Date(value).toISOString() } : { error: `"${value}" is not an ISO 8601 date-time` };
		case 'Select': {
			const options = attribute.options.split(',');
			return options.includes(value) ? { stored: value } : { error: `"${value}" is not one of the options ${options.join(', ')}` };
		}
		default:
			return { stored: value };
	}
}

/**
 * Validates `attributes` (ObjectAttributeIn[]) for `objectTypeId` and returns Map<attributeId, string[]>.
 * `current` (update only) is the object being changed: required attributes may not be emptied, unique
 * values may stay on the object itself.
 */
function checkAttributes(state, objectTypeId, attributes, current) {
	const { assets } = state;
	const errors = {};
	const changes = new Map();
	for (const input of attributes) {
		const attribute = assets.attributes.get(String(input.objectTypeAttributeId));
		if (!attribute || attribute.objectTypeId !== objectTypeId) {
			errors[String(input.objectTypeAttributeId)] = `The object type attribute ${input.objectTypeAttributeId} does not belong to this object type`;
			continue;
		}
		if (attribute.system) {
			errors[attribute.name] = `${attribute.name} is set by Assets and cannot be changed`;
			continue;
		}
		const values = [];
		for (const entry of input.objectAttributeValues) {
			const { stored, error } = checkValue(state, attribute, entry.value);
			if (error) errors[attribute.name] = error;
			else values.push(stored);
		}
		if (attribute.maximumCardinality !== -1 && values.length > attribute.maximumCardinality) {
			errors[attribute.name] = `${attribute.name} takes at most ${attribute.maximumCardinality} value(s)`;
		}
		if (attribute.uniqueAttribute && values.length) {
			for (const other of assets.objects.values()) {
				if (other === current || other.objectTypeId !== objectTypeId) continue;
				if ((other.values.get(attribute.id) || []).some((v) => values.includes(v))) {
					errors[attribute.name] = `${attribute.name} must be unique: ${objectKey(assets, other)} already has "${values[0]}"`;
				}
			}
		}
		changes.set(attribute.id, values);
	}
	for (const attribute of assets.attributes.values()) {
		if (attribute.objectTypeId !== objectTypeId || attribute.system || attribute.minimumCardinality < 1) continue;
		const after = changes.has(attribute.id) ? changes.get(attribute.id) : current ? storedValues(assets, current, attribute) : [];
		if (after.length < attribute.minimumCardinality) errors[attribute.name] = `${attribute.name} is required`;
	}
	if (Object.keys(errors).length) throw invalid(errors);
	return changes;
}

module.exports = { checkAttributes, findByKey, invalid };
