'use strict';
// Every change to an issue goes through here so the changelog, `updatedAt`, the state version
// and the webhook events stay consistent whichever API (JSM, platform, control) made it.
const { nextId } = require('./state');
const { workflowOf, findTransition } = require('./workflow');
const { S, CF } = require('./catalog');

function allocateKey(state, project) {
	const n = (state.projectCounters.get(project.key) || 0) + 1;
	state.projectCounters.set(project.key, n);
	return `${project.key}-${n}`;
}

/** Builds and indexes an issue record (no events): used by the seed and by createIssue. */
function insertIssue(state, input) {
	const project = state.projects.get(input.projectId);
	const createdAt = input.createdAt;
	const statusId = input.statusId || workflowOf(state, input).initial;
	const issue = {
		id: nextId(state, 'issue'),
		key: allocateKey(state, project),
		projectId: project.id,
		issueTypeId: input.issueTypeId,
		serviceDeskId: input.serviceDeskId || null,
		requestTypeId: input.requestTypeId || null,
		summary: input.summary,
		description: input.description || '',
		descriptionAdf: input.descriptionAdf || null,
		statusId,
		statusChangedAt: createdAt,
		resolutionId: null,
		resolvedAt: null,
		priorityId: input.priorityId || '3',
		labels: input.labels || [],
		dueDate: input.dueDate || null,
		reporterId: input.reporterId,
		creatorId: input.creatorId || input.reporterId,
		assigneeId: input.assigneeId || null,
		fieldValues: input.fieldValues || {},
		participants: input.participants || [],
		organizationIds: input.organizationIds || [],
		createdAt,
		updatedAt: createdAt,
		comments: [],
		attachmentIds: [],
		approvals: [],
		statusHistory: [{ statusId, at: createdAt }],
		changelog: [],
		firstResponseAt: null,
		feedback: null,
		subscribers: new Set([input.reporterId, ...(input.participants || [])]),
		// Jira makes whoever creates an issue its watcher ("Autowatch own issues", on by default:
		// confluence.atlassian.com/jirakb/how-to-disable-automatic-watchers-on-jira-issues-1476624806.html).
		watcherIds: [input.creatorId || input.reporterId],
		channel: input.channel || 'api',
	};
	state.issues.set(issue.id, issue);
	state.issueKeys.set(issue.key, issue.id);
	state.version++;
	return issue;
}

/** Creates an issue now and fires jira:issue_created; approval workflows get a pending approval. */
function createIssue(site, input, actorId, approverIds = []) {
	const issue = insertIssue(site.state, { ...input, createdAt: site.now() });
	if (issue.statusId === S.WAITING_FOR_APPROVAL) {
		issue.approvals.push({
			id: nextId(site.state, 'approval'),
			name: 'Approval',
			finalDecision: 'pending',
			approvers: approverIds.map((accountId) => ({ accountId, decision: 'pending' })),
			createdAt: issue.createdAt,
			completedAt: null,
		});
	}
	site.emit('jira:issue_created', { issue, actorId, eventType: 'issue_created' });
	return issue;
}

function pushChangelog(site, issue, actorId, items, at) {
	const entry = { id: nextId(site.state, 'changelog'), authorId: actorId, createdAt: at, items };
	issue.changelog.push(entry);
	issue.updatedAt = at;
	site.state.version++;
	return entry;
}

/** Records `items` (Jira ChangeDetails) and fires jira:issue_updated. */
function recordUpdate(site, issue, actorId, items, eventType = 'issue_updated', extra = {}) {
	const entry = pushChangelog(site, issue, actorId, items, site.now());
	site.emit('jira:issue_updated', { issue, actorId, changelog: entry, eventType, ...extra });
	return entry;
}

const userName = (state, id) => (id ? (state.users.get(id) || {}).displayName || id : null);

