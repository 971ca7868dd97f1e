'use strict';
// Assets (CMDB) REST API: object schemas, object types and their attributes, objects found by AQL, created,
// updated and deleted, their history and connected requests. Paths as in Atlassian's Assets OpenAPI file
// (server https://api.atlassian.com/jsm/assets/workspace/{workspaceId}/v1). Basic auth reaches it at the
// gateway's root (developer.atlassian.com/cloud/assets/assets-rest-api-guide/workflow/); OAuth 2.0 apps
// through /ex/jira/{cloudId} (developer.atlassian.com/cloud/assets/assets-rest-api-guide/
// scopes-for-oauth-2-3LO-and-forge-apps), which the router strips like for every other API.
const { json, empty, HttpError } = require('../http');
const { compileAql, AqlError } = require('../assets/aql');
const { checkAttributes, invalid } = require('../assets/write');
const fmt = require('../format/assets');

// "Actual number of results may be less" (maxResults in the file): serve at most its default page, 25.
const MAX_PAGE = 25;

function notFound(message) {
	return new HttpError(404, { errorMessages: [message], errors: {} });
}

/** The checks every Assets call passes: the site's workspace, OAuth only through the gateway, agents only. */
function open(ctx) {
	if (ctx.params.workspaceId !== ctx.state.assetsWorkspaceId) throw notFound(`Workspace ${ctx.params.workspaceId} not found`);
	if (ctx.auth.scheme === 'oauth' && !ctx.base.includes('/ex/jira/')) {
		throw new HttpError(401, { code: 401, message: 'Unauthorized' }, { 'www-authenticate': 'Bearer realm="api.atlassian.com", error="invalid_token"' });
	}
	// Portal-only customers hold no Assets role (Atlassian: Assets permissions are given to Jira users and groups).
	if (!ctx.site.isAgent(ctx.user.accountId)) throw new HttpError(403, { errorMessages: ['You do not have permission to view Assets'], errors: {} });
	return ctx.state.assets;
}

function loadObject(ctx, assets, id) {
	const object = assets.objects.get(String(id));
	if (!object) throw notFound(`No object found with id ${id}`);
	return object;
}

function loadObjectType(assets, id) {
	const objectType = assets.objectTypes.get(String(id));
	if (!objectType) throw notFound(`No object type found with id ${id}`);
	return objectType;
}

function loadSchema(assets, id) {
	const schema = assets.schemas.get(String(id));
	if (!schema) throw notFound(`No object schema found with id ${id}`);
	return schema;
}

const attributesOf = (assets, objectTypeId) => [...assets.attributes.values()].filter((a) => a.objectTypeId === objectTypeId);

/** The texts AQL matches an attribute by: a reference by label and key, a user by name and account id. */
function searchValues(state, object, name) {
	const { assets } = state;
	const attribute = attributesOf(assets, object.objectTypeId).find((a) => a.name.toLowerCase() === String(name).toLowerCase());
	if (!attribute) return undefined;
	return fmt.storedValues(assets, object, attribute).flatMap((stored) => {
		if (attribute.type === 1) {
			const target = assets.objects.get(stored);
			return target ? [fmt.labelOf(assets, target), fmt.objectKey(assets, target)] : [];
		}
		if (attribute.type === 2) return [stored, state.users.get(stored)?.displayName].filter(Boolean);
		return [stored];
	});
}

function builtIns(state) {
	const { assets } = state;
	const typeOf = (object) => assets.objectTypes.get(object.objectTypeId);
	const table = {
		objecttype: (object) => [typeOf(object).name],
		objecttypeid: (object) => [object.objectTypeId],
		objectschema: (object) => [assets.schemas.get(typeOf(object).schemaId).name],
		objectschemaid: (object) => [typeOf(object).schemaId],
		objectid: (object) => [object.id],
		key: (object) => [fmt.objectKey(assets, object)],
		label: (object) => [fmt.labelOf(assets, object)],
	};
	return (name) => table[String(name).toLowerCase()];
}

