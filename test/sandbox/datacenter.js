'use strict';
// Data Center mode: createSandbox({ deployment: 'datacenter', version: '10.3' | '9.12' }).
// What differs from Cloud, and where Atlassian says so:
// - The platform API is /rest/api/2 only (the official Jira DC 10.3 OpenAPI file, contract/jira-dc-platform-10.3.json);
//   /rest/api/3, the api.atlassian.com gateway and /_edge/tenant_info do not exist (404).
// - People are usernames: DC's JSM REST API takes `usernames` where Cloud takes `accountIds`
//   (https://docs.atlassian.com/jira-servicedesk/REST/5.x/ "RequestParticipantUpdateDTO: usernames";
//   jira.js serviceDeskServer: addRequestParticipants({ usernames }), addCustomers({ usernames })); Basic
//   authentication is username:password, personal access tokens are Bearer
//   (https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html).
// - serverInfo says deploymentType "DataCenter" and the version (GET /rest/api/2/serverInfo, DC 10.3 file).
// - Assets workspaces (/rest/servicedeskapi/assets|insight/workspace) are a Cloud endpoint: 404.
const { jsmError } = require('./http');
const { platformUser } = require('./format/users');

const VERSIONS = { '10.3': [10, 3, 0], '9.12': [9, 12, 0] };

// The demo accounts' DC usernames: an agent with a dot and a customer whose username is its email (JSM DC
// portal sign-up makes the email the username), the shapes the old account-id check refused.
const DC_ACCOUNTS = {
	admin: { username: 'admin', password: 'sandbox-admin-password' },
	agent: { username: 'avery.agent', password: 'sandbox-agent-password' },
	customer: { username: 'casey.customer@sandbox.test', password: 'sandbox-customer-password' },
};

// JSM DC has no request type permission check: its Request Type Permissions group holds only GET / PUT
// .../requesttype/{requestTypeId}/permission (developer.atlassian.com/server/jira-servicedesk/rest/v1005/api-group-request-type-permissions/).
const CLOUD_ONLY = [
	/^\/rest\/api\/3\//,
	/^\/ex\//,
	/^\/_edge\//,
	/^\/oauth\//,
	/^\/rest\/servicedeskapi\/(assets|insight)\/workspace/,
	/^\/rest\/servicedeskapi\/servicedesk\/[^/]+\/requesttype\/permissions\/check$/,
];

/**
 * `serverTimeZone`: the IANA zone the server renders its times in (Jira DC: the JVM's user.timezone; default UTC).
 * @param {{ deployment?: string, version?: string, serverTimeZone?: string }} [options]
 */
function dataCenterOf({ deployment, version = '10.3', serverTimeZone = 'Etc/UTC' } = {}) {
	if (deployment === undefined || deployment === 'cloud') {
		if (serverTimeZone !== 'Etc/UTC') throw new Error('serverTimeZone is a Data Center setting: a Cloud site answers in UTC');
		return null;
	}
	if (deployment !== 'datacenter') throw new Error(`Unknown sandbox deployment '${deployment}'`);
	const versionNumbers = VERSIONS[version];
	if (!versionNumbers) throw new Error(`Unknown Data Center version '${version}' (known: ${Object.keys(VERSIONS).join(', ')})`);
	new Intl.DateTimeFormat('en-US', { timeZone: serverTimeZone }); // throws RangeError for an unknown zone
	return { version: versionNumbers.join('.'), versionNumbers, major: versionNumbers[0], timeZone: serverTimeZone };
}

/** Gives every user a DC username and user key, and the demo accounts their passwords. */
function seedDataCenter(state, demo) {
	state.usernames = new Map();
	state.passwords = new Map();
	const byAccountId = new Map(Object.entries(demo).map(([role, account]) => [account.accountId, DC_ACCOUNTS[role]]));
	let n = 10000;
	for (const user of state.users.values()) {
		const fixed = byAccountId.get(user.accountId);
		let name = fixed ? fixed.username : String(user.emailAddress || `app${n}`).split('@')[0];
		while (state.usernames.has(name.toLowerCase())) name = `${name}${n}`;
		user.name = name;
		user.key = `JIRAUSER${++n}`;
		state.usernames.set(name.toLowerCase(), user.accountId);
		if (fixed) state.passwords.set(name.toLowerCase(), fixed.password);
	}
}

