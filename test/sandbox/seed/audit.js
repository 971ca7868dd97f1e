'use strict';
// Audit log entries, like Jira's admin audit trail. API actions append more at runtime.
const { nextId } = require('../state');

const EVENTS = [
	['user management', 'User created', 'USER'],
	['user management', 'User updated', 'USER'],
	['group management', 'User added to group', 'GROUP'],
	['group management', 'User removed from group', 'GROUP'],
	['workflows', 'Workflow updated', 'WORKFLOW'],
	['fields', 'Custom field created', 'CUSTOM_FIELD'],
	['permissions', 'Permission scheme updated', 'PERMISSION_SCHEME'],
	['projects', 'Project updated', 'PROJECT'],
	['system', 'Webhook created', 'WEBHOOK'],
];

function addAuditRecord(state, { category, summary, typeName, objectName, authorId, created, changedValues = [], associatedItems = [] }) {
	const record = {
		id: Number(nextId(state, 'audit')),
		summary,
		remoteAddress: '10.0.0.1',
		authorKey: authorId,
		authorAccountId: authorId,
		created,
		category,
		eventSource: '',
		objectItem: { id: objectName, name: objectName, typeName },
		changedValues,
		associatedItems,
	};
	state.auditRecords.push(record);
	return record;
}

function seedAudit(state, rng, people, baseTime) {
	const users = [...state.users.values()];
	const groups = [...state.groups.values()];
	const times = Array.from({ length: 100 }, () => baseTime - rng.int(1, 180 * 24) * 3600000).sort((a, b) => a - b);
	for (const created of times) {
		const [category, summary, typeName] = rng.pick(EVENTS);
		const target = typeName === 'GROUP' ? rng.pick(groups).name : typeName === 'USER' ? rng.pick(users).displayName : `${summary.split(' ')[0]} ${rng.int(1, 40)}`;
		addAuditRecord(state, {
			category, summary, typeName, objectName: target, authorId: people.admin, created,
			changedValues: typeName === 'USER' ? [{ fieldName: 'Active', changedFrom: 'false', changedTo: 'true' }] : [],
			associatedItems: typeName === 'GROUP' ? [{ id: rng.pick(users).accountId, name: rng.pick(users).displayName, typeName: 'USER', parentId: '10000', parentName: 'com.atlassian.crowd.directory.IdentityPlatformRemoteDirectory' }] : [],
		});
	}
}

module.exports = { seedAudit, addAuditRecord };
