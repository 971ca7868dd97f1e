'use strict';
// Users, groups, application roles and the caller's permissions (/rest/api/3).
const crypto = require('node:crypto');
const { json, empty, platformError } = require('../http');
const { platformPage } = require('../paging');
const { platformUser } = require('../format/users');
const { addUser, findUserByEmail, findGroup, groupsOf } = require('../state');
const { isAdmin, isAgent } = require('../roles');
const { addAuditRecord } = require('../seed/audit');
const { agent, viewer, requireAdmin, listParam } = require('./common');

const API = (ctx) => `${ctx.base}/rest/api/${ctx.v}`;
const groupName = (ctx, g) => ({ name: g.name, groupId: g.groupId, self: `${API(ctx)}/group?groupId=${g.groupId}` });

function requireBrowseUsers(ctx) {
	if (!agent(ctx)) throw platformError(403, 'You do not have the permission to browse users and groups.');
}

function fullUser(ctx, user, expand) {
	const out = platformUser(ctx.base, user, ctx.v, true);
	const groups = groupsOf(ctx.state, user.accountId).map((g) => groupName(ctx, g));
	const roles = ctx.state.applicationRoles.filter((r) => groups.some((g) => r.groups.includes(g.name)));
	out.groups = { size: groups.length, items: expand.includes('groups') ? groups : [] };
	out.applicationRoles = { size: roles.length, items: expand.includes('applicationRoles') ? roles.map((r) => ({ key: r.key, name: r.name })) : [] };
	out.expand = 'groups,applicationRoles';
	return out;
}

function loadUser(ctx, accountId) {
	const user = accountId && ctx.state.users.get(accountId);
	if (!user) throw platformError(404, ['Specified user does not exist or you do not have required permissions']);
	return user;
}

function loadGroup(ctx) {
	if (!ctx.query.groupname && !ctx.query.groupId) throw platformError(400, ['You must specify a group name or a group ID.']);
	const group = findGroup(ctx.state, ctx.query);
	if (!group) throw platformError(404, ['Specified group does not exist.']);
	return group;
}

function roleBean(ctx, r) {
	const groups = r.groups.map((name) => findGroup(ctx.state, { groupname: name })).filter(Boolean);
	const users = new Set(groups.flatMap((g) => [...g.members]));
	const details = groups.map((g) => groupName(ctx, g));
	return {
		key: r.key, name: r.name, groups: r.groups, groupDetails: details, defaultGroups: r.groups, defaultGroupsDetails: details, selectedByDefault: false, defined: true,
		numberOfSeats: r.seats, remainingSeats: r.seats < 0 ? -1 : r.seats - users.size, userCount: users.size, userCountDescription: `${users.size} users`, hasUnlimitedSeats: r.seats < 0, platform: r.key === 'jira-core',
	};
}

// Permission keys we answer for, and who holds them.
const PERMISSIONS = {
	ADMINISTER: ['GLOBAL', 'Administer Jira', 'admin'],
	SYSTEM_ADMIN: ['GLOBAL', 'Jira System Administrators', 'admin'],
	USER_PICKER: ['GLOBAL', 'Browse users and groups', 'agent'],
	CREATE_SHARED_OBJECTS: ['GLOBAL', 'Share dashboards and filters', 'agent'],
	ADMINISTER_PROJECTS: ['PROJECT', 'Administer Projects', 'admin'],
	BROWSE_PROJECTS: ['PROJECT', 'Browse Projects', 'all'],
	CREATE_ISSUES: ['PROJECT', 'Create Issues', 'all'],
	EDIT_ISSUES: ['PROJECT', 'Edit Issues', 'agent'],
	TRANSITION_ISSUES: ['PROJECT', 'Transition Issues', 'agent'],
	ASSIGN_ISSUES: ['PROJECT', 'Assign Issues', 'agent'],
	ASSIGNABLE_USER: ['PROJECT', 'Assignable User', 'agent'],
	RESOLVE_ISSUES: ['PROJECT', 'Resolve Issues', 'agent'],
	CLOSE_ISSUES: ['PROJECT', 'Close Issues', 'agent'],
	DELETE_ISSUES: ['PROJECT', 'Delete Issues', 'admin'],
	ADD_COMMENTS: ['PROJECT', 'Add Comments', 'all'],
	EDIT_ALL_COMMENTS: ['PROJECT', 'Edit All Comments', 'admin'],
	DELETE_ALL_COMMENTS: ['PROJECT', 'Delete All Comments', 'admin'],
	CREATE_ATTACHMENTS: ['PROJECT', 'Create Attachments', 'all'],
	DELETE_ALL_ATTACHMENTS: ['PROJECT', 'Delete All Attachments', 'agent'],
	SERVICEDESK_AGENT: ['PROJECT', 'Service Project Agent', 'agent'],
	MANAGE_WATCHERS: ['PROJECT', 'Manage Watchers', 'agent'],
};

