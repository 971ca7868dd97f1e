'use strict';
// Platform REST (v3, and v2 where text is wiki strings instead of ADF) renderings of issues and
// their parts. `base` is the URL the caller used (site URL or OAuth gateway prefix).
const { SYSTEM_FIELDS, CUSTOM_FIELDS, CF } = require('../catalog');
const { metricOfField, slaDto } = require('./sla');
const { jiraTime, dateDto } = require('./dates');
const { textToAdf, textToHtml } = require('./adf');
const { platformUser } = require('./users');

const FIELD_DEFS = new Map([...SYSTEM_FIELDS, ...CUSTOM_FIELDS].map((f) => [f.id, f]));
const ALL_FIELDS = [...FIELD_DEFS.keys()].filter((id) => id !== 'parent');
const rest = (base, v) => `${base}/rest/api/${v}`;

const categoryBean = (base, c, v) => ({ self: `${rest(base, v)}/statuscategory/${c.id}`, id: c.id, key: c.key, colorName: c.colorName, name: c.name });

const statusBean = (base, s, v = 3) => ({
	self: `${rest(base, v)}/status/${s.id}`,
	description: '',
	iconUrl: `${base}/images/icons/statuses/generic.png`,
	name: s.name,
	untranslatedName: s.name,
	id: s.id,
	statusCategory: categoryBean(base, s.category, v),
});

const issueTypeBean = (base, t, v = 3) => ({
	self: `${rest(base, v)}/issuetype/${t.id}`,
	id: t.id,
	description: t.description,
	iconUrl: `${base}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${10300 + Number(t.id) % 100}?size=medium`,
	name: t.name,
	subtask: !!t.subtask,
	avatarId: 10300 + (Number(t.id) % 100),
	hierarchyLevel: t.subtask ? -1 : 0,
});

const projectAvatars = (base, project) => {
	const out = {};
	for (const size of [48, 24, 16, 32]) out[`${size}x${size}`] = `${base}/rest/api/2/universal_avatar/view/type/project/avatar/${project.avatarId}?size=${size}`;
	return out;
};

const projectRef = (base, p, v = 3) => ({
	self: `${rest(base, v)}/project/${p.id}`,
	id: p.id,
	key: p.key,
	name: p.name,
	projectTypeKey: p.projectTypeKey,
	simplified: false,
	avatarUrls: projectAvatars(base, p),
});

const priorityBean = (base, p, v = 3) => ({ self: `${rest(base, v)}/priority/${p.id}`, iconUrl: `${base}/images/icons/priorities/${p.name.toLowerCase()}.svg`, name: p.name, id: p.id });
const resolutionBean = (base, r, v = 3) => ({ self: `${rest(base, v)}/resolution/${r.id}`, id: r.id, description: r.description, name: r.name });
const optionBean = (base, o) => ({ self: `${base}/rest/api/3/customFieldOption/${o.id}`, value: o.value, id: o.id });

/** A cascading select value `{ parentId, childId }` as Jira shows it: the parent option with its `child`. */
function cascadeBean(state, base, { parentId, childId }) {
	const out = optionBean(base, state.fieldOptions.get(parentId));
	if (childId) out.child = optionBean(base, state.fieldOptions.get(childId));
	return out;
}

function requestTypeValue(state, base, issue) {
	const rt = state.requestTypes.get(issue.requestTypeId);
	if (!rt) return null;
	const status = state.statuses.get(issue.statusId);
	return {
		_links: {
			jiraRest: `${base}/rest/api/2/issue/${issue.id}`,
			web: `${base}/servicedesk/customer/portal/${rt.portalId}/${issue.key}`,
			agent: `${base}/browse/${issue.key}`,
			self: `${base}/rest/servicedeskapi/request/${issue.id}`,
		},
		requestType: { _links: { self: `${base}/rest/servicedeskapi/servicedesk/${rt.serviceDeskId}/requesttype/${rt.id}` }, id: rt.id, name: rt.name, description: rt.description, helpText: rt.helpText, issueTypeId: rt.issueTypeId, serviceDeskId: rt.serviceDeskId, portalId: rt.portalId, groupIds: rt.groupIds },
		currentStatus: { status: status.name, statusCategory: status.category.jsm, statusDate: dateDto(issue.statusChangedAt) },
	};
}

/**
 * CommentJsonBean. Jira Data Center (`dataCenter`) has no `jsdPublic` (absent from CommentJsonBean in the DC 10.3
 * file; https://github.com/pycontribs/jira/issues/1011): JSM keeps the visibility in the `sd.public.comment` property,
 * listed with expand=properties (`withProperties`).
 */
