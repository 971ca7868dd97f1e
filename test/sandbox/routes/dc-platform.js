'use strict';
// Jira Data Center's platform API (/rest/api/2, validated against contract/jira-dc-platform-10.3.json, Atlassian's
// official DC 10.3 OpenAPI file), served only in Data Center mode (datacenter.js). The operations shared with Cloud
// reuse the Cloud handlers in their v2 form (text instead of ADF); search, serverInfo and myself are DC's own.
const { json, empty, platformError } = require('../http');
const { issueBean, selectFields } = require('../format/platform');
const { platformPage } = require('../paging');
const { findGroup } = require('../state');
const { dataCenterUser, accountIdOfUsername } = require('../datacenter');
const { agent, requireAdmin, listParam } = require('./common');
const attachment = require('./attachment');
const issue = require('./platform-issue');
const meta = require('./platform-meta');
const people = require('./platform-users-groups');
const { results } = require('./platform-search');

const v2 = (handler) => (ctx) => {
	ctx.v = 2;
	return handler(ctx);
};

const SHARED = [
	'GET /issue/{issueIdOrKey}',
	'PUT /issue/{issueIdOrKey}',
	'DELETE /issue/{issueIdOrKey}',
	'GET /issue/{issueIdOrKey}/watchers',
	'GET /issue/{issueIdOrKey}/comment',
	'PUT /issue/{issueIdOrKey}/comment/{id}',
	'DELETE /issue/{issueIdOrKey}/comment/{id}',
	'GET /issue/{issueIdOrKey}/transitions',
	'POST /issue/{issueIdOrKey}/transitions',
	'GET /attachment/{id}',
	'DELETE /attachment/{id}',
	'GET /field',
	'GET /applicationrole',
	'GET /applicationrole/{key}',
];
const cloud = { ...attachment, ...issue, ...meta, ...people };

// DC search pages by startAt / maxResults / total (SearchResultsBean in the DC 10.3 file). maxResults above the
// site's limit (jira.search.views.default.max, 1000 by default; sb.configure({ searchMaxResults })) is lowered to
// it, and the answer says so (https://confluence.atlassian.com/jirakb/changing-maxresults-parameter-for-jira-rest-api-779160706.html).
function search(ctx, params) {
	if (!ctx.user) return json(200, { startAt: 0, maxResults: 0, total: 0, issues: [] });
	const jql = String(params.jql || '');
	const found = results(ctx, jql);
	const startAt = Math.max(0, params.startAt ?? 0);
	const maxResults = Math.max(0, Math.min(params.maxResults ?? 50, ctx.sb.config.searchMaxResults));
	const fields = selectFields(listParam(params.fields), '*navigable');
	const expand = listParam(params.expand).filter((e) => e !== 'names' && e !== 'schema');
	const page = found.slice(startAt, startAt + maxResults);
	return json(200, {
		expand: 'schema,names',
		startAt,
		maxResults,
		total: found.length,
		issues: page.map((item) => issueBean(ctx.state, ctx.base, item, { fields, expand, v: 2, inSearch: true, dataCenter: true, now: ctx.site.now() })),
	});
}

const dc = (ctx) => ctx.sb.dataCenter;

// DC names people by username (GET /rest/api/2/user?username=, group/user body { name }: DC 10.3 file) and groups
// by name; its answers for an unknown user follow Jira Server's wording.
function userNamed(ctx, name) {
	const user = ctx.state.users.get(accountIdOfUsername(ctx.state, name || ''));
	if (!user) throw platformError(404, [`The user named '${name}' does not exist`]);
	return user;
}

function groupNamed(ctx) {
	if (!ctx.query.groupname) throw platformError(400, ['You must specify a group name.']);
	const group = findGroup(ctx.state, { groupname: ctx.query.groupname });
	if (!group) throw platformError(404, [`Group with name '${ctx.query.groupname}' does not exist.`]);
	return group;
}

/** DC user search: `username` is the query (username, display name or email address starts with it). */
function searchUsers(ctx) {
	const q = String(ctx.query.username || '').toLowerCase();
	if (!q) throw platformError(400, ['The username query parameter was not provided']);
	const includeActive = ctx.query.includeActive !== false;
	const includeInactive = ctx.query.includeInactive === true;
	const matches = [...ctx.state.users.values()].filter((user) => {
		if (user.active ? !includeActive : !includeInactive) return false;
		const words = `${user.name} ${user.displayName} ${user.emailAddress || ''}`.toLowerCase().split(/[\s@.]+/);
		return words.some((word) => word.startsWith(q)) || user.name.toLowerCase().startsWith(q) || (user.emailAddress || '').toLowerCase().startsWith(q);
	});
	const startAt = ctx.query.startAt ?? 0;
	return json(200, matches.slice(startAt, startAt + Math.min(ctx.query.maxResults ?? 50, 1000)).map((user) => dataCenterUser(ctx.base, user)));
}

/**
 * GET /rest/api/2/user/list (DC 10.3 file, "List all users"): every user, active or not, streamed by cursor in an
 * undefined order without a total (StreamPageBean: values, isLast, nextCursor, nextPage); maxResults defaults to 2000.
 * Not anonymous; the file names no other permission, so any signed-in account may list. Jira 10.3 LTS and 11.0 on
 * (jira.js server.getUserList: "Available since Jira Data Center 11.0, and in 10.3 LTS"); older versions 404
 * (datacenter.js isMissingPath).
 */
