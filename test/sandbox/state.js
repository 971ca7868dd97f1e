'use strict';
// The in-memory site: plain objects and Maps, exposed to tests as sb.state. Catalog data
// (statuses, issue types...) is indexed here; seed.js fills the rest.
const catalog = require('./catalog');

const CLOUD_ID = '11111111-2222-3333-4444-555555555555';

function createState() {
	const state = {
		cloudId: CLOUD_ID,
		baseUrl: '',
		// Bumped on every change; list caches are keyed on it.
		version: 0,
		users: new Map(),
		usersByEmail: new Map(),
		apiTokens: new Map(), // email -> token
		pats: new Map(), // personal access token -> accountId
		scopedTokens: new Map(), // email -> scoped API token (accepted through the gateway only)
		groups: new Map(), // groupId -> { groupId, name, members: Set<accountId> }
		applicationRoles: [],
		statuses: new Map(catalog.STATUSES.map((s) => [s.id, s])),
		issueTypes: new Map(catalog.ISSUE_TYPES.map((t) => [t.id, t])),
		priorities: new Map(catalog.PRIORITIES.map((p) => [p.id, p])),
		resolutions: new Map(catalog.RESOLUTIONS.map((r) => [r.id, r])),
		fieldOptions: new Map(), // option id -> { id, value, fieldId }
		projects: new Map(),
		serviceDesks: new Map(),
		requestTypeGroups: new Map(),
		requestTypes: new Map(),
		issues: new Map(), // issue id -> issue (every request is an issue)
		issueKeys: new Map(), // key -> issue id
		attachments: new Map(),
		temporaryAttachments: new Map(),
		organizations: new Map(),
		queues: new Map(),
		articles: [],
		auditRecords: [],
		assetsWorkspaceId: '',
		webhooks: new Map(), // admin webhooks (/rest/webhooks/1.0/webhook)
		dynamicWebhooks: new Map(), // OAuth app webhooks (/rest/api/3/webhook)
		oauth: { accessTokens: new Map(), refreshTokens: new Map(), codes: new Map() },
		counters: { issue: 10000, comment: 10000, attachment: 10000, changelog: 100000, approval: 0, organization: 0, requestType: 0, webhook: 0, dynamicWebhook: 1000, audit: 0, temporary: 0, user: 0, article: 0 },
		projectCounters: new Map(), // project key -> last issue number
	};
	return state;
}

const nextId = (state, counter) => String(++state.counters[counter]);

function findIssue(state, idOrKey) {
	const ref = String(idOrKey);
	if (/^\d+$/.test(ref)) return state.issues.get(ref);
	const id = state.issueKeys.get(ref.toUpperCase());
	return id ? state.issues.get(id) : undefined;
}

const findUser = (state, accountId) => (accountId ? state.users.get(String(accountId)) : undefined);

const findUserByEmail = (state, email) => {
	const id = state.usersByEmail.get(String(email || '').toLowerCase());
	return id ? state.users.get(id) : undefined;
};

function addUser(state, user) {
	state.users.set(user.accountId, user);
	if (user.emailAddress) state.usersByEmail.set(user.emailAddress.toLowerCase(), user.accountId);
	return user;
}

/**
 * @param {*} state
 * @param {{ groupId?: string, groupname?: string }} ref
 */
function findGroup(state, { groupId, groupname }) {
	if (groupId) return state.groups.get(groupId);
	if (groupname) {
		const lower = String(groupname).toLowerCase();
		for (const g of state.groups.values()) if (g.name.toLowerCase() === lower) return g;
	}
	return undefined;
}

const groupsOf = (state, accountId) => [...state.groups.values()].filter((g) => g.members.has(accountId));

module.exports = { createState, nextId, findIssue, findUser, findUserByEmail, addUser, findGroup, groupsOf };
