'use strict';
// Who may do what. Roles come from group membership, so adding a user to site-admins through
// the API really makes them an administrator.
const { groupsOf } = require('./state');

const ADMIN_GROUPS = new Set(['site-admins', 'jira-admins']);
const AGENT_GROUP = 'jira-servicemanagement-users';

function isAdmin(state, accountId) {
	return groupsOf(state, accountId).some((g) => ADMIN_GROUPS.has(g.name));
}

function isAgent(state, accountId) {
	return groupsOf(state, accountId).some((g) => g.name === AGENT_GROUP || ADMIN_GROUPS.has(g.name));
}

/** Customers see requests they reported, participate in, or share an organization with. */
function canSeeRequest(state, accountId, issue) {
	if (isAgent(state, accountId)) return true;
	if (issue.reporterId === accountId || issue.participants.includes(accountId)) return true;
	return issue.organizationIds.some((id) => {
		const org = state.organizations.get(id);
		return org && org.members.has(accountId);
	});
}

module.exports = { isAdmin, isAgent, canSeeRequest };