function findObjects(ctx, assets, qlQuery) {
	const names = new Set([...assets.attributes.values()].map((a) => a.name.toLowerCase()));
	let aql;
	try {
		aql = compileAql(qlQuery, {
			knownAttribute: (name) => names.has(String(name).toLowerCase()),
			searchValues: (object, name) => searchValues(ctx.state, object, name),
			builtIn: builtIns(ctx.state),
		});
	} catch (error) {
		if (error instanceof AqlError) throw invalid({ iql: error.message });
		throw error;
	}
	return [...assets.objects.values()].filter(aql.matches).sort(aql.compare);
}

function window(query) {
	const startAt = Math.max(0, query.startAt ?? 0);
	const maxResults = Math.min(Math.max(query.maxResults ?? 25, 1), MAX_PAGE);
	return { startAt, maxResults };
}

function recordChange(ctx, assets, object, attribute, before, after) {
	const show = (values) => values.map((stored) => (attribute.type === 1 ? fmt.objectKey(assets, assets.objects.get(stored)) : stored)).join(', ');
	assets.history.push({
		id: String(++assets.counters.history),
		objectId: object.id,
		actorId: ctx.user.accountId,
		type: before.length ? (after.length ? 2 : 3) : 1,
		affectedAttribute: attribute.name,
		oldValue: show(before),
		newValue: show(after),
		createdAt: ctx.site.now(),
	});
}

