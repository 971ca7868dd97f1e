'use strict';
// JSM REST (/rest/servicedeskapi) renderings: service desks, request types, requests and
// everything hanging off a request.
const { dateDto } = require('./dates');
const { textToHtml } = require('./adf');
const { jsmUser, platformUser } = require('./users');
const { FIELD_DEFS, priorityBean, cascadeBean } = require('./platform');
const { slaList: slaListOf } = require('./sla');

const sd = (base) => `${base}/rest/servicedeskapi`;

const serviceDeskDto = (state, base, desk) => {
	const project = state.projects.get(desk.projectId);
	return { id: desk.id, projectId: project.id, projectName: project.name, projectKey: project.key, projectTypeKey: 'service_desk', _links: { self: `${sd(base)}/servicedesk/${desk.id}` } };
};

function requestTypeFieldDto(state, field) {
	const def = FIELD_DEFS.get(field.fieldId);
	const out = { fieldId: field.fieldId, name: field.label, description: field.description || '', required: field.required, visible: true, validValues: [], presetValues: [], defaultValues: [], jiraSchema: def.schema };
	if (def.schema.type === 'option') {
		out.validValues = [...state.fieldOptions.values()].filter((o) => o.fieldId === field.fieldId).map((o) => ({ value: o.id, label: o.value, children: [] }));
	} else if (def.schema.type === 'option-with-child') {
		const options = [...state.fieldOptions.values()].filter((o) => o.fieldId === field.fieldId);
		const valid = (o) => ({ value: o.id, label: o.value, children: options.filter((c) => c.parentId === o.id).map(valid) });
		out.validValues = options.filter((o) => !o.parentId).map(valid);
	} else if (field.fieldId === 'priority') {
		out.validValues = [...state.priorities.values()].map((p) => ({ value: p.id, label: p.name, children: [] }));
	}
	return out;
}

const createMetaDto = (state, rt) => ({
	requestTypeFields: rt.fields.map((f) => requestTypeFieldDto(state, f)),
	canRaiseOnBehalfOf: true,
	canAddRequestParticipants: true,
});

function requestTypeDto(state, base, rt, expand = []) {
	const icons = {};
	for (const [size, name] of [[48, 'large'], [24, 'small'], [16, 'xsmall'], [32, 'medium']]) {
		icons[`${size}x${size}`] = `${base}/rest/api/2/universal_avatar/view/type/SD_REQTYPE/avatar/${rt.iconId}?size=${name}`;
	}
	const out = {
		_expands: ['field'],
		id: rt.id,
		_links: { self: `${sd(base)}/servicedesk/${rt.serviceDeskId}/requesttype/${rt.id}` },
		name: rt.name,
		description: rt.description,
		helpText: rt.helpText,
		issueTypeId: rt.issueTypeId,
		serviceDeskId: rt.serviceDeskId,
		portalId: rt.portalId,
		groupIds: rt.groupIds,
		icon: { id: rt.iconId, _links: { iconUrls: icons } },
		restrictionStatus: rt.restrictionStatus,
	};
	if (rt.practice) out.practice = rt.practice;
	if (expand.includes('field')) out.fields = createMetaDto(state, rt);
	return out;
}

function fieldValueDto(state, base, issue, fieldId, label) {
	const def = FIELD_DEFS.get(fieldId);
	if (fieldId === 'summary') return { fieldId, label, value: issue.summary };
	if (fieldId === 'description') {
		if (!issue.description) return null;
		return { fieldId, label, value: issue.description, renderedValue: { html: textToHtml(issue.description) } };
	}
	if (fieldId === 'priority') return { fieldId, label, value: priorityBean(base, state.priorities.get(issue.priorityId), 2) };
	const raw = issue.fieldValues[fieldId];
	if (raw === undefined || raw === null) return null;
	if (def.schema.type === 'option') {
		const o = state.fieldOptions.get(raw);
		return { fieldId, label, value: { self: `${base}/rest/api/2/customFieldOption/${o.id}`, value: o.value, id: o.id } };
	}
	if (def.schema.type === 'user') return { fieldId, label, value: platformUser(base, state.users.get(raw), 2) };
	if (def.schema.type === 'option-with-child') return { fieldId, label, value: cascadeBean(state, base, raw) };
	return { fieldId, label, value: raw };
}

function requestFieldValues(state, base, issue) {
	const rt = state.requestTypes.get(issue.requestTypeId);
	const fields = rt ? rt.fields : [{ fieldId: 'summary', label: 'Summary' }, { fieldId: 'description', label: 'Description' }];
	return fields.map((f) => fieldValueDto(state, base, issue, f.fieldId, f.label)).filter(Boolean);
}

const currentStatusDto = (state, issue) => {
	const status = state.statuses.get(issue.statusId);
	return { status: status.name, statusCategory: status.category.jsm, statusDate: dateDto(issue.statusChangedAt) };
};

const statusHistoryDto = (state, entry) => {
	const status = state.statuses.get(entry.statusId);
	return { status: status.name, statusCategory: status.category.jsm, statusDate: dateDto(entry.at) };
};