function listUsers(ctx) {
	const users = [...ctx.state.users.values()];
	const start = Math.max(0, Number(ctx.query.cursor ?? 0) || 0);
	const maxResults = Math.max(1, Number(ctx.query.maxResults ?? 2000) || 2000);
	const end = Math.min(users.length, start + maxResults);
	const isLast = end >= users.length;
	const self = `${ctx.base}/rest/api/2/user/list?maxResults=${maxResults}${ctx.query.cursor !== undefined ? `&cursor=${start}` : ''}`;
	return json(200, {
		self,
		maxResults,
		isLast,
		...(isLast ? {} : { nextCursor: String(end), nextPage: `${ctx.base}/rest/api/2/user/list?maxResults=${maxResults}&cursor=${end}` }),
		values: users.slice(start, end).map((user) => dataCenterUser(ctx.base, user)),
	});
}

module.exports = {
	...Object.fromEntries(
		SHARED.map((key) => {
			const [method, path] = key.split(' ');
			const handler = cloud[`${method} /rest/api/3${path}`];
			if (!handler) throw new Error(`No Cloud handler for ${key}`);
			return [`${method} /rest/api/2${path}`, v2(handler)];
		}),
	),
	'POST /rest/api/2/search': (ctx) => search(ctx, ctx.body),
	'GET /rest/api/2/user': (ctx) => {
		const user = ctx.query.key ? [...ctx.state.users.values()].find((candidate) => candidate.key === ctx.query.key) : userNamed(ctx, ctx.query.username);
		if (!user) throw platformError(404, [`The user with the key '${ctx.query.key}' does not exist`]);
		return json(200, dataCenterUser(ctx.base, user));
	},
	'GET /rest/api/2/user/search': searchUsers,
	'GET /rest/api/2/user/list': listUsers,
	'GET /rest/api/2/group/member': (ctx) => {
		if (!agent(ctx)) throw platformError(403, ['You do not have the permission to browse users and groups.']);
		const group = groupNamed(ctx);
		// The DC 10.3 file types this operation's query parameters as strings.
		const inactive = String(ctx.query.includeInactiveUsers) === 'true';
		const users = [...group.members].map((id) => ctx.state.users.get(id)).filter((user) => user && (user.active || inactive));
		const paging = { startAt: Number(ctx.query.startAt ?? 0) || 0, maxResults: Number(ctx.query.maxResults ?? 50) || 50, cap: 50 };
		return json(200, platformPage(ctx, users, paging, (user) => dataCenterUser(ctx.base, user)));
	},
	'POST /rest/api/2/group/user': (ctx) => {
		requireAdmin(ctx);
		const group = groupNamed(ctx);
		people.changeMembership(ctx, group, userNamed(ctx, ctx.body.name), 'add');
		return json(201, { name: group.name, self: `${ctx.base}/rest/api/2/group?groupname=${encodeURIComponent(group.name)}`, expand: 'users' });
	},
	'DELETE /rest/api/2/group/user': (ctx) => {
		requireAdmin(ctx);
		const group = groupNamed(ctx);
		people.changeMembership(ctx, group, userNamed(ctx, ctx.query.username), 'remove');
		return empty(200);
	},
	// DC 10.3's mypermissions has no `permissions` filter (only project / issue parameters): it answers every permission.
	'GET /rest/api/2/mypermissions': (ctx) => {
		const permissions = {};
		Object.entries(people.PERMISSIONS).forEach(([key, [type, name, who]], i) => {
			permissions[key] = { id: String(i + 1), key, name, type, description: `${name} permission`, havePermission: people.holds(ctx, who) };
		});
		return json(200, { permissions });
	},
	// GroupSuggestionBean in the DC 10.3 file: name, html and labels; Data Center groups have no groupId.
	'GET /rest/api/2/groups/picker': (ctx) => {
		const answer = cloud['GET /rest/api/3/groups/picker'](ctx);
		answer.body.groups = answer.body.groups.map((/** @type {Record<string, unknown>} */ group) => {
			const dataCenterGroup = { ...group };
			delete dataCenterGroup.groupId;
			return dataCenterGroup;
		});
		return answer;
	},
	'GET /rest/api/2/myself': (ctx) => json(200, { ...dataCenterUser(ctx.base, ctx.user), groups: { size: 0, items: [] } }),
	// ServerInfoBean in the DC 10.3 file: deploymentType "Server" or "DataCenter", versionNumbers.
	'GET /rest/api/2/serverInfo': (ctx) => {
		if (!dc(ctx)) throw platformError(404, ['Not found']);
		return json(200, {
			baseUrl: ctx.state.baseUrl,
			version: dc(ctx).version,
			versionNumbers: dc(ctx).versionNumbers,
			deploymentType: 'DataCenter',
			buildNumber: dc(ctx).major * 10000 + dc(ctx).versionNumbers[1] * 100,
			buildDate: '2026-05-04T00:00:00.000+0000',
			serverTime: new Date(ctx.site.now()).toISOString().replace('Z', '+0000'),
			scmInfo: 'cbff30aed2cd56c458fcc9520324d47b256bb3f5',
			serverTitle: 'Jira',
		});
	},
};
