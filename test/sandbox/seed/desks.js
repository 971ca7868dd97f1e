'use strict';
// Projects, service desks, request types (with their fields), request type groups, queues and
// knowledge base articles.
const { CF, SELECT_OPTIONS, CASCADE_OPTIONS, ISSUE_TYPES } = require('../catalog');
const { nextId } = require('../state');

const SR = '10001';
const SR_APPROVAL = '10002';
const INCIDENT = '10003';

// Field types beyond text, select, date and user, on one request type: date-time, cascading select,
// Assets object, Organizations and attachments.
const HARDWARE_FIELDS = [
	{ fieldId: CF.NEEDED_BY, label: 'Needed by', required: false },
	{ fieldId: CF.OFFICE_FLOOR, label: 'Office and floor', required: false },
	{ fieldId: CF.DEVICE, label: 'Device to replace', required: false },
	{ fieldId: CF.ORGANIZATIONS, label: 'Organizations', required: false },
	{ fieldId: 'attachment', label: 'Attachment', required: false },
];

const DESKS = [
	{
		key: 'ITS', name: 'IT Support', select: CF.AFFECTED_SYSTEM, weight: 0.6, orgs: [1, 2, 3, 4],
		groups: ['Common requests', 'Hardware and software', 'Incidents'],
		requestTypes: [
			{ name: 'Get IT help', issueTypeId: SR, group: 0, practice: 'service-requests', description: 'Get assistance for general IT problems and questions.', summaries: ['Cannot open the shared drive', 'Outlook keeps asking for my password', 'Teams calls drop after five minutes', 'Need help setting up a second monitor', 'Excel macros blocked'] },
			{ name: 'Request new hardware', issueTypeId: SR_APPROVAL, group: 1, extraFields: HARDWARE_FIELDS, description: 'Request a laptop, monitor, phone or accessories.', summaries: ['New laptop for a new starter', 'Replacement monitor', 'Docking station for home office', 'Noise-cancelling headset', 'Mobile phone upgrade'] },
			{ name: 'Request new software', issueTypeId: SR_APPROVAL, group: 1, description: 'Request a licence or an installation.', summaries: ['Licence for Adobe Acrobat', 'Install Docker Desktop', 'Access to Figma', 'Visio licence', 'Tableau viewer seat'] },
			{ name: 'Report a system problem', issueTypeId: INCIDENT, group: 2, practice: 'incidents', requireSelect: true, requireDescription: true, description: 'Let us know if something is broken or not working.', summaries: ['Email is down for the whole team', 'VPN does not connect', 'Wi-Fi keeps dropping in building B', 'Printer offline on level 3', 'SAP is very slow'] },
			{ name: 'Fix an account problem', issueTypeId: SR, group: 0, requireSelect: true, description: 'Locked out, lost MFA device or need a password reset.', summaries: ['Locked out of my account', 'Lost my MFA device', 'Password reset needed', 'Account shows the wrong department'] },
		],
	},
	{
		key: 'HR', name: 'Human Resources', select: CF.HR_TOPIC, weight: 0.25, orgs: [3, 4, 5, 6],
		groups: ['Employee lifecycle', 'Benefits and pay'],
		requestTypes: [
			{ name: 'Onboard new employee', issueTypeId: SR_APPROVAL, group: 0, requireDescription: true, description: 'Start the onboarding of a new team member.', summaries: ['Onboarding for a new engineer', 'New marketing coordinator starts Monday', 'Contractor onboarding'] },
			{ name: 'Offboard employee', issueTypeId: SR, group: 0, description: 'Someone is leaving the company.', summaries: ['Offboarding for a departing analyst', 'Last day on Friday: offboarding', 'Contract ends this month'] },
			{ name: 'Ask a question about benefits', issueTypeId: SR, group: 1, description: 'Health, pension, gym and other benefits.', summaries: ['Question about dental cover', 'How do I join the pension scheme?', 'Gym membership reimbursement'] },
			{ name: 'Update personal details', issueTypeId: SR, group: 1, requireSelect: true, description: 'Change your address, bank details or name.', summaries: ['New home address', 'Update bank account for payroll', 'Name change after marriage'] },
			{ name: 'Request time off', issueTypeId: SR_APPROVAL, group: 1, description: 'Leave requests that need manager approval.', summaries: ['Annual leave in August', 'Parental leave request', 'Unpaid leave for two weeks'] },
		],
	},
	{
		key: 'FAC', name: 'Facilities', select: CF.LOCATION, weight: 0.15, orgs: [1, 2, 3, 4, 5, 6],
		groups: ['Building', 'Supplies'],
		requestTypes: [
			{ name: 'Report a broken facility', issueTypeId: INCIDENT, group: 0, practice: 'incidents', requireSelect: true, description: 'Something in the office is broken.', summaries: ['Air conditioning not working', 'Broken chair in meeting room 4', 'Leaking tap in the kitchen', 'Lift out of order'] },
			{ name: 'Request office supplies', issueTypeId: SR, group: 1, description: 'Stationery, furniture and other supplies.', summaries: ['Standing desk request', 'Whiteboard markers', 'Ergonomic keyboard'] },
			{ name: 'Book a meeting room', issueTypeId: SR, group: 0, description: 'Book a room for a large meeting or event.', summaries: ['Room for the all-hands', 'Training room for Thursday', 'Board room for a client visit'] },
			{ name: 'Request parking permit', issueTypeId: SR_APPROVAL, group: 0, description: 'Parking permits need approval from facilities.', summaries: ['Parking permit for the new site', 'Visitor parking for next week', 'Motorbike parking'] },
		],
	},
];