const attachmentDto = (state, base, a) => ({
	filename: a.filename,
	author: jsmUser(base, state.users.get(a.authorId)),
	created: dateDto(a.createdAt),
	size: a.size,
	mimeType: a.mimeType,
	_links: {
		self: `${base}/rest/api/2/attachment/${a.id}`,
		jiraRest: `${base}/rest/api/2/attachment/${a.id}`,
		content: `${sd(base)}/request/${a.issueId}/attachment/${a.id}`,
		...(a.mimeType.startsWith('image/') ? { thumbnail: `${sd(base)}/request/${a.issueId}/attachment/${a.id}/thumbnail` } : {}),
	},
});

const simplePage = (values) => ({ _expands: [], size: values.length, start: 0, limit: values.length, isLastPage: true, values, _links: {} });

function commentDto(state, base, issue, c, expand = []) {
	const out = {
		_expands: ['attachment', 'renderedBody'],
		id: c.id,
		body: c.body,
		public: c.public,
		author: jsmUser(base, state.users.get(c.authorId)),
		created: dateDto(c.createdAt),
		_links: { self: `${sd(base)}/request/${issue.id}/comment/${c.id}` },
	};
	if (expand.includes('renderedBody')) out.renderedBody = { html: textToHtml(c.body) };
	if (expand.includes('attachment')) out.attachments = simplePage(c.attachmentIds.map((id) => state.attachments.get(id)).filter(Boolean).map((a) => attachmentDto(state, base, a)));
	return out;
}

function approvalDto(state, base, issue, approval, viewerId) {
	const out = {
		id: approval.id,
		name: approval.name,
		finalDecision: approval.finalDecision,
		canAnswerApproval: approval.finalDecision === 'pending' && approval.approvers.some((a) => a.accountId === viewerId && a.decision === 'pending'),
		approvers: approval.approvers.map((a) => ({ approver: jsmUser(base, state.users.get(a.accountId)), approverDecision: a.decision })),
		createdDate: dateDto(approval.createdAt),
		_links: { self: `${sd(base)}/request/${issue.id}/approval/${approval.id}` },
	};
	if (approval.completedAt) out.completedDate = dateDto(approval.completedAt);
	return out;
}

const slaList = (state, base, issue, now) => slaListOf(base, issue, now);

function requestDto(state, base, issue, { expand = [], now, commentFilter }) {
	const out = {
		_expands: ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'],
		issueId: issue.id,
		issueKey: issue.key,
		summary: issue.summary,
		requestTypeId: issue.requestTypeId || undefined,
		serviceDeskId: issue.serviceDeskId,
		createdDate: dateDto(issue.createdAt),
		reporter: jsmUser(base, state.users.get(issue.reporterId)),
		requestFieldValues: requestFieldValues(state, base, issue),
		currentStatus: currentStatusDto(state, issue),
		_links: {
			jiraRest: `${base}/rest/api/2/issue/${issue.id}`,
			web: `${base}/servicedesk/customer/portal/${issue.serviceDeskId}/${issue.key}`,
			agent: `${base}/browse/${issue.key}`,
			self: `${sd(base)}/request/${issue.id}`,
		},
	};
	const has = (name) => expand.includes(name);
	if (has('serviceDesk')) out.serviceDesk = serviceDeskDto(state, base, state.serviceDesks.get(issue.serviceDeskId));
	if (has('requestType') && issue.requestTypeId) out.requestType = requestTypeDto(state, base, state.requestTypes.get(issue.requestTypeId));
	if (has('participant')) out.participants = simplePage(issue.participants.map((id) => jsmUser(base, state.users.get(id))).filter(Boolean));
	if (has('sla')) out.sla = simplePage(slaList(state, base, issue, now));
	if (has('status')) out.status = simplePage(issue.statusHistory.map((e) => statusHistoryDto(state, e)));
	if (has('attachment')) out.attachments = simplePage(issue.attachmentIds.map((id) => attachmentDto(state, base, state.attachments.get(id))));
	if (has('action')) {
		const allowed = { allowed: true };
		out.actions = { addAttachment: allowed, addComment: allowed, addParticipant: allowed, removeParticipant: allowed };
	}
	if (has('comment')) {
		const commentExpand = [has('comment.attachment') && 'attachment', has('comment.renderedBody') && 'renderedBody'].filter(Boolean);
		out.comments = simplePage(issue.comments.filter(commentFilter || (() => true)).map((c) => commentDto(state, base, issue, c, commentExpand)));
	}
	return out;
}

const organizationDto = (base, org) => ({ id: org.id, uuid: org.uuid, name: org.name, scimManaged: false, created: dateDto(org.createdAt), _links: { self: `${sd(base)}/organization/${org.id}` } });

const queueDto = (base, q, issueCount) => {
	const out = { id: q.id, name: q.name, jql: q.jql, fields: q.fields, _links: { self: `${sd(base)}/servicedesk/${q.serviceDeskId}/queue/${q.id}` } };
	if (issueCount !== undefined) out.issueCount = issueCount;
	return out;
};

module.exports = {
	serviceDeskDto, requestTypeDto, createMetaDto, requestDto, commentDto, attachmentDto, approvalDto,
	slaList, statusHistoryDto, organizationDto, queueDto, simplePage,
};
