'use strict';
// Organizations: CRUD, members, properties, and their link to service desks.
const crypto = require('node:crypto');
const { json, empty } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { organizationDto } = require('../format/jsm');
const { jsmUser } = require('../format/users');
const { nextId } = require('../state');
const { agent, viewer, requireAgent, requireAdmin, loadDesk } = require('./common');
const { addRemoveRoutes, propertyRoutes } = require('./route-families');

function loadOrg(ctx, id = ctx.params.organizationId) {
	const org = ctx.state.organizations.get(String(id));
	if (!org) throw ctx.error(404, `The organization with ID ${id} does not exist.`, { i18nKey: 'sd.organization.not.found' });
	return org;
}

function memberIds(ctx) {
	const ids = [...(ctx.body.accountIds || []), ...(ctx.body.usernames || [])];
	const unknown = ids.find((id) => !ctx.state.users.has(id));
	if (unknown) throw ctx.error(400, `The user '${unknown}' does not exist.`, { i18nKey: 'sd.user.not.found' });
	return ids;
}

function filterByAccount(ctx, orgs) {
	if (!ctx.query.accountId) return orgs;
	requireAgent(ctx);
	return orgs.filter((o) => o.members.has(ctx.query.accountId));
}

const page = (ctx, orgs) => json(200, jsmPage(ctx, orgs, jsmWindow(ctx.query), (o) => organizationDto(ctx.base, o)));

module.exports = {
	'GET /rest/servicedeskapi/organization': (ctx) => {
		const all = [...ctx.state.organizations.values()];
		return page(ctx, filterByAccount(ctx, agent(ctx) ? all : all.filter((o) => o.members.has(viewer(ctx)))));
	},
	'POST /rest/servicedeskapi/organization': (ctx) => {
		requireAgent(ctx);
		const name = String(ctx.body.name || '').trim();
		if (!name || name.length > 200) throw ctx.error(400, 'The organization name must contain 1-200 characters.', { i18nKey: 'sd.organization.name.invalid' });
		if ([...ctx.state.organizations.values()].some((o) => o.name.toLowerCase() === name.toLowerCase())) {
			throw ctx.error(400, `An organization with the name '${name}' already exists.`, { i18nKey: 'sd.organization.name.exists' });
		}
		const org = { id: nextId(ctx.state, 'organization'), uuid: crypto.randomUUID(), name, createdAt: Date.now(), members: new Set(), properties: new Map(), serviceDeskIds: new Set() };
		ctx.state.organizations.set(org.id, org);
		ctx.state.version++;
		return json(201, organizationDto(ctx.base, org));
	},
	'GET /rest/servicedeskapi/organization/{organizationId}': (ctx) => json(200, organizationDto(ctx.base, loadOrg(ctx))),
	'DELETE /rest/servicedeskapi/organization/{organizationId}': (ctx) => {
		const org = loadOrg(ctx);
		requireAdmin(ctx);
		ctx.state.organizations.delete(org.id);
		for (const desk of ctx.state.serviceDesks.values()) desk.organizationIds.delete(org.id);
		for (const issue of ctx.state.issues.values()) issue.organizationIds = issue.organizationIds.filter((id) => id !== org.id);
		ctx.state.version++;
		return empty(204);
	},
	...propertyRoutes('/rest/servicedeskapi/organization/{organizationId}', {
		load: (ctx) => loadOrg(ctx),
		self: (ctx, org) => `${ctx.base}/rest/servicedeskapi/organization/${org.id}`,
	}),
	'GET /rest/servicedeskapi/organization/{organizationId}/user': (ctx) => {
		const org = loadOrg(ctx);
		requireAgent(ctx);
		const users = [...org.members].map((id) => ctx.state.users.get(id)).filter(Boolean);
		return json(200, jsmPage(ctx, users, jsmWindow(ctx.query), (u) => jsmUser(ctx.base, u)));
	},
	...addRemoveRoutes('/rest/servicedeskapi/organization/{organizationId}/user', {
		load: (ctx) => loadOrg(ctx),
		allow: requireAgent,
		change: (ctx, org, verb) => memberIds(ctx).forEach((id) => org.members[verb](id)),
	}),
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		requireAgent(ctx);
		const orgs = [...desk.organizationIds].map((id) => ctx.state.organizations.get(id)).filter(Boolean);
		return page(ctx, filterByAccount(ctx, orgs));
	},
	...addRemoveRoutes('/rest/servicedeskapi/servicedesk/{serviceDeskId}/organization', {
		load: (ctx) => loadDesk(ctx, ctx.params.serviceDeskId),
		allow: requireAgent,
		change: (ctx, desk, verb) => {
			const org = loadOrg(ctx, ctx.body.organizationId);
			desk.organizationIds[verb](org.id);
			org.serviceDeskIds[verb](desk.id);
		},
	}),
};