/** Applies normalized field changes; returns the changelog items (empty when nothing changed). */
function updateFields(site, issue, actorId, patch) {
	const state = site.state;
	const items = [];
	const change = (field, fieldId, from, to, fromString, toString, fieldtype = 'jira') => {
		if (JSON.stringify([from, fromString]) === JSON.stringify([to, toString])) return false;
		items.push({ field, fieldtype, fieldId, from: from === null ? null : String(from), fromString: fromString ?? null, to: to === null ? null : String(to), toString: toString ?? null });
		return true;
	};
	if ('summary' in patch && change('summary', 'summary', null, null, issue.summary, patch.summary)) issue.summary = patch.summary;
	if ('description' in patch && change('description', 'description', null, null, issue.description, patch.description)) issue.description = patch.description;
	if ('descriptionAdf' in patch) issue.descriptionAdf = patch.descriptionAdf;
	if ('priorityId' in patch) {
		const name = (id) => (state.priorities.get(id) || {}).name;
		if (change('priority', 'priority', issue.priorityId, patch.priorityId, name(issue.priorityId), name(patch.priorityId))) issue.priorityId = patch.priorityId;
	}
	if ('assigneeId' in patch && change('assignee', 'assignee', issue.assigneeId, patch.assigneeId, userName(state, issue.assigneeId), userName(state, patch.assigneeId))) {
		issue.assigneeId = patch.assigneeId;
	}
	if ('reporterId' in patch && change('reporter', 'reporter', issue.reporterId, patch.reporterId, userName(state, issue.reporterId), userName(state, patch.reporterId))) {
		issue.reporterId = patch.reporterId;
	}
	if ('labels' in patch && change('labels', 'labels', null, null, issue.labels.join(' '), patch.labels.join(' '))) issue.labels = patch.labels;
	if ('dueDate' in patch && change('duedate', 'duedate', issue.dueDate, patch.dueDate, issue.dueDate, patch.dueDate)) issue.dueDate = patch.dueDate;
	// Atlassian documents no changelog format for a request type change (no source found): written like other
	// custom fields, request type ids in from/to and names in fromString/toString (the poll trigger also reads names).
	if ('requestTypeId' in patch) {
		const name = (id) => (state.requestTypes.get(id) || {}).name ?? null;
		if (change('Customer Request Type', CF.REQUEST_TYPE, issue.requestTypeId, patch.requestTypeId, name(issue.requestTypeId), name(patch.requestTypeId), 'custom')) {
			issue.requestTypeId = patch.requestTypeId;
		}
	}
	for (const [fieldId, value] of Object.entries(patch.fieldValues || {})) {
		const before = issue.fieldValues[fieldId] ?? null;
		if (change(fieldId, fieldId, before, value, before, value, 'custom')) {
			if (value === null) delete issue.fieldValues[fieldId];
			else issue.fieldValues[fieldId] = value;
		}
	}
	// Multi-value fields: the ids before and after in from/to, the names in fromString/toString. Atlassian
	// documents no format for these changelog items (no source found); the poll trigger reads the ids tolerantly.
	const listChange = (field, fieldId, before, after, nameOf) => {
		const ids = (list) => (list.length ? `[${list.join(', ')}]` : null);
		const names = (list) => (list.length ? list.map(nameOf).join(', ') : null);
		return change(field, fieldId, ids(before), ids(after), names(before), names(after), 'custom');
	};
	if (patch.participants && listChange('Request participants', CF.PARTICIPANTS, issue.participants, patch.participants, (id) => userName(state, id))) {
		issue.participants = patch.participants;
		for (const p of patch.participants) issue.subscribers.add(p);
	}
	if (patch.organizationIds && listChange('Organizations', CF.ORGANIZATIONS, issue.organizationIds, patch.organizationIds, (id) => (state.organizations.get(id) || {}).name || id)) {
		issue.organizationIds = patch.organizationIds;
	}
	if (items.length) {
		const onlyAssignee = items.length === 1 && items[0].field === 'assignee';
		recordUpdate(site, issue, actorId, items, onlyAssignee ? 'issue_assigned' : 'issue_updated');
	}
	return items;
}

/**
 * Moves the issue through a workflow transition, setting (the transition screen's choice, else its default) or clearing the resolution.
 * @param {*} site
 * @param {*} issue
 * @param {string} transitionId
 * @param {string} actorId
 * @param {{ allowSystem?: boolean, resolutionId?: string }} [options]
 */
function transitionIssue(site, issue, transitionId, actorId, { allowSystem = false, resolutionId } = {}) {
	const state = site.state;
	const transition = findTransition(state, issue, transitionId);
	if (!transition || (transition.system && !allowSystem)) return null;
	const from = state.statuses.get(issue.statusId);
	const to = state.statuses.get(transition.to);
	const at = site.now();
	const items = [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name }];
	const wasDone = from.category.key === 'done';
	const isDone = to.category.key === 'done';
	if (isDone && !issue.resolutionId) {
		const resolution = state.resolutions.get(resolutionId || transition.resolution || '10000');
		items.push({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: resolution.id, toString: resolution.name });
		issue.resolutionId = resolution.id;
		issue.resolvedAt = at;
	} else if (!isDone && issue.resolutionId) {
		const resolution = state.resolutions.get(issue.resolutionId);
		items.push({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: resolution.id, fromString: resolution.name, to: null, toString: null });
		issue.resolutionId = null;
		issue.resolvedAt = null;
	}
	if (from.category.key !== to.category.key) issue.statusChangedAt = at;
	issue.statusId = to.id;
	issue.statusHistory.push({ statusId: to.id, at });
	if (!issue.firstResponseAt && actorId !== issue.reporterId) issue.firstResponseAt = at;
	let eventType = 'issue_generic';
	if (isDone && !wasDone) eventType = to.id === S.CLOSED ? 'issue_closed' : 'issue_resolved';
	else if (wasDone && !isDone) eventType = 'issue_reopened';
	recordUpdate(site, issue, actorId, items, eventType);
	return transition;
}