function commentBean(state, base, issue, comment, v = 3, { dataCenter = false, withProperties = false } = {}) {
	const out = {
		self: `${rest(base, v)}/issue/${issue.id}/comment/${comment.id}`,
		id: comment.id,
		author: platformUser(base, state.users.get(comment.authorId), v),
		body: v === 3 ? comment.adf || textToAdf(comment.body) : comment.body,
		updateAuthor: platformUser(base, state.users.get(comment.updateAuthorId), v),
		created: jiraTime(comment.createdAt),
		updated: jiraTime(comment.updatedAt),
		jsdPublic: comment.public,
	};
	if (dataCenter) {
		delete out.jsdPublic;
		if (withProperties) out.properties = issue.serviceDeskId ? [{ key: 'sd.public.comment', value: { internal: !comment.public } }] : [];
		return out;
	}
	if (issue.serviceDeskId) out.jsdAuthorCanSeeRequest = true;
	return out;
}

function attachmentBean(state, base, a, v = 3) {
	const out = {
		self: `${rest(base, v)}/attachment/${a.id}`,
		id: a.id,
		filename: a.filename,
		author: platformUser(base, state.users.get(a.authorId), v),
		created: jiraTime(a.createdAt),
		size: a.size,
		mimeType: a.mimeType,
		content: `${rest(base, v)}/attachment/content/${a.id}`,
	};
	if (a.mimeType.startsWith('image/')) out.thumbnail = `${rest(base, v)}/attachment/thumbnail/${a.id}`;
	return out;
}

// The description types from/to as strings, so empty sides are left out rather than null.
const changeItems = (items) => items.map((item) => Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null)));

const changelogBean = (state, base, entry, v = 3) => ({
	id: entry.id,
	author: platformUser(base, state.users.get(entry.authorId), v),
	created: jiraTime(entry.createdAt),
	items: changeItems(entry.items),
});

function fieldValue(state, base, issue, id, v, now) {
	const metric = metricOfField(id);
	if (metric) return slaDto(base, issue, metric, now);
	const user = (accountId) => platformUser(base, state.users.get(accountId), v);
	switch (id) {
		case 'summary': return issue.summary;
		case 'description': return issue.description ? (v === 3 ? issue.descriptionAdf || textToAdf(issue.description) : issue.description) : null;
		case 'issuetype': return issueTypeBean(base, state.issueTypes.get(issue.issueTypeId), v);
		case 'project': return projectRef(base, state.projects.get(issue.projectId), v);
		case 'status': return statusBean(base, state.statuses.get(issue.statusId), v);
		case 'priority': return priorityBean(base, state.priorities.get(issue.priorityId), v);
		case 'reporter': return user(issue.reporterId);
		case 'assignee': return user(issue.assigneeId);
		case 'creator': return user(issue.creatorId);
		case 'created': return jiraTime(issue.createdAt);
		case 'updated': return jiraTime(issue.updatedAt);
		case 'resolution': return issue.resolutionId ? resolutionBean(base, state.resolutions.get(issue.resolutionId), v) : null;
		case 'resolutiondate': return issue.resolvedAt ? jiraTime(issue.resolvedAt) : null;
		case 'statuscategorychangedate': return jiraTime(issue.statusChangedAt);
		case 'labels': return issue.labels;
		case 'duedate': return issue.dueDate;
		case 'comment': {
			const comments = issue.comments.map((c) => commentBean(state, base, issue, c, v));
			return { comments, self: `${rest(base, v)}/issue/${issue.id}/comment`, maxResults: comments.length, total: comments.length, startAt: 0 };
		}
		case 'attachment': return issue.attachmentIds.map((a) => attachmentBean(state, base, state.attachments.get(a), v));
		case 'issuelinks':
		case 'subtasks': return [];
		case CF.REQUEST_TYPE: return requestTypeValue(state, base, issue);
		case CF.ORGANIZATIONS: return issue.organizationIds.map((oid) => state.organizations.get(oid)).filter(Boolean).map((o) => ({ id: o.id, name: o.name, uuid: o.uuid, _links: { self: `${base}/rest/servicedeskapi/organization/${o.id}` } }));
		case CF.PARTICIPANTS: return issue.participants.map(user).filter(Boolean);
		case CF.SATISFACTION: return issue.feedback ? { rating: issue.feedback.rating } : null;
		default: return customValue(state, base, issue, id, v);
	}
}

function customValue(state, base, issue, id, v) {
	const raw = issue.fieldValues[id];
	if (raw === undefined || raw === null) return null;
	const type = FIELD_DEFS.get(id).schema.type;
	if (type === 'option') return optionBean(base, state.fieldOptions.get(raw));
	if (type === 'option-with-child') return cascadeBean(state, base, raw);
	if (type === 'user') return platformUser(base, state.users.get(raw), v);
	return raw;
}

