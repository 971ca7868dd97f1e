'use strict';
// Request types, their fields, groups, properties and permission checks.
const { json, empty } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { requestTypeDto, createMetaDto } = require('../format/jsm');
const { nextId } = require('../state');
const { addAuditRecord } = require('../seed/audit');
const { admin, viewer, requireAdmin, loadDesk, loadRequestType, listParam } = require('./common');
const { propertyRoutes } = require('./route-families');

function matchesSearch(rt, query) {
	return !query || rt.name.toLowerCase().includes(String(query).toLowerCase());
}

const loadBoth = (ctx) => {
	const desk = loadDesk(ctx, ctx.params.serviceDeskId);
	return loadRequestType(ctx, desk, ctx.params.requestTypeId);
};

module.exports = {
	'GET /rest/servicedeskapi/requesttype': (ctx) => {
		const desks = ctx.query.serviceDeskId ? new Set(ctx.query.serviceDeskId.map(String)) : null;
		const types = [...ctx.state.requestTypes.values()].filter((rt) => (!desks || desks.has(rt.serviceDeskId)) && matchesSearch(rt, ctx.query.searchQuery));
		const expand = listParam(ctx.query.expand);
		return json(200, jsmPage(ctx, types, jsmWindow(ctx.query), (rt) => requestTypeDto(ctx.state, ctx.base, rt, expand)));
	},
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		const group = ctx.query.groupId === undefined ? null : String(ctx.query.groupId);
		const types = [...ctx.state.requestTypes.values()].filter((rt) => rt.serviceDeskId === desk.id && (!group || rt.groupIds.includes(group)) && matchesSearch(rt, ctx.query.searchQuery));
		const expand = listParam(ctx.query.expand);
		return json(200, jsmPage(ctx, types, jsmWindow(ctx.query), (rt) => requestTypeDto(ctx.state, ctx.base, rt, expand)));
	},
	'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		requireAdmin(ctx);
		const { issueTypeId, name, description = '', helpText = '' } = ctx.body;
		if (!ctx.state.issueTypes.has(String(issueTypeId))) throw ctx.error(400, `The issue type with ID '${issueTypeId}' does not exist.`, { i18nKey: 'sd.requesttype.issuetype.invalid' });
		if (!name) throw ctx.error(400, 'The request type name must not be empty.', { i18nKey: 'sd.requesttype.name.required' });
		const id = nextId(ctx.state, 'requestType');
		const groupId = [...ctx.state.requestTypeGroups.values()].find((g) => g.serviceDeskId === desk.id).id;
		const rt = {
			id, serviceDeskId: desk.id, portalId: desk.id, name, description, helpText, issueTypeId: String(issueTypeId), groupIds: [groupId], iconId: '10527',
			restrictionStatus: 'OPEN', properties: new Map(), summaries: [name],
			fields: [{ fieldId: 'summary', label: 'Summary', required: true }, { fieldId: 'description', label: 'Description', required: false }],
		};
		ctx.state.requestTypes.set(id, rt);
		ctx.state.version++;
		addAuditRecord(ctx.state, { category: 'service desk', summary: 'Request type created', typeName: 'REQUEST_TYPE', objectName: name, authorId: viewer(ctx), created: Date.now() });
		return json(200, requestTypeDto(ctx.state, ctx.base, rt));
	},
	'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/permissions/check': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		const ids = [...ctx.state.requestTypes.values()].filter((rt) => rt.serviceDeskId === desk.id).map((rt) => Number(rt.id));
		const asked = ctx.body.requestTypeIds ? ids.filter((id) => ctx.body.requestTypeIds.includes(id)) : ids;
		const permissions = ctx.body.permissions || ['canCreateRequest', 'canAdminister'];
		const out = {};
		if (permissions.includes('canAdminister')) out.canAdminister = admin(ctx) ? asked : [];
		if (permissions.includes('canCreateRequest')) out.canCreateRequest = asked;
		return json(200, out);
	},
	'DELETE /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}': (ctx) => {
		const rt = loadBoth(ctx);
		requireAdmin(ctx);
		ctx.state.requestTypes.delete(rt.id);
		for (const issue of ctx.state.issues.values()) if (issue.requestTypeId === rt.id) issue.requestTypeId = null;
		ctx.state.version++;
		return empty(204);
	},
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}': (ctx) => json(200, requestTypeDto(ctx.state, ctx.base, loadBoth(ctx), listParam(ctx.query.expand))),
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field': (ctx) => json(200, createMetaDto(ctx.state, loadBoth(ctx))),
	...propertyRoutes('/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}', {
		load: loadBoth,
		self: (ctx, rt) => `${ctx.base}/rest/servicedeskapi/servicedesk/${rt.serviceDeskId}/requesttype/${rt.id}`,
	}),
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttypegroup': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		const groups = [...ctx.state.requestTypeGroups.values()].filter((g) => g.serviceDeskId === desk.id);
		return json(200, jsmPage(ctx, groups, jsmWindow(ctx.query), (g) => ({ id: g.id, name: g.name })));
	},
};