/**
 * @param {*} site
 * @param {*} issue
 * @param {{ authorId: string, body: string, adf?: object, isPublic?: boolean, attachmentIds?: string[] }} comment
 */
function addComment(site, issue, { authorId, body, adf, isPublic = true, attachmentIds = [] }) {
	const state = site.state;
	const at = site.now();
	const comment = { id: nextId(state, 'comment'), authorId, updateAuthorId: authorId, body, adf: adf || null, public: isPublic, createdAt: at, updatedAt: at, attachmentIds };
	issue.comments.push(comment);
	issue.updatedAt = at;
	state.version++;
	if (isPublic && !issue.firstResponseAt && authorId !== issue.reporterId && site.isAgent(authorId)) issue.firstResponseAt = at;
	site.emit('comment_created', { issue, comment, actorId: authorId });
	site.emit('jira:issue_updated', { issue, comment, actorId: authorId, eventType: 'issue_commented' });
	// JSM's default automation: a customer's reply hands the request back to the agents.
	if (authorId === issue.reporterId && issue.statusId === S.WAITING_FOR_CUSTOMER) transitionIssue(site, issue, '31', authorId);
	return comment;
}

function updateComment(site, issue, comment, { authorId, body, adf, isPublic }) {
	comment.body = body;
	comment.adf = adf || null;
	if (isPublic !== undefined) comment.public = isPublic;
	comment.updateAuthorId = authorId;
	comment.updatedAt = site.now();
	issue.updatedAt = comment.updatedAt;
	site.state.version++;
	site.emit('comment_updated', { issue, comment, actorId: authorId });
	site.emit('jira:issue_updated', { issue, comment, actorId: authorId, eventType: 'issue_comment_edited' });
	return comment;
}

function deleteComment(site, issue, comment, actorId) {
	issue.comments = issue.comments.filter((c) => c !== comment);
	issue.updatedAt = site.now();
	site.state.version++;
	site.emit('comment_deleted', { issue, comment, actorId });
	site.emit('jira:issue_updated', { issue, comment, actorId, eventType: 'issue_comment_deleted' });
}

function addAttachment(site, issue, { filename, mimeType, content, authorId, commentId = null }) {
	const state = site.state;
	const attachment = { id: nextId(state, 'attachment'), issueId: issue.id, filename, mimeType, size: content.length, content, authorId, createdAt: site.now(), commentId };
	state.attachments.set(attachment.id, attachment);
	issue.attachmentIds.push(attachment.id);
	site.emit('attachment_created', { issue, attachment, actorId: authorId });
	recordUpdate(site, issue, authorId, [{ field: 'Attachment', fieldtype: 'jira', fieldId: 'attachment', from: null, fromString: null, to: attachment.id, toString: filename }]);
	return attachment;
}

function deleteAttachment(site, attachment, actorId) {
	const state = site.state;
	const issue = state.issues.get(attachment.issueId);
	state.attachments.delete(attachment.id);
	if (!issue) return;
	issue.attachmentIds = issue.attachmentIds.filter((id) => id !== attachment.id);
	site.emit('attachment_deleted', { issue, attachment, actorId });
	recordUpdate(site, issue, actorId, [{ field: 'Attachment', fieldtype: 'jira', fieldId: 'attachment', from: attachment.id, fromString: attachment.filename, to: null, toString: null }]);
}

function deleteIssue(site, issue, actorId) {
	const state = site.state;
	site.emit('jira:issue_deleted', { issue, actorId, eventType: 'issue_deleted' });
	for (const id of issue.attachmentIds) state.attachments.delete(id);
	state.issues.delete(issue.id);
	state.issueKeys.delete(issue.key);
	state.version++;
}

module.exports = { insertIssue, createIssue, updateFields, transitionIssue, addComment, updateComment, deleteComment, addAttachment, deleteAttachment, deleteIssue };
