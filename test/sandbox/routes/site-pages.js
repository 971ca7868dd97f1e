'use strict';
// Pages people open on the site itself (the links pick lists offer): an issue's /browse page and a
// portal. They exist only on the site's address: the API gateway (api.atlassian.com/ex/jira/<cloudId>)
// routes REST calls only, `https://api.atlassian.com/ex/jira/{cloudid}/{api}`
// (https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/), and the site's address is the
// `url` of accessible-resources (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/).
const { HttpError } = require('../http');
const { findIssue } = require('../state');

const page = (title) => ({ status: 200, body: `<!DOCTYPE html><title>${title}</title>`, headers: { 'content-type': 'text/html;charset=UTF-8' } });
const missing = () => new HttpError(404, '<!DOCTYPE html><title>Page not found</title>', { 'content-type': 'text/html;charset=UTF-8' });

module.exports = [
	{
		method: 'GET', path: '/browse/{issueKey}', auth: 'none',
		handler: (ctx) => {
			const issue = findIssue(ctx.state, ctx.params.issueKey);
			if (!issue) throw missing();
			return page(`[${issue.key}] ${issue.summary}`);
		},
	},
	{
		method: 'GET', path: '/servicedesk/customer/portal/{portalId}', auth: 'none',
		handler: (ctx) => {
			if (!ctx.state.serviceDesks.has(String(ctx.params.portalId))) throw missing();
			return page('Help Center');
		},
	},
];