function holds(ctx, who) {
	if (who === 'all') return true;
	return who === 'admin' ? isAdmin(ctx.state, viewer(ctx)) : isAgent(ctx.state, viewer(ctx));
}

/** A group membership change as Jira answers it on Cloud and Data Center alike: 400 for adding a member twice or removing a non-member. */
function changeMembership(ctx, group, user, change) {
	if (change === 'add') {
		if (group.members.has(user.accountId)) throw platformError(400, [`Cannot add user. User is already a member of '${group.name}'`]);
		group.members.add(user.accountId);
	} else if (!group.members.delete(user.accountId)) {
		throw platformError(400, [`Cannot remove user. User is not a member of '${group.name}'`]);
	}
	ctx.state.version++;
}

/** Cloud's membership change by account ID (admins only), written to the audit log; the group it changed. */
function changeCloudMembership(ctx, change, accountId) {
	requireAdmin(ctx);
	const group = loadGroup(ctx);
	const user = loadUser(ctx, accountId);
	changeMembership(ctx, group, user, change);
	const summary = change === 'add' ? 'User added to group' : 'User removed from group';
	const associatedItems = [{ id: user.accountId, name: user.displayName, typeName: 'USER' }];
	addAuditRecord(ctx.state, { category: 'group management', summary, typeName: 'GROUP', objectName: group.name, authorId: viewer(ctx), created: Date.now(), associatedItems });
	return group;
}

