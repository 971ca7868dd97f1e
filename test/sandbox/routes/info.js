'use strict';
// Instance information and the Assets (formerly Insight) workspace.
const { json } = require('../http');
const { jsmWindow, jsmPage } = require('../paging');
const { dateDto } = require('../format/dates');

const BUILD_DATE = Date.UTC(2026, 4, 4, 3, 0);

function workspaces(ctx) {
	return json(200, jsmPage(ctx, [ctx.state.assetsWorkspaceId], jsmWindow(ctx.query), (workspaceId) => ({ workspaceId })));
}

module.exports = {
	'GET /rest/servicedeskapi/info': (ctx) =>
		json(200, {
			version: '10.6.0-OD-001',
			platformVersion: '1001.0.0-SNAPSHOT',
			buildDate: dateDto(BUILD_DATE),
			buildChangeSet: 'cbff30aed2cd56c458fcc9520324d47b256bb3f5',
			isLicensedForUse: true,
			_links: { self: `${ctx.base}/rest/servicedeskapi` },
		}),
	'GET /rest/servicedeskapi/assets/workspace': workspaces,
	'GET /rest/servicedeskapi/insight/workspace': workspaces,
};