const ARTICLES = {
	ITS: ['How to connect to the VPN', 'Resetting your password', 'Setting up MFA on a new phone', 'Requesting new software', 'Printer troubleshooting', 'Working from home checklist', 'Email on your mobile device', 'What to do if your laptop is stolen'],
	HR: ['Annual leave policy', 'Parental leave explained', 'How payroll works', 'Benefits overview', 'Updating your personal details', 'Onboarding checklist for managers'],
	FAC: ['Booking meeting rooms', 'Parking at the Sydney office', 'Reporting a building problem', 'Office opening hours', 'Ordering supplies', 'Fire safety procedures'],
};

const summaryField = { fieldId: 'summary', label: 'What do you need?', required: true };

function fieldsFor(desk, rt) {
	return [
		summaryField,
		{ fieldId: 'description', label: 'Why do you need this?', required: !!rt.requireDescription },
		{ fieldId: desk.select, label: { [CF.AFFECTED_SYSTEM]: 'Affected system', [CF.HR_TOPIC]: 'Topic', [CF.LOCATION]: 'Location' }[desk.select], required: !!rt.requireSelect },
		{ fieldId: CF.PREFERRED_DATE, label: 'When do you need it?', required: false },
		{ fieldId: CF.AFFECTED_USER, label: 'Who is this for?', required: false },
		{ fieldId: 'priority', label: 'Priority', required: false },
		...(rt.extraFields || []),
	];
}

function seedOptions(state) {
	let id = 10200;
	for (const [fieldId, values] of Object.entries(SELECT_OPTIONS)) {
		for (const value of values) {
			const option = { id: String(id++), value, fieldId };
			state.fieldOptions.set(option.id, option);
		}
	}
	for (const [fieldId, tree] of Object.entries(CASCADE_OPTIONS)) {
		for (const [parent, children] of Object.entries(tree)) {
			const option = { id: String(id++), value: parent, fieldId };
			state.fieldOptions.set(option.id, option);
			for (const child of children) {
				const childOption = { id: String(id++), value: child, fieldId, parentId: option.id };
				state.fieldOptions.set(childOption.id, childOption);
			}
		}
	}
}

function seedDesks(state, rng, people, baseTime) {
	seedOptions(state);
	let groupId = 0;
	let queueId = 0;
	let pageId = 163840;
	DESKS.forEach((def, i) => {
		const project = {
			id: String(10000 + i), key: def.key, name: def.name, projectTypeKey: 'service_desk', leadId: people.admin,
			avatarId: 10400 + i, uuid: rng.uuid(), description: `${def.name} service project`, issueTypeIds: ISSUE_TYPES.map((t) => t.id),
		};
		state.projects.set(project.id, project);
		const desk = { id: String(i + 1), projectId: project.id, customerIds: new Set(), organizationIds: new Set(def.orgs.map(String)), properties: new Map(), weight: def.weight, team: people.teams[def.key], select: def.select };
		for (const c of people.customers) if (i === 0 || rng.chance(0.6)) desk.customerIds.add(c);
		for (const orgId of desk.organizationIds) state.organizations.get(orgId).serviceDeskIds.add(desk.id);
		state.serviceDesks.set(desk.id, desk);

		const groupIds = def.groups.map((name) => {
			const group = { id: String(++groupId), serviceDeskId: desk.id, name };
			state.requestTypeGroups.set(group.id, group);
			return group.id;
		});
		for (const rt of def.requestTypes) {
			const id = nextId(state, 'requestType');
			state.requestTypes.set(id, {
				id, serviceDeskId: desk.id, portalId: desk.id, name: rt.name, description: rt.description,
				helpText: `Tell us about it and the ${def.name} team will get back to you.`, issueTypeId: rt.issueTypeId,
				groupIds: [groupIds[rt.group]], iconId: String(10500 + Number(id)), practice: rt.practice, restrictionStatus: 'OPEN',
				fields: fieldsFor(def, rt), properties: new Map(), summaries: rt.summaries,
			});
		}
		const queue = (name, jql) => {
			const q = { id: String(++queueId), serviceDeskId: desk.id, name, jql, fields: ['issuetype', 'issuekey', 'summary', 'reporter', 'assignee', 'status', 'created', 'updated'] };
			state.queues.set(q.id, q);
		};
		queue('All open', `project = ${def.key} AND resolution = Unresolved ORDER BY created DESC`);
		queue('Assigned to me', `project = ${def.key} AND assignee = currentUser() AND resolution = Unresolved ORDER BY updated DESC`);
		queue('Unassigned', `project = ${def.key} AND assignee IS EMPTY AND resolution = Unresolved ORDER BY created ASC`);
		queue('Waiting for customer', `project = ${def.key} AND status = "Waiting for customer" ORDER BY updated DESC`);
		queue('Recently resolved', `project = ${def.key} AND resolved >= -7d ORDER BY resolved DESC`);
		if (def.key === 'ITS') queue('Open incidents', `project = ITS AND issuetype = Incident AND resolution = Unresolved ORDER BY priority DESC`);

		for (const title of ARTICLES[def.key]) {
			state.articles.push({
				pageId: pageId++, serviceDeskId: desk.id, spaceKey: `${def.key}KB`, title,
				excerpt: `${title}: the quick answer, step by step, from the ${def.name} team.`,
				body: `<h1>${title}</h1><p>This article explains ${title.toLowerCase()}.</p><p>Still stuck? Raise a request on the ${def.name} portal.</p>`,
				updatedAt: baseTime - rng.int(1, 200) * 86400000,
			});
		}
	});
}

module.exports = { seedDesks };
