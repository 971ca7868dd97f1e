'use strict';
// Generates the requests: each one is created and walked through its workflow with the same
// domain functions the API uses, on a simulated clock, so changelogs, status history, SLAs and
// comments are consistent.
const { insertIssue, transitionIssue, addComment, addAttachment, updateFields } = require('../issues');
const { workflowOf } = require('../workflow');
const { nextId } = require('../state');
const { CF, S } = require('../catalog');
const text = require('./text');

const MIN = 60000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const PRIORITY_WEIGHTS = [['1', 0.05], ['2', 0.15], ['3', 0.55], ['4', 0.2], ['5', 0.05]];
const LABELS = ['vip', 'onboarding', 'hardware', 'urgent', 'follow-up'];
const SUFFIXES = ['again', 'urgent', 'for the Sydney team', 'since Monday', 'second request', 'please help'];
// 1x1 transparent PNG, for image attachments.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

function weighted(rng, pairs) {
	let r = rng.next();
	for (const [value, w] of pairs) {
		if ((r -= w) < 0) return value;
	}
	return pairs[pairs.length - 1][0];
}

function seedRequests(state, rng, people, count, baseTime) {
	const clock = { t: baseTime };
	const agentSet = new Set(people.agents.concat(people.admin));
	const site = { state, now: () => clock.t, emit: () => {}, isAgent: (id) => agentSet.has(id) };
	const desks = [...state.serviceDesks.values()].map((desk) => ({
		desk,
		customers: [...desk.customerIds],
		requestTypes: [...state.requestTypes.values()].filter((rt) => rt.serviceDeskId === desk.id),
	}));
	const deskWeights = desks.map((d) => [d, d.desk.weight]);
	const orgsOf = new Map();
	for (const org of state.organizations.values()) for (const m of org.members) orgsOf.set(m, [...(orgsOf.get(m) || []), org.id]);
	const options = new Map();
	for (const o of state.fieldOptions.values()) options.set(o.fieldId, [...(options.get(o.fieldId) || []), o.id]);

	const created = Array.from({ length: count }, () => baseTime - Math.floor(rng.next() * 90 * DAY) - 10 * MIN).sort((a, b) => a - b);
	for (const createdAt of created) {
		const { desk, customers, requestTypes } = weighted(rng, deskWeights);
		const rt = rng.pick(requestTypes);
		const roll = rng.next();
		const reporterId = roll < 0.05 ? people.admin : roll < 0.12 ? rng.pick(desk.team) : roll < 0.2 ? people.customers[0] : rng.pick(customers);
		const select = desk.select;
		const fieldValues = {};
		if (rng.chance(0.7) || rt.fields.find((f) => f.fieldId === select).required) fieldValues[select] = rng.pick(options.get(select));
		if (rng.chance(0.3)) fieldValues[CF.PREFERRED_DATE] = new Date(createdAt + rng.int(1, 20) * DAY).toISOString().slice(0, 10);
		if (rng.chance(0.2)) fieldValues[CF.AFFECTED_USER] = rng.pick(customers);
		const reporterOrgs = (orgsOf.get(reporterId) || []).filter((id) => desk.organizationIds.has(id));
		clock.t = createdAt;
		const issue = insertIssue(state, {
			projectId: desk.projectId,
			issueTypeId: rt.issueTypeId,
			serviceDeskId: desk.id,
			requestTypeId: rt.id,
			summary: rng.chance(0.5) ? `${rng.pick(rt.summaries)} (${rng.pick(SUFFIXES)})` : rng.pick(rt.summaries),
			description: `${rng.pick(text.OPENERS)} ${rng.pick(text.DETAILS)} ${rng.pick(text.DETAILS)} ${rng.pick(text.CLOSERS)}`,
			priorityId: weighted(rng, PRIORITY_WEIGHTS),
			labels: rng.chance(0.15) ? [rng.pick(LABELS)] : [],
			reporterId,
			fieldValues,
			participants: rng.chance(0.2) ? rng.sample(customers.filter((c) => c !== reporterId), rng.int(1, 2)) : [],
			organizationIds: reporterOrgs.length && rng.chance(0.6) ? [reporterOrgs[0]] : [],
			channel: rng.pick(['portal', 'portal', 'email', 'api']),
			createdAt,
		});
		if (rng.chance(0.05)) {
			const image = rng.chance(0.5);
			addAttachment(site, issue, { filename: image ? 'screenshot.png' : 'error-log.txt', mimeType: image ? 'image/png' : 'text/plain', content: image ? PNG : Buffer.from(`Error log for ${issue.key}\n`), authorId: reporterId });
		}
		walkLifecycle(site, rng, clock, issue, desk, baseTime, people);
	}
}

