'use strict';
// Assets (CMDB) response bodies, shaped like the schemas of Atlassian's Assets OpenAPI file (Object,
// ObjectType, ObjectTypeAttribute, ObjectSchema, ObjectHistory, Ticket), with its required fields.
const { avatarUrls } = require('./users');

const iso = (ms) => new Date(ms).toISOString();

/** Where the Assets API of this sandbox lives, as the caller reached it (gateway or root). */
const assetsBase = (ctx) => `${ctx.base}/jsm/assets/workspace/${ctx.state.assetsWorkspaceId}/v1`;

function icon(ctx, objectType) {
	const url = `${assetsBase(ctx)}/objecttype/${objectType.id}/icon.png`;
	return { id: String(10 + Number(objectType.id)), name: objectType.name, url16: `${url}?size=16`, url48: `${url}?size=48` };
}

function objectsOfType(assets, objectTypeId) {
	let count = 0;
	for (const object of assets.objects.values()) if (object.objectTypeId === objectTypeId) count++;
	return count;
}

function objectTypeDto(ctx, objectType) {
	const ws = ctx.state.assetsWorkspaceId;
	const dto = {
		workspaceId: ws,
		globalId: `${ws}:${objectType.id}`,
		id: objectType.id,
		name: objectType.name,
		type: 0,
		icon: icon(ctx, objectType),
		position: objectType.position,
		created: iso(objectType.createdAt),
		updated: iso(objectType.updatedAt),
		objectCount: objectsOfType(ctx.state.assets, objectType.id),
		objectSchemaId: objectType.schemaId,
		inherited: false,
		abstractObjectType: false,
		parentObjectTypeInherited: false,
	};
	if (objectType.description) dto.description = objectType.description;
	return dto;
}

function schemaDto(ctx, schema) {
	const { assets, assetsWorkspaceId: ws } = ctx.state;
	const types = [...assets.objectTypes.values()].filter((t) => t.schemaId === schema.id);
	const dto = {
		workspaceId: ws,
		globalId: `${ws}:${schema.id}`,
		id: schema.id,
		name: schema.name,
		objectSchemaKey: schema.key,
		status: 'Ok',
		created: iso(schema.createdAt),
		updated: iso(schema.updatedAt),
		objectCount: types.reduce((n, t) => n + objectsOfType(assets, t.id), 0),
		objectTypeCount: types.length,
		canManage: true,
	};
	if (schema.description) dto.description = schema.description;
	return dto;
}

function attributeDto(ctx, attribute) {
	const { assets, assetsWorkspaceId: ws } = ctx.state;
	const objectType = assets.objectTypes.get(attribute.objectTypeId);
	const dto = {
		workspaceId: ws,
		globalId: `${ws}:${attribute.id}`,
		id: attribute.id,
		objectType: objectTypeDto(ctx, objectType),
		name: attribute.name,
		label: attribute.label,
		type: attribute.type,
		editable: attribute.editable,
		system: attribute.system,
		sortable: true,
		summable: false,
		indexed: true,
		minimumCardinality: attribute.minimumCardinality,
		maximumCardinality: attribute.maximumCardinality,
		removable: !attribute.system && !attribute.label,
		hidden: false,
		includeChildObjectTypes: false,
		uniqueAttribute: attribute.uniqueAttribute,
		options: attribute.options,
		position: attribute.position,
	};
	if (attribute.type === 0) dto.defaultType = attribute.defaultType;
	if (attribute.type === 1) {
		const target = assets.objectTypes.get(attribute.referenceObjectTypeId);
		dto.referenceType = { workspaceId: ws, globalId: `${ws}:${attribute.id}`, id: attribute.id, name: attribute.referenceTypeName, objectSchemaId: target.schemaId };
		dto.referenceObjectTypeId = target.id;
		dto.referenceObjectType = objectTypeDto(ctx, target);
	}
	return dto;
}

function objectKey(assets, object) {
	const objectType = assets.objectTypes.get(object.objectTypeId);
	return `${assets.schemas.get(objectType.schemaId).key}-${object.id}`;
}

function labelOf(assets, object) {
	const label = [...assets.attributes.values()].find((a) => a.objectTypeId === object.objectTypeId && a.label);
	return (label && object.values.get(label.id)?.[0]) || '';
}

/** The values an attribute holds: system ones are derived, the rest stored as strings. */
function storedValues(assets, object, attribute) {
	if (attribute.role === 'key') return [objectKey(assets, object)];
	if (attribute.role === 'created') return [iso(object.createdAt)];
	if (attribute.role === 'updated') return [iso(object.updatedAt)];
	return object.values.get(attribute.id) || [];
}