module.exports = {
	PERMISSIONS,
	holds,
	changeMembership,
	'GET /rest/api/3/myself': (ctx) => json(200, fullUser(ctx, ctx.user, listParam(ctx.query.expand))),
	'GET /rest/api/3/mypermissions': (ctx) => {
		const keys = listParam(ctx.query.permissions);
		if (!keys.length) throw platformError(400, ['The permissions query parameter is required.']);
		const unknown = keys.find((k) => !PERMISSIONS[k]);
		if (unknown) throw platformError(400, [`No permission with key '${unknown}' exists.`]);
		const permissions = {};
		keys.forEach((key, i) => {
			const [type, name, who] = PERMISSIONS[key];
			permissions[key] = { id: String(i + 1), key, name, type, description: `${name} permission`, havePermission: holds(ctx, who) };
		});
		return json(200, { permissions });
	},
	'GET /rest/api/3/users/search': (ctx) => {
		requireBrowseUsers(ctx);
		const startAt = ctx.query.startAt ?? 0;
		const max = Math.min(ctx.query.maxResults ?? 50, 1000);
		return json(200, [...ctx.state.users.values()].slice(startAt, startAt + max).map((u) => platformUser(ctx.base, u, ctx.v, true)));
	},
	'GET /rest/api/3/user/search': (ctx) => {
		const { query, accountId, property } = ctx.query;
		if (query === undefined && accountId === undefined && property === undefined) throw platformError(400, ["One of 'query', 'accountId' or 'property' must be given."]);
		const q = String(query || '').toLowerCase();
		const matches = [...ctx.state.users.values()].filter((u) => {
			if (accountId) return u.accountId === accountId;
			const words = `${u.displayName} ${u.emailAddress || ''}`.toLowerCase().split(/[\s@.]+/);
			return !q || words.some((w) => w.startsWith(q)) || (u.emailAddress || '').toLowerCase().startsWith(q);
		});
		const startAt = ctx.query.startAt ?? 0;
		return json(200, matches.slice(startAt, startAt + Math.min(ctx.query.maxResults ?? 50, 1000)).map((u) => platformUser(ctx.base, u, ctx.v, true)));
	},
	'GET /rest/api/3/user': (ctx) => json(200, fullUser(ctx, loadUser(ctx, ctx.query.accountId), listParam(ctx.query.expand))),
	'POST /rest/api/3/user': (ctx) => {
		requireAdmin(ctx);
		const email = String(ctx.body.emailAddress || '').toLowerCase();
		if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw platformError(400, [], { emailAddress: 'You must specify a valid email address.' });
		if (findUserByEmail(ctx.state, email)) throw platformError(400, [], { emailAddress: 'A user with that email address already exists.' });
		const user = addUser(ctx.state, { accountId: `712020:${crypto.randomUUID()}`, emailAddress: email, displayName: ctx.body.displayName || email.split('@')[0], accountType: 'atlassian', active: true, timeZone: 'Etc/UTC', locale: 'en_US', createdAt: Date.now() });
		findGroup(ctx.state, { groupname: 'jira-users' }).members.add(user.accountId);
		ctx.state.version++;
		ctx.site.emit('user_created', { user, actorId: viewer(ctx) });
		addAuditRecord(ctx.state, { category: 'user management', summary: 'User created', typeName: 'USER', objectName: user.displayName, authorId: viewer(ctx), created: Date.now() });
		return json(201, fullUser(ctx, user, []));
	},
	'DELETE /rest/api/3/user': (ctx) => {
		requireAdmin(ctx);
		const user = loadUser(ctx, ctx.query.accountId);
		for (const g of ctx.state.groups.values()) g.members.delete(user.accountId);
		ctx.state.users.delete(user.accountId);
		if (user.emailAddress) {
			ctx.state.usersByEmail.delete(user.emailAddress.toLowerCase());
			ctx.state.apiTokens.delete(user.emailAddress.toLowerCase());
		}
		ctx.state.version++;
		ctx.site.emit('user_deleted', { user, actorId: viewer(ctx) });
		addAuditRecord(ctx.state, { category: 'user management', summary: 'User deleted', typeName: 'USER', objectName: user.displayName, authorId: viewer(ctx), created: Date.now() });
		return empty(204);
	},
	'GET /rest/api/3/user/groups': (ctx) => {
		const user = loadUser(ctx, ctx.query.accountId);
		return json(200, groupsOf(ctx.state, user.accountId).map((g) => groupName(ctx, g)));
	},
	'GET /rest/api/3/group/member': (ctx) => {
		requireBrowseUsers(ctx);
		const group = loadGroup(ctx);
		const users = [...group.members].map((id) => ctx.state.users.get(id)).filter((u) => u && (u.active || ctx.query.includeInactiveUsers));
		return json(200, platformPage(ctx, users, { startAt: ctx.query.startAt ?? 0, maxResults: ctx.query.maxResults ?? 50, cap: 50 }, (u) => platformUser(ctx.base, u, ctx.v)));
	},
	'POST /rest/api/3/group/user': (ctx) => {
		const group = changeCloudMembership(ctx, 'add', ctx.body.accountId);
		const members = [...group.members].map((id) => platformUser(ctx.base, ctx.state.users.get(id), ctx.v)).filter(Boolean);
		return json(201, { ...groupName(ctx, group), users: { size: members.length, items: members.slice(0, 50), 'max-results': 50, 'start-index': 0, 'end-index': Math.min(members.length, 50) - 1 }, expand: 'users' });
	},
	'DELETE /rest/api/3/group/user': (ctx) => {
		changeCloudMembership(ctx, 'remove', ctx.query.accountId);
		return empty(200);
	},
	'GET /rest/api/3/groups/picker': (ctx) => {
		const q = String(ctx.query.query || '').toLowerCase();
		const excluded = new Set(listParam(ctx.query.exclude));
		const matches = [...ctx.state.groups.values()].filter((g) => g.name.toLowerCase().includes(q) && !excluded.has(g.name));
		const shown = matches.slice(0, ctx.query.maxResults ?? 20);
		const html = (name) => (q ? name.replace(new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), (m) => `<b>${m}</b>`) : name);
		return json(200, { header: `Showing ${shown.length} of ${matches.length} matching groups`, total: matches.length, groups: shown.map((g) => ({ name: g.name, html: html(g.name), labels: [], groupId: g.groupId })) });
	},
	'GET /rest/api/3/group/bulk': (ctx) => {
		requireBrowseUsers(ctx);
		const ids = new Set(listParam(ctx.query.groupId));
		const names = new Set(listParam(ctx.query.groupName).map((n) => n.toLowerCase()));
		const groups = [...ctx.state.groups.values()].filter((g) => (!ids.size && !names.size) || ids.has(g.groupId) || names.has(g.name.toLowerCase()));
		return json(200, platformPage(ctx, groups, { startAt: ctx.query.startAt ?? 0, maxResults: ctx.query.maxResults ?? 50, cap: 50 }, (g) => ({ name: g.name, groupId: g.groupId })));
	},
	'GET /rest/api/3/applicationrole': (ctx) => {
		requireAdmin(ctx);
		return json(200, ctx.state.applicationRoles.map((r) => roleBean(ctx, r)));
	},
	'GET /rest/api/3/applicationrole/{key}': (ctx) => {
		requireAdmin(ctx);
		const role = ctx.state.applicationRoles.find((r) => r.key === ctx.params.key);
		if (!role) throw platformError(404, [`The application role with key '${ctx.params.key}' does not exist.`]);
		return json(200, roleBean(ctx, role));
	},
};