function walkLifecycle(site, rng, clock, issue, desk, baseTime, people) {
	const end = baseTime - MIN;
	const advance = (min, max) => (clock.t = Math.min(clock.t + rng.int(min, max), end));
	const agent = rng.pick(desk.team);
	const ageDays = (baseTime - issue.createdAt) / DAY;
	const say = (authorId, body, isPublic = true) => addComment(site, issue, { authorId, body, isPublic });
	const move = (id, actor = agent) => transitionIssue(site, issue, id, actor, { allowSystem: true });

	if (workflowOf(site.state, issue).initial === S.WAITING_FOR_APPROVAL) {
		const approvers = [...new Set([people.admin, agent])];
		const approval = { id: nextId(site.state, 'approval'), name: 'Approval', finalDecision: 'pending', approvers: approvers.map((accountId) => ({ accountId, decision: 'pending' })), createdAt: issue.createdAt, completedAt: null };
		issue.approvals.push(approval);
		if (ageDays < 20 && rng.chance(0.6)) return;
		const approve = rng.chance(0.85);
		const who = rng.pick(approval.approvers);
		who.decision = approve ? 'approved' : 'declined';
		approval.finalDecision = who.decision;
		approval.completedAt = advance(HOUR, DAY);
		move(approve ? '101' : '111', who.accountId);
		if (!approve) return;
	}
	if (rng.chance(0.6)) {
		advance(10 * MIN, 6 * HOUR);
		updateFields(site, issue, agent, { assigneeId: agent });
	}
	const pDone = ageDays > 30 ? 0.85 : ageDays > 7 ? 0.5 : 0.15;
	if (rng.next() < pDone) {
		if (rng.chance(0.05)) {
			advance(HOUR, DAY);
			move('81', issue.reporterId);
			return;
		}
		advance(10 * MIN, 8 * HOUR);
		say(agent, rng.pick(text.AGENT_REPLIES));
		if (rng.chance(0.7)) move('11');
		if (rng.chance(0.3)) {
			advance(HOUR, DAY);
			move('21');
			advance(HOUR, DAY);
			say(issue.reporterId, rng.pick(text.CUSTOMER_REPLIES));
			move('11');
		}
		if (rng.chance(0.2)) say(agent, rng.pick(text.INTERNAL_NOTES), false);
		advance(HOUR, 3 * DAY);
		move('51');
		if (rng.chance(0.3)) issue.feedback = { type: 'csat', rating: rng.pick([3, 4, 4, 5, 5, 5]), comment: rng.chance(0.4) ? { body: 'Quick and helpful, thanks.' } : undefined };
		if (ageDays > 10 && rng.chance(0.5)) {
			advance(DAY, 3 * DAY);
			move('61');
		}
		return;
	}
	const r = rng.next();
	if (r < 0.4) {
		if (rng.chance(0.3)) say(issue.reporterId, rng.pick(text.CUSTOMER_REPLIES));
		return;
	}
	advance(10 * MIN, 8 * HOUR);
	say(agent, rng.pick(text.AGENT_REPLIES));
	if (r < 0.75) move('11');
	else if (r < 0.9) move('21');
	else if (r < 0.95) {
		move('11');
		advance(HOUR, DAY);
		move('41');
	} else move(issue.issueTypeId === '10003' ? '91' : '11');
	if (rng.chance(0.25)) say(agent, rng.pick(text.INTERNAL_NOTES), false);
}

module.exports = { seedRequests, PNG };
