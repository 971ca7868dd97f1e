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
	if (isDataCenterUser(user)) {
		const rest = `${base}/rest/api/2/user?username=${encodeURIComponent(user.name)}`;
		return {
			name: user.name,
			key: user.key,
			emailAddress: user.emailAddress,
			displayName: user.displayName,
			active: user.active,
			timeZone: user.timeZone,
			_links: { jiraRest: rest, avatarUrls: avatarUrls(base, user.key), self: rest },
		};
	}
	const rest = `${base}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`;
	return {
		accountId: user.accountId,
		emailAddress: user.emailAddress,
		displayName: user.displayName,
		active: user.active,
		timeZone: user.timeZone,
		_links: { jiraRest: rest, avatarUrls: avatarUrls(base, user.accountId), self: rest },
	};
}

/** Platform UserDetails (nested in issues, comments...) or, with `full`, the User bean. */
function platformUser(base, user, apiVersion = 3, full = false) {
	if (!user) return null;
	if (isDataCenterUser(user)) {
		const bean = {
			self: `${base}/rest/api/2/user?username=${encodeURIComponent(user.name)}`,
			name: user.name,
			key: user.key,
			emailAddress: user.emailAddress,
			avatarUrls: avatarUrls(base, user.key),
			displayName: user.displayName,
			active: user.active,
			timeZone: user.timeZone,
		};
		if (full) bean.locale = user.locale;
		return bean;
	}
	const out = {
		self: `${base}/rest/api/${apiVersion}/user?accountId=${encodeURIComponent(user.accountId)}`,
		accountId: user.accountId,
		accountType: user.accountType,
		emailAddress: user.emailAddress,
		avatarUrls: avatarUrls(base, user.accountId),
		displayName: user.displayName,
		active: user.active,
		timeZone: user.timeZone,
	};
	if (full) out.locale = user.locale;
	return out;
}

module.exports = { jsmUser, platformUser, avatarUrls };
