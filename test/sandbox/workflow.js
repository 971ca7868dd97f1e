'use strict';
// Which transitions an issue offers, given its issue type's workflow and current status.
const { TRANSITIONS, WORKFLOWS } = require('./catalog');

function workflowOf(state, issue) {
	const type = state.issueTypes.get(issue.issueTypeId);
	return WORKFLOWS[(type && type.workflow) || 'service-request'];
}

/** Transitions a user can pick now. `customerOnly` keeps the portal (customer) transitions. */
function availableTransitions(state, issue, { customerOnly = false } = {}) {
	return workflowOf(state, issue)
		.transitions.map((id) => ({ id, ...TRANSITIONS[id] }))
		.filter((t) => !t.system && t.from.includes(issue.statusId) && (!customerOnly || t.customer));
}

/** Any transition of the workflow valid from the current status, system ones included. */
function findTransition(state, issue, id) {
	const wf = workflowOf(state, issue);
	if (!wf.transitions.includes(String(id))) return undefined;
	const t = TRANSITIONS[id];
	return t.from.includes(issue.statusId) ? { id: String(id), ...t } : undefined;
}

module.exports = { workflowOf, availableTransitions, findTransition };
