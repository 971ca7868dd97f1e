'use strict';
// Gathers the handlers: `spec` keyed by 'METHOD /template' as in the OpenAPI files, `local` for
// the paths Atlassian documents only in prose plus the sandbox's own.
const SPEC_MODULES = [
	'servicedesk', 'info', 'requesttype', 'request', 'request-lifecycle', 'comment', 'attachment', 'participant', 'approval',
	'customer', 'organization', 'knowledgebase', 'queue', 'platform-issue', 'platform-search', 'platform-users-groups',
	'platform-meta', 'audit', 'webhooks-dynamic', 'assets', 'ops-alerts', 'ops-schedules', 'forms', 'dc-platform',
];
const LOCAL_MODULES = ['webhooks-admin', 'oauth', 'sandbox-control', 'site-pages'];

const spec = {};
for (const name of SPEC_MODULES) {
	for (const [key, handler] of Object.entries(require(`./${name}`))) {
		if (!/^[A-Z]+ \//.test(key)) continue;
		if (spec[key]) throw new Error(`Duplicate handler for ${key}`);
		spec[key] = handler;
	}
}
const local = LOCAL_MODULES.flatMap((name) => require(`./${name}`));

module.exports = { spec, local };