const accountIdOfUsername = (state, name) => state.usernames.get(String(name).toLowerCase());

// Admin webhooks: Jira DC 10 moved them to /rest/jira-webhook/1.0/webhooks and retired /rest/webhooks/1.0/webhook
// (confluence.atlassian.com/adminjiraserver/managing-webhooks-938846912.html; n8n's Jira node switches on the major
// version, n8n issue #12351); Cloud and DC 9 keep /rest/webhooks/1.0/webhook.
const ADMIN_WEBHOOKS_V1 = /^\/rest\/webhooks\/1\.0\//;
const ADMIN_WEBHOOKS_DC10 = /^\/rest\/jira-webhook\/1\.0\//;

/** Whether this site has no such path: Cloud-only paths on Data Center, and each deployment's other webhook API. */
function isMissingPath(dataCenter, pathname) {
	if (!dataCenter) return ADMIN_WEBHOOKS_DC10.test(pathname);
	if (CLOUD_ONLY.some((pattern) => pattern.test(pathname))) return true;
	// The user list came with Jira DC 10.3 LTS (routes/dc-platform.js listUsers).
	if (pathname === '/rest/api/2/user/list' && dataCenter.versionNumbers[0] * 100 + dataCenter.versionNumbers[1] < 1003) return true;
	return (dataCenter.major >= 10 ? ADMIN_WEBHOOKS_V1 : ADMIN_WEBHOOKS_DC10).test(pathname);
}

/**
 * DC's JSM people fields take usernames: `usernames` lists, `raiseOnBehalfOf` and `requestParticipants`.
 * Account ids mean nothing there: a body with `accountIds` is refused like an unknown user. Rewrites the body
 * to the sandbox's internal account ids so the Cloud handlers serve it.
 */
function translateJsmPeople(ctx) {
	const body = ctx.body;
	if (!body || typeof body !== 'object') return;
	const resolve = (name) => {
		const accountId = accountIdOfUsername(ctx.state, name);
		if (!accountId) throw jsmError(400, `The user '${name}' does not exist.`, 'sd.user.not.found');
		return accountId;
	};
	if (Array.isArray(body.accountIds) && body.accountIds.length) {
		throw jsmError(400, `The user '${body.accountIds[0]}' does not exist.`, 'sd.user.not.found');
	}
	if (Array.isArray(body.usernames)) body.accountIds = body.usernames.map(resolve);
	delete body.usernames;
	if (typeof body.raiseOnBehalfOf === 'string') body.raiseOnBehalfOf = resolve(body.raiseOnBehalfOf);
	if (Array.isArray(body.requestParticipants)) body.requestParticipants = body.requestParticipants.map(resolve);
}

/**
 * JSM DC's organization lists take only start and limit (JSM DC REST API v1003, "Get organizations",
 * developer.atlassian.com/server/jira-servicedesk/rest/v1003/api-group-organization/): like Jira, DC ignores a query
 * parameter it does not know, so Cloud's member filter `accountId` filters nothing there.
 */
function dropCloudOnlyJsmQuery(ctx) {
	if (/^\/rest\/servicedeskapi\/(servicedesk\/[^/]+\/)?organization$/.test(ctx.pathname)) delete ctx.query.accountId;
}

/** A DC user bean (UserBean in the DC 10.3 file): name and key, no accountId or accountType. */
const dataCenterUser = (base, user) => platformUser(base, user, 2, true);

module.exports = { DC_ACCOUNTS, dataCenterOf, seedDataCenter, isMissingPath, translateJsmPeople, dropCloudOnlyJsmQuery, dataCenterUser, accountIdOfUsername };