module.exports = {
	'POST /jsm/assets/workspace/{workspaceId}/v1/object/aql': (ctx) => {
		const assets = open(ctx);
		const matches = findObjects(ctx, assets, ctx.body.qlQuery);
		const { startAt, maxResults } = window(ctx.query);
		const slice = matches.slice(startAt, startAt + maxResults);
		const withAttributes = ctx.query.includeAttributes !== false;
		const typeIds = [...new Set(slice.map((o) => o.objectTypeId))];
		const isLast = startAt + slice.length >= matches.length;
		return json(200, {
			startAt,
			maxResults,
			// Deprecated in the file ("use POST /object/totalcount instead"): present, not to be paged by.
			total: matches.length,
			values: slice.map((object) => fmt.objectDto(ctx, object, { attributes: withAttributes })),
			objectTypeAttributes: withAttributes ? typeIds.flatMap((id) => attributesOf(assets, id).map((a) => fmt.attributeDto(ctx, a))) : [],
			last: isLast,
			isLast,
		});
	},
	'GET /jsm/assets/workspace/{workspaceId}/v1/object/{id}': (ctx) => {
		const assets = open(ctx);
		return json(200, fmt.objectDto(ctx, loadObject(ctx, assets, ctx.params.id), { typeAttributes: true }));
	},
	'POST /jsm/assets/workspace/{workspaceId}/v1/object/create': (ctx) => {
		const assets = open(ctx);
		const objectTypeId = String(ctx.body.objectTypeId);
		if (!assets.objectTypes.has(objectTypeId)) throw invalid({ objectTypeId: `No object type with id ${objectTypeId}` });
		const values = checkAttributes(ctx.state, objectTypeId, ctx.body.attributes);
		const now = ctx.site.now();
		const object = { id: String(++assets.counters.object), objectTypeId, createdAt: now, updatedAt: now, values: new Map() };
		for (const [attributeId, list] of values) if (list.length) object.values.set(attributeId, list);
		assets.objects.set(object.id, object);
		assets.history.push({ id: String(++assets.counters.history), objectId: object.id, actorId: ctx.user.accountId, type: 0, createdAt: now });
		// "The created object witout attributes" (201 in the file).
		return json(201, fmt.objectDto(ctx, object, { attributes: false }));
	},
	'PUT /jsm/assets/workspace/{workspaceId}/v1/object/{id}': (ctx) => {
		const assets = open(ctx);
		const object = loadObject(ctx, assets, ctx.params.id);
		if (String(ctx.body.objectTypeId) !== object.objectTypeId) {
			throw invalid({ objectTypeId: `Object ${fmt.objectKey(assets, object)} is a ${assets.objectTypes.get(object.objectTypeId).name}: objectTypeId must be ${object.objectTypeId}` });
		}
		const changes = checkAttributes(ctx.state, object.objectTypeId, ctx.body.attributes, object);
		let changed = false;
		for (const [attributeId, after] of changes) {
			const before = object.values.get(attributeId) || [];
			if (before.join('\u0000') === after.join('\u0000')) continue;
			recordChange(ctx, assets, object, assets.attributes.get(attributeId), before, after);
			if (after.length) object.values.set(attributeId, after);
			else object.values.delete(attributeId);
			changed = true;
		}
		if (changed) object.updatedAt = ctx.site.now();
		return json(200, fmt.objectDto(ctx, object, { typeAttributes: true }));
	},
	'DELETE /jsm/assets/workspace/{workspaceId}/v1/object/{id}': (ctx) => {
		const assets = open(ctx);
		const object = loadObject(ctx, assets, ctx.params.id);
		assets.objects.delete(object.id);
		assets.tickets.delete(object.id);
		// References to a deleted object go with it.
		for (const other of assets.objects.values()) {
			for (const [attributeId, values] of other.values) {
				if (assets.attributes.get(attributeId).type !== 1 || !values.includes(object.id)) continue;
				const kept = values.filter((v) => v !== object.id);
				if (kept.length) other.values.set(attributeId, kept);
				else other.values.delete(attributeId);
			}
		}
		return empty(204);
	},
	'GET /jsm/assets/workspace/{workspaceId}/v1/object/{id}/history': (ctx) => {
		const assets = open(ctx);
		const object = loadObject(ctx, assets, ctx.params.id);
		const entries = assets.history.filter((h) => h.objectId === object.id).sort((a, b) => a.createdAt - b.createdAt || Number(a.id) - Number(b.id));
		if (ctx.query.asc !== true) entries.reverse();
		return json(200, entries.map((entry) => fmt.historyDto(ctx, entry)));
	},
	'GET /jsm/assets/workspace/{workspaceId}/v1/objectconnectedtickets/{objectId}/tickets': (ctx) => {
		const assets = open(ctx);
		const object = loadObject(ctx, assets, ctx.params.objectId);
		const issues = [...(assets.tickets.get(object.id) || [])].map((id) => ctx.state.issues.get(id)).filter(Boolean);
		const keys = issues.map((issue) => issue.key);
		return json(200, {
			tickets: issues.map((issue) => fmt.ticketDto(ctx, issue)),
			allTicketsQuery: keys.length ? `issue in (${keys.join(', ')})` : 'issue in (EMPTY)',
		});
	},
	'GET /jsm/assets/workspace/{workspaceId}/v1/objectschema/list': (ctx) => {
		const assets = open(ctx);
		const schemas = [...assets.schemas.values()];
		const { startAt, maxResults } = window(ctx.query);
		const slice = schemas.slice(startAt, startAt + maxResults);
		const isLast = startAt + slice.length >= schemas.length;
		// includeCounts=false: "object and object type count will return 0".
		const counts = ctx.query.includeCounts === true;
		const values = slice.map((schema) => ({ ...fmt.schemaDto(ctx, schema), ...(counts ? {} : { objectCount: 0, objectTypeCount: 0 }) }));
		return json(200, { startAt, maxResults, total: schemas.length, values, last: isLast, isLast });
	},
	'GET /jsm/assets/workspace/{workspaceId}/v1/objectschema/{id}': (ctx) => json(200, fmt.schemaDto(ctx, loadSchema(open(ctx), ctx.params.id))),
	'GET /jsm/assets/workspace/{workspaceId}/v1/objectschema/{id}/objecttypes/flat': (ctx) => {
		const assets = open(ctx);
		const schema = loadSchema(assets, ctx.params.id);
		const types = [...assets.objectTypes.values()].filter((t) => t.schemaId === schema.id).sort((a, b) => a.position - b.position);
		// objectCount is populated only with includeObjectCounts=true.
		const counts = ctx.query.includeObjectCounts === true;
		return json(200, types.map((t) => ({ ...fmt.objectTypeDto(ctx, t), ...(counts ? {} : { objectCount: 0 }) })));
	},
	'GET /jsm/assets/workspace/{workspaceId}/v1/objecttype/{id}/attributes': (ctx) => {
		const assets = open(ctx);
		const objectType = loadObjectType(assets, ctx.params.id);
		let attributes = attributesOf(assets, objectType.id);
		if (ctx.query.onlyValueEditable === true) attributes = attributes.filter((a) => a.editable);
		return json(200, attributes.map((a) => fmt.attributeDto(ctx, a)));
	},
};
