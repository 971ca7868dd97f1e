'use strict';
// User renderings: JSM UserDTO and platform User / UserDetails.

function avatarUrls(base, accountId) {
	const out = {};
	for (const size of [48, 24, 16, 32]) out[`${size}x${size}`] = `${base}/sandbox/avatar/${encodeURIComponent(accountId)}?s=${size}`;
	return out;
}

// Data Center mode gives every user a username (`name`) and key (datacenter.js): its people are rendered as DC
// renders them, by name and key without accountId or accountType (JSM DC UserDTO, docs.atlassian.com/jira-servicedesk/REST/;
// UserBean in Atlassian's Jira DC 10.3 OpenAPI file).
const isDataCenterUser = (user) => user.name !== undefined;

/** JSM UserDTO. */
function jsmUser(base, user) {
	if (!user) return undefined;
	const dataCenter = isDataCenterUser(user);
	const rest = dataCenter
		? `${base}/rest/api/2/user?username=${encodeURIComponent(user.name)}`
		: `${base}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`;
	return {
		...(dataCenter ? { name: user.name, key: user.key } : { accountId: user.accountId }),
		emailAddress: user.emailAddress,
		displayName: user.displayName,
		active: user.active,
		timeZone: user.timeZone,
		_links: { jiraRest: rest, avatarUrls: avatarUrls(base, dataCenter ? user.key : user.accountId), self: rest },
	};
}

/** Platform UserDetails (nested in issues, comments...) or, with `full`, the User bean. */
function platformUser(base, user, apiVersion = 3, full = false) {
	if (!user) return null;
	// Data Center names people by username and key; Cloud by account ID.
	const dataCenter = isDataCenterUser(user);
	const who = dataCenter
		? { self: `${base}/rest/api/2/user?username=${encodeURIComponent(user.name)}`, name: user.name, key: user.key }
		: { self: `${base}/rest/api/${apiVersion}/user?accountId=${encodeURIComponent(user.accountId)}`, accountId: user.accountId, accountType: user.accountType };
	/** @type {Record<string, unknown>} Callers add the User bean's expansions (groups, application roles). */
	const out = {
		...who,
		emailAddress: user.emailAddress,
		avatarUrls: avatarUrls(base, dataCenter ? user.key : user.accountId),
		displayName: user.displayName,
		active: user.active,
		timeZone: user.timeZone,
	};
	if (full) out.locale = user.locale;
	return out;
}

module.exports = { jsmUser, platformUser, avatarUrls };
