'use strict';
// Service desks.
const { json } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { serviceDeskDto } = require('../format/jsm');
const { agent, viewer, loadDesk } = require('./common');

/** Customers see the desks they are a customer of, directly or through an organization. */
function canAccess(ctx, desk) {
	if (agent(ctx)) return true;
	const id = viewer(ctx);
	if (desk.customerIds.has(id)) return true;
	return [...desk.organizationIds].some((orgId) => ctx.state.organizations.get(orgId)?.members.has(id));
}

module.exports = {
	'GET /rest/servicedeskapi/servicedesk': (ctx) => {
		const desks = [...ctx.state.serviceDesks.values()].filter((d) => canAccess(ctx, d));
		return json(200, jsmPage(ctx, desks, jsmWindow(ctx.query), (d) => serviceDeskDto(ctx.state, ctx.base, d)));
	},
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}': (ctx) => {
		const desk = loadDesk(ctx, ctx.params.serviceDeskId);
		if (!canAccess(ctx, desk)) throw ctx.error(403, 'You do not have permission to access this service desk.', { i18nKey: 'sd.servicedesk.permission.denied' });
		return json(200, serviceDeskDto(ctx.state, ctx.base, desk));
	},
};
