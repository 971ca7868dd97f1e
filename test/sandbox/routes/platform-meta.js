'use strict';
// Site metadata: server info, fields, projects, issue types.
const { json } = require('../http');
const { platformPage } = require('../paging');
const { FIELD_DEFS, issueTypeBean, projectAvatars } = require('../format/platform');
const { platformUser } = require('../format/users');
const { listParam } = require('./common');

const NAVIGABLE_ONLY = new Set(['comment', 'attachment']);

function fieldDetails(def) {
	const custom = def.id.startsWith('customfield_');
	return {
		id: def.id,
		key: def.id,
		name: def.name,
		custom,
		orderable: !['created', 'updated', 'creator', 'resolutiondate', 'statuscategorychangedate', 'status'].includes(def.id),
		navigable: !NAVIGABLE_ONLY.has(def.id),
		searchable: true,
		clauseNames: def.clauseNames,
		schema: def.schema,
	};
}

function projectBean(ctx, project, expand) {
	const out = {
		expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
		self: `${ctx.base}/rest/api/${ctx.v}/project/${project.id}`,
		id: project.id,
		key: project.key,
		name: project.name,
		avatarUrls: projectAvatars(ctx.base, project),
		projectTypeKey: project.projectTypeKey,
		simplified: false,
		style: 'classic',
		isPrivate: false,
		properties: {},
		uuid: project.uuid,
	};
	if (expand.includes('description')) out.description = project.description;
	if (expand.includes('lead')) out.lead = platformUser(ctx.base, ctx.state.users.get(project.leadId), ctx.v);
	if (expand.includes('issueTypes')) out.issueTypes = project.issueTypeIds.map((id) => issueTypeBean(ctx.base, ctx.state.issueTypes.get(id), ctx.v));
	if (expand.includes('url')) out.url = `${ctx.base}/jira/servicedesk/projects/${project.key}`;
	return out;
}

module.exports = {
	'GET /rest/api/3/serverInfo': (ctx) =>
		json(200, {
			baseUrl: ctx.sb.state.baseUrl,
			displayUrl: ctx.sb.state.baseUrl,
			displayUrlServicedeskHelpCenter: `${ctx.sb.state.baseUrl}/servicedesk/customer/portals`,
			version: '1001.0.0-SNAPSHOT',
			versionNumbers: [1001, 0, 0],
			deploymentType: 'Cloud',
			buildNumber: 100300,
			buildDate: '2026-05-04T03:00:00.000+0000',
			serverTime: new Date(ctx.site.now()).toISOString().replace('Z', '+0000'),
			scmInfo: 'cbff30aed2cd56c458fcc9520324d47b256bb3f5',
			serverTitle: 'Jira',
			serverTimeZone: 'Etc/UTC',
		}),
	'GET /rest/api/3/field': () => json(200, [...FIELD_DEFS.values()].map(fieldDetails)),
	'GET /rest/api/3/issuetype': (ctx) => json(200, [...ctx.state.issueTypes.values()].map((t) => issueTypeBean(ctx.base, t, ctx.v))),
	// The issue types a request can be created with in one project (createmeta, paged).
	'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes': (ctx) => {
		const ref = String(ctx.params.projectIdOrKey);
		const project = [...ctx.state.projects.values()].find((p) => p.id === ref || p.key === ref.toUpperCase());
		if (!project) throw ctx.error(404, `No project could be found with key '${ref}'.`);
		const types = project.issueTypeIds.map((id) => ctx.state.issueTypes.get(id));
		const { maxResults, startAt, total, values } = platformPage(
			ctx,
			types,
			{ startAt: ctx.query.startAt ?? 0, maxResults: ctx.query.maxResults ?? 50, cap: 200 },
			(t) => issueTypeBean(ctx.base, t, ctx.v),
		);
		// This page names its list issueTypes and carries no isLast, self or nextPage.
		return json(200, { maxResults, startAt, total, issueTypes: values });
	},
	'GET /rest/api/3/project': (ctx) => {
		const expand = listParam(ctx.query.expand);
		return json(200, [...ctx.state.projects.values()].map((p) => projectBean(ctx, p, expand)));
	},
	'GET /rest/api/3/project/search': (ctx) => {
		const q = ctx.query.query ? String(ctx.query.query).toLowerCase() : null;
		const keys = new Set(listParam(ctx.query.keys).map((k) => k.toUpperCase()));
		const ids = new Set(listParam(ctx.query.id).map(String));
		let projects = [...ctx.state.projects.values()].filter((p) =>
			(!q || p.name.toLowerCase().includes(q) || p.key.toLowerCase().includes(q)) &&
			(!keys.size || keys.has(p.key)) && (!ids.size || ids.has(p.id)) &&
			(!ctx.query.typeKey || listParam(ctx.query.typeKey).includes(p.projectTypeKey)));
		const order = String(ctx.query.orderBy || 'key');
		const field = order.replace(/^[-+]/, '') === 'name' ? 'name' : 'key';
		projects = projects.sort((a, b) => a[field].localeCompare(b[field]) * (order.startsWith('-') ? -1 : 1));
		const expand = listParam(ctx.query.expand);
		return json(200, platformPage(ctx, projects, { startAt: ctx.query.startAt ?? 0, maxResults: ctx.query.maxResults ?? 50, cap: 100 }, (p) => projectBean(ctx, p, expand)));
	},
};
