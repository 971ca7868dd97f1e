'use strict';
// Customers: portal-only accounts, per service desk customer lists and invitations.
const crypto = require('node:crypto');
const { json, empty } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { jsmUser } = require('../format/users');
const { addUser, findUserByEmail } = require('../state');
const { addAuditRecord } = require('../seed/audit');
const { viewer, requireAdmin, requireAgent, loadDesk } = require('./common');
const { addRemoveRoutes } = require('./route-families');

function createCustomer(ctx, email, displayName) {
	const hex = crypto.randomBytes(12).toString('hex');
	const user = addUser(ctx.state, {
		accountId: `qm:${crypto.randomUUID()}:${hex}`, emailAddress: email, displayName: displayName || email.split('@')[0],
		accountType: 'customer', active: true, timeZone: 'Etc/UTC', locale: 'en_US', createdAt: Date.now(),
	});
	ctx.state.version++;
	ctx.site.emit('user_created', { user, actorId: viewer(ctx) });
	addAuditRecord(ctx.state, { category: 'user management', summary: 'User created', typeName: 'USER', objectName: user.displayName, authorId: viewer(ctx), created: Date.now() });
	return user;
}

function validEmail(ctx, email) {
	if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw ctx.error(400, 'Please provide a valid email address.', { i18nKey: 'sd.customer.email.invalid' });
	return email.toLowerCase();
}

function accountIds(ctx) {
	const ids = [...(ctx.body.accountIds || []), ...(ctx.body.usernames || [])];
	const unknown = ids.find((id) => !ctx.state.users.has(id));
	if (unknown) throw ctx.error(400, `The user '${unknown}' does not exist.`, { i18nKey: 'sd.user.not.found' });
	return ids;
}

module.exports = {
	'POST /rest/servicedeskapi/customer': (ctx) => {
		requireAdmin(ctx);
		const email = validEmail(ctx, ctx.body.email);
		if (findUserByEmail(ctx.state, email)) {
			throw ctx.error(ctx.query.strictConflictStatusCode ? 409 : 400, 'An account already exists for this email.', { i18nKey: 'sd.customer.email.exists' });
		}
		return json(201, jsmUser(ctx.base, createCustomer(ctx, email, ctx.body.displayName || ctx.body.fullName)));
	},
	'PUT /rest/servicedeskapi/customer/user/{accountId}/revoke-portal-only-access': (ctx) => {
		requireAdmin(ctx);
		const user = ctx.state.users.get(ctx.params.accountId);
		if (!user || user.accountType !== 'customer') throw ctx.error(404, `The portal-only customer '${ctx.params.accountId}' does not exist.`, { i18nKey: 'sd.customer.not.found' });
		user.accountType = 'atlassian';
		ctx.state.version++;
		ctx.site.emit('user_updated', { user, actorId: viewer(ctx) });
		return empty(204);
	},
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		requireAgent(ctx);
		const q = ctx.query.query ? String(ctx.query.query).toLowerCase() : null;
		const users = [...desk.customerIds].map((id) => ctx.state.users.get(id)).filter((u) => u && (!q || u.displayName.toLowerCase().includes(q) || (u.emailAddress || '').includes(q)));
		return json(200, jsmPage(ctx, users, jsmWindow(ctx.query), (u) => jsmUser(ctx.base, u)));
	},
	...addRemoveRoutes('/rest/servicedeskapi/servicedesk/{serviceDeskId}/customer', {
		load: (ctx) => loadDesk(ctx, ctx.params.serviceDeskId),
		allow: requireAdmin,
		change: (ctx, desk, verb) => accountIds(ctx).forEach((id) => desk.customerIds[verb](id)),
	}),
	'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer/invite': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		requireAdmin(ctx);
		const email = validEmail(ctx, ctx.body.email);
		const user = findUserByEmail(ctx.state, email) || createCustomer(ctx, email, ctx.body.displayName);
		desk.customerIds.add(user.accountId);
		return json(201, jsmUser(ctx.base, user));
	},
};
