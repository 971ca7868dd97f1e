'use strict';
// Users, groups, application roles and organizations. The three demo accounts are fixed so
// tests and the CLI can name them; everyone else is generated from the seed.
const { addUser, nextId } = require('../state');
const { FIRST, LAST, TIME_ZONES } = require('./text');

const DEMO = {
	admin: { accountId: '5b10a2844c20165700ede21g', email: 'admin@sandbox.test', token: 'sandbox-admin-token', pat: 'sandbox-admin-pat', displayName: 'Alex Admin' },
	agent: { accountId: '5b10ac8d82e05b22cc7d4ef5', email: 'agent@sandbox.test', token: 'sandbox-agent-token', scopedToken: 'sandbox-agent-scoped-token', pat: 'sandbox-agent-pat', displayName: 'Avery Agent' },
	customer: { accountId: 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae', email: 'customer@sandbox.test', token: 'sandbox-customer-token', displayName: 'Casey Customer' },
};
const AUTOMATION_ID = '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077';

const GROUPS = ['site-admins', 'jira-admins', 'jira-servicemanagement-users', 'jira-software-users', 'jira-users', 'it-support-team', 'hr-team', 'facilities-team'];

const ORGANIZATIONS = ['Acme Corporation', 'Globex', 'Initech', 'Umbrella Health', 'Stark Industries', 'Wayne Enterprises'];

const ascii = (s) => s.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase();

function makeUser(state, rng, { accountId, email, displayName, accountType = 'atlassian', active = true, createdAt }) {
	return addUser(state, { accountId, emailAddress: email, displayName, accountType, active, timeZone: rng.pick(TIME_ZONES), locale: 'en_US', createdAt });
}

function seedPeople(state, rng, baseTime) {
	const since = (days) => baseTime - days * 86400000;
	const groups = {};
	for (const name of GROUPS) {
		const group = { groupId: rng.uuid(), name, members: new Set() };
		state.groups.set(group.groupId, group);
		groups[name] = group;
	}
	const join = (accountId, ...names) => names.forEach((n) => groups[n].members.add(accountId));

	// A portal-only customer is accountType "customer", "a Jira Service Desk account representing an external service
	// desk" (platform REST v3, User.accountType), as /rest/api/3/myself answers it; it sees the customer side of JSM
	// (its desks, its requests) and no agent operation.
	for (const [role, demo] of Object.entries(DEMO)) {
		makeUser(state, rng, { accountId: demo.accountId, email: demo.email, displayName: demo.displayName, accountType: role === 'customer' ? 'customer' : 'atlassian', createdAt: since(400) });
		state.apiTokens.set(demo.email, demo.token);
		if (demo.pat) state.pats.set(demo.pat, demo.accountId);
		if (demo.scopedToken) state.scopedTokens.set(demo.email, demo.scopedToken);
	}
	join(DEMO.admin.accountId, 'site-admins', 'jira-admins', 'jira-servicemanagement-users', 'jira-software-users', 'jira-users', 'it-support-team');
	join(DEMO.agent.accountId, 'jira-servicemanagement-users', 'jira-users', 'it-support-team');
	makeUser(state, rng, { accountId: AUTOMATION_ID, email: undefined, displayName: 'Automation for Jira', accountType: 'app', createdAt: since(500) });

	const person = (n) => {
		const first = FIRST[n % FIRST.length];
		const last = LAST[(n * 7 + 3) % LAST.length];
		return { first, last, displayName: `${first} ${last}` };
	};
	const teams = { ITS: [DEMO.agent.accountId, DEMO.admin.accountId], HR: [], FAC: [] };
	const teamGroups = { ITS: 'it-support-team', HR: 'hr-team', FAC: 'facilities-team' };
	const teamOrder = ['ITS', 'ITS', 'ITS', 'HR', 'HR', 'FAC', 'FAC'];
	const agents = [DEMO.agent.accountId];
	teamOrder.forEach((team, i) => {
		const p = person(i + 1);
		const user = makeUser(state, rng, { accountId: `5b10${rng.hex(20)}`, email: `${ascii(p.first)}.${ascii(p.last)}@sandbox.test`, displayName: p.displayName, createdAt: since(rng.int(100, 700)) });
		join(user.accountId, 'jira-servicemanagement-users', 'jira-users', teamGroups[team]);
		teams[team].push(user.accountId);
		agents.push(user.accountId);
	});
	for (let i = 0; i < 5; i++) {
		const p = person(i + 10);
		const user = makeUser(state, rng, { accountId: `5c2e${rng.hex(20)}`, email: `${ascii(p.first)}.${ascii(p.last)}@dev.sandbox.test`, displayName: p.displayName, createdAt: since(rng.int(50, 600)) });
		join(user.accountId, 'jira-software-users', 'jira-users');
	}
	const customers = [DEMO.customer.accountId];
	for (let i = 0; i < 29; i++) {
		const p = person(i + 17);
		const user = makeUser(state, rng, {
			accountId: `qm:${rng.uuid()}:${rng.hex(24)}`,
			email: `${ascii(p.first)}.${ascii(p.last)}${i}@customer.example`,
			displayName: p.displayName,
			accountType: 'customer',
			active: i !== 28,
			createdAt: since(rng.int(1, 365)),
		});
		customers.push(user.accountId);
	}

	state.applicationRoles = [
		{ key: 'jira-servicedesk', name: 'Jira Service Management', groups: ['jira-servicemanagement-users'], seats: 50 },
		{ key: 'jira-software', name: 'Jira Software', groups: ['jira-software-users'], seats: 100 },
		{ key: 'jira-core', name: 'Jira Work Management', groups: ['jira-users'], seats: -1 },
	];

	ORGANIZATIONS.forEach((name, i) => {
		const org = { id: nextId(state, 'organization'), uuid: rng.uuid(), name, createdAt: since(rng.int(30, 500)), members: new Set(rng.sample(customers.slice(1), rng.int(3, 8))), properties: new Map(), serviceDeskIds: new Set() };
		if (i === 0) org.members.add(DEMO.customer.accountId);
		org.properties.set('account-tier', { tier: rng.pick(['gold', 'silver', 'bronze']) });
		org.properties.set('region', { code: rng.pick(['EMEA', 'APAC', 'AMER']) });
		state.organizations.set(org.id, org);
	});

	return { agents, teams, customers, admin: DEMO.admin.accountId };
}

module.exports = { seedPeople, DEMO };
