'use strict';
// User renderings: JSM UserDTO and platform User / UserDetails.

function avatarUrls(base, accountId) {
	const out = {};
	for (const size of [48, 24, 16, 32]) out[`${size}x${size}`] = `${base}/sandbox/avatar/${encodeURIComponent(accountId)}?s=${size}`;
	return out;
}

/** JSM UserDTO. */
function jsmUser(base, user) {
	if (!user) return undefined;
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