/** Field ids selected by a Jira `fields` parameter (`*all`, `*navigable`, `-x`, names). */
function selectFields(requested, fallback) {
	const tokens = [].concat(requested && requested.length ? requested : fallback).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);
	const include = new Set();
	const exclude = new Set();
	for (const t of tokens) {
		if (t === '*all' || t === '*navigable') ALL_FIELDS.forEach((f) => include.add(f));
		else if (t.startsWith('-')) exclude.add(t.slice(1));
		else include.add(t);
	}
	if (!include.size && exclude.size) ALL_FIELDS.forEach((f) => include.add(f));
	return [...include].filter((f) => !exclude.has(f) && FIELD_DEFS.has(f));
}

const EXPANDED_HISTORIES = 100;
// search/jql with expand=changelog shows at most 40 entries per issue; Atlassian's answer is to page
// GET /rest/api/3/issue/{issueIdOrKey}/changelog (https://jira.atlassian.com/browse/JRACLOUD-96459).
const SEARCH_HISTORIES = 40;
const ISSUE_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations,customfield_10010.requestTypePractice';

/**
 * IssueBean. `fields`: list of field ids; `expand`: list of expand names; `inSearch`: the issue is a
 * search/jql result, whose expanded changelog is shorter; `dataCenter`: Jira Data Center's rendering;
 * `now`: the site's clock, for SLA fields.
 * @param {*} state
 * @param {string} base
 * @param {*} issue
 * @param {{ fields: string[], expand?: string[], v?: number, transitions?: object[], inSearch?: boolean, dataCenter?: boolean, now?: number }} options
 */
function issueBean(state, base, issue, { fields, expand = [], v = 3, transitions, inSearch = false, dataCenter = false, now = Date.now() }) {
	const out = { expand: ISSUE_EXPAND, id: issue.id, self: `${rest(base, v)}/issue/${issue.id}`, key: issue.key };
	if (fields.length) {
		out.fields = {};
		for (const id of fields) out.fields[id] = fieldValue(state, base, issue, id, v, now);
	}
	if (expand.includes('renderedFields')) {
		out.renderedFields = { description: issue.description ? textToHtml(issue.description) : null, created: dateDto(issue.createdAt).friendly, updated: dateDto(issue.updatedAt).friendly };
	}
	if (expand.includes('names')) out.names = Object.fromEntries(fields.map((id) => [id, FIELD_DEFS.get(id).name]));
	if (expand.includes('schema')) out.schema = Object.fromEntries(fields.map((id) => [id, FIELD_DEFS.get(id).schema]));
	if (expand.includes('changelog') && dataCenter) {
		// Data Center expands the whole history, oldest first, in the issue and in search results alike ("changelog -
		// history of all changes of the given issue", DC 10.3 file; the Cloud caps are JRACLOUD-67458 / JRACLOUD-96459).
		const histories = issue.changelog.map((e) => changelogBean(state, base, e, v));
		out.changelog = { startAt: 0, maxResults: histories.length, total: histories.length, histories };
	} else if (expand.includes('changelog')) {
		// Like Jira: the most recent entries, newest first; the changelog endpoint serves the rest. In search
		// results `total` is the page's own size (PageOfChangelogs.total: "The number of results on the page").
		const histories = issue.changelog.slice(-(inSearch ? SEARCH_HISTORIES : EXPANDED_HISTORIES)).reverse().map((e) => changelogBean(state, base, e, v));
		out.changelog = { startAt: 0, maxResults: histories.length, total: inSearch ? histories.length : issue.changelog.length, histories };
	}
	if (expand.includes('transitions') && transitions) out.transitions = transitions.map((t) => transitionBean(state, base, t, v));
	return out;
}

/** The fields of a transition screen as `expand=transitions.fields` describes them. */
const SCREEN_FIELDS = {
	resolution: (state, base, v) => ({
		required: false, schema: { type: 'resolution', system: 'resolution' }, name: 'Resolution', key: 'resolution', hasDefaultValue: false,
		operations: ['set'], allowedValues: [...state.resolutions.values()].map((r) => resolutionBean(base, r, v)),
	}),
	priority: (state, base, v) => ({
		required: false, schema: { type: 'priority', system: 'priority' }, name: 'Priority', key: 'priority', hasDefaultValue: true,
		operations: ['set'], allowedValues: [...state.priorities.values()].map((p) => priorityBean(base, p, v)),
	}),
};

const transitionBean = (state, base, t, v = 3, { withFields = false } = {}) => {
	const screen = t.screen || [];
	const bean = {
		id: t.id,
		name: t.name,
		to: statusBean(base, state.statuses.get(t.to), v),
		hasScreen: screen.length > 0,
		isGlobal: false,
		isInitial: false,
		isAvailable: true,
		isConditional: false,
		isLooped: false,
	};
	if (withFields) bean.fields = Object.fromEntries(screen.map((fieldId) => [fieldId, SCREEN_FIELDS[fieldId](state, base, v)]));
	return bean;
};

module.exports = {
	FIELD_DEFS, ALL_FIELDS, changeItems, issueTypeBean, projectAvatars, priorityBean, cascadeBean,
	commentBean, attachmentBean, changelogBean, issueBean, transitionBean, selectFields,
};