function userValue(ctx, accountId) {
	const user = ctx.state.users.get(accountId);
	const name = user ? user.displayName : accountId;
	const value = { avatarUrl: avatarUrls(ctx.base, accountId)['48x48'], displayName: name, name, key: accountId, isDeleted: !user };
	if (user && user.emailAddress) value.emailAddress = user.emailAddress;
	return value;
}

function attributeValueDto(ctx, attribute, stored) {
	const { assets } = ctx.state;
	if (attribute.type === 1) {
		const target = assets.objects.get(stored);
		return { referencedObject: objectDto(ctx, target, { attributes: false }), displayValue: labelOf(assets, target), searchValue: objectKey(assets, target) };
	}
	if (attribute.type === 2) {
		const user = userValue(ctx, stored);
		return { user, displayValue: user.displayName, searchValue: stored };
	}
	return { value: stored, displayValue: stored, searchValue: stored };
}

/** `typeAttributes`: each attribute carries its ObjectTypeAttribute (GET and PUT object); AQL pages list them once instead. */
function objectDto(ctx, object, { attributes = true, typeAttributes = false } = {}) {
	const { assets, assetsWorkspaceId: ws } = ctx.state;
	const objectType = assets.objectTypes.get(object.objectTypeId);
	const icons = icon(ctx, objectType);
	const dto = {
		workspaceId: ws,
		globalId: `${ws}:${object.id}`,
		id: object.id,
		label: labelOf(assets, object),
		objectKey: objectKey(assets, object),
		avatar: {
			workspaceId: ws,
			globalId: `${ws}:${object.id}`,
			url16: icons.url16,
			url48: icons.url48,
			url72: icons.url48.replace('size=48', 'size=72'),
			url144: icons.url48.replace('size=48', 'size=144'),
			url288: icons.url48.replace('size=48', 'size=288'),
			objectId: object.id,
		},
		objectType: objectTypeDto(ctx, objectType),
		created: iso(object.createdAt),
		updated: iso(object.updatedAt),
		hasAvatar: false,
		timestamp: object.updatedAt,
		_links: { self: `${ctx.sb.state.baseUrl}/jira/servicemanagement/assets/object/${object.id}` },
	};
	if (attributes) {
		dto.attributes = [...assets.attributes.values()]
			.filter((a) => a.objectTypeId === object.objectTypeId)
			.map((attribute) => ({ attribute, values: storedValues(assets, object, attribute) }))
			.filter(({ values }) => values.length)
			.map(({ attribute, values }) => {
				const entry = {
					workspaceId: ws,
					globalId: `${ws}:${object.id}:${attribute.id}`,
					id: `${object.id}${attribute.id}`,
					objectTypeAttributeId: attribute.id,
					objectAttributeValues: values.map((stored) => attributeValueDto(ctx, attribute, stored)),
					objectId: object.id,
				};
				if (typeAttributes) entry.objectTypeAttribute = attributeDto(ctx, attribute);
				return entry;
			});
	}
	return dto;
}

function historyDto(ctx, entry) {
	const dto = { actor: userValue(ctx, entry.actorId), id: entry.id, type: entry.type, created: iso(entry.createdAt), objectId: entry.objectId };
	for (const field of ['affectedAttribute', 'oldValue', 'newValue']) if (entry[field] !== undefined) dto[field] = entry[field];
	return dto;
}

function ticketDto(ctx, issue) {
	const { state } = ctx;
	const ws = state.assetsWorkspaceId;
	const status = state.statuses.get(issue.statusId);
	const type = state.issueTypes.get(issue.issueTypeId);
	const priority = state.priorities.get(issue.priorityId);
	return {
		workspaceId: ws,
		globalId: `${ws}:${issue.id}`,
		key: issue.key,
		id: issue.id,
		reporter: issue.reporterId,
		created: iso(issue.createdAt),
		updated: iso(issue.updatedAt),
		title: issue.summary,
		status: { name: status.name, colorName: status.category.colorName },
		type: { name: type.name, description: type.description || '', iconUrl: `${ctx.sb.state.baseUrl}/images/icons/issuetypes/${type.id}.svg` },
		priority: { name: priority.name, iconUrl: `${ctx.sb.state.baseUrl}/images/icons/priorities/${priority.name.toLowerCase()}.svg` },
	};
}

module.exports = { objectDto, objectTypeDto, schemaDto, attributeDto, historyDto, ticketDto, objectKey, labelOf, storedValues, iso };
