'use strict';
// Fixed Jira configuration shared by every seed: status categories, statuses, workflows,
// issue types, priorities, resolutions and the custom fields request types use.

const CATEGORY = {
	new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray', jsm: 'NEW' },
	indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow', jsm: 'INDETERMINATE' },
	done: { id: 3, key: 'done', name: 'Done', colorName: 'green', jsm: 'DONE' },
};

const S = {
	WAITING_FOR_SUPPORT: '10001',
	WAITING_FOR_CUSTOMER: '10002',
	IN_PROGRESS: '10003',
	PENDING: '10004',
	RESOLVED: '10005',
	CLOSED: '10006',
	CANCELED: '10007',
	WAITING_FOR_APPROVAL: '10008',
	DECLINED: '10009',
	ESCALATED: '10010',
};

const STATUSES = [
	[S.WAITING_FOR_SUPPORT, 'Waiting for support', 'new'],
	[S.WAITING_FOR_CUSTOMER, 'Waiting for customer', 'indeterminate'],
	[S.IN_PROGRESS, 'In progress', 'indeterminate'],
	[S.PENDING, 'Pending', 'indeterminate'],
	[S.RESOLVED, 'Resolved', 'done'],
	[S.CLOSED, 'Closed', 'done'],
	[S.CANCELED, 'Canceled', 'done'],
	[S.WAITING_FOR_APPROVAL, 'Waiting for approval', 'indeterminate'],
	[S.DECLINED, 'Declined', 'done'],
	[S.ESCALATED, 'Escalated', 'indeterminate'],
].map(([id, name, category]) => ({ id, name, category: CATEGORY[category] }));

// `customer: true` transitions are the ones a customer sees in the portal (JSM customer transitions).
// `system: true` ones are fired by approvals, never offered to users.
// `screen` lists the fields of a transition's screen: POST /rest/api/3/issue/{key}/transitions "performs an issue
// transition and, if the transition has a screen, updates the fields from the transition screen" (Jira Cloud platform
// REST v3, Transition issue); a transition without one takes no fields.
const TRANSITIONS = {
	11: { name: 'Start progress', from: [S.WAITING_FOR_SUPPORT, S.WAITING_FOR_CUSTOMER, S.PENDING, S.ESCALATED], to: S.IN_PROGRESS },
	21: { name: 'Respond to customer', from: [S.WAITING_FOR_SUPPORT, S.IN_PROGRESS], to: S.WAITING_FOR_CUSTOMER },
	31: { name: 'Respond to support', from: [S.WAITING_FOR_CUSTOMER], to: S.WAITING_FOR_SUPPORT, customer: true },
	41: { name: 'Mark as pending', from: [S.IN_PROGRESS], to: S.PENDING },
	51: { name: 'Resolve this issue', from: [S.WAITING_FOR_SUPPORT, S.WAITING_FOR_CUSTOMER, S.IN_PROGRESS, S.PENDING, S.ESCALATED], to: S.RESOLVED, resolution: '10000', screen: ['resolution'] },
	61: { name: 'Close', from: [S.RESOLVED], to: S.CLOSED },
	71: { name: 'Reopen', from: [S.RESOLVED], to: S.WAITING_FOR_SUPPORT, customer: true },
	81: { name: 'Cancel request', from: [S.WAITING_FOR_SUPPORT, S.WAITING_FOR_CUSTOMER, S.WAITING_FOR_APPROVAL], to: S.CANCELED, customer: true, resolution: '10001' },
	91: { name: 'Escalate', from: [S.WAITING_FOR_SUPPORT, S.IN_PROGRESS], to: S.ESCALATED, screen: ['priority'] },
	101: { name: 'Approve', from: [S.WAITING_FOR_APPROVAL], to: S.WAITING_FOR_SUPPORT, system: true },
	111: { name: 'Decline', from: [S.WAITING_FOR_APPROVAL], to: S.DECLINED, system: true, resolution: '10002' },
};

const BASE_TRANSITIONS = ['11', '21', '31', '41', '51', '61', '71', '81'];
const WORKFLOWS = {
	'service-request': { initial: S.WAITING_FOR_SUPPORT, transitions: BASE_TRANSITIONS },
	approval: { initial: S.WAITING_FOR_APPROVAL, transitions: [...BASE_TRANSITIONS, '101', '111'] },
	incident: { initial: S.WAITING_FOR_SUPPORT, transitions: [...BASE_TRANSITIONS, '91'] },
};

const ISSUE_TYPES = [
	{ id: '10001', name: 'Service Request', workflow: 'service-request', description: 'Requests for help or information.' },
	{ id: '10002', name: 'Service Request with Approvals', workflow: 'approval', description: 'Requests that need approval.' },
	{ id: '10003', name: 'Incident', workflow: 'incident', description: 'For system outages or incidents.' },
	{ id: '10004', name: 'Problem', workflow: 'service-request', description: 'Track underlying causes of incidents.' },
	{ id: '10005', name: 'Change', workflow: 'approval', description: 'Requests to change IT systems.' },
	{ id: '10006', name: 'Task', workflow: 'service-request', description: 'A small piece of work.' },
	{ id: '10007', name: 'Sub-task', workflow: 'service-request', description: 'A small piece of a larger task.', subtask: true },
];

const PRIORITIES = [
	{ id: '1', name: 'Highest', statusColor: '#d04437' },
	{ id: '2', name: 'High', statusColor: '#f15C75' },
	{ id: '3', name: 'Medium', statusColor: '#f79232' },
	{ id: '4', name: 'Low', statusColor: '#707070' },
	{ id: '5', name: 'Lowest', statusColor: '#999999' },
];

const RESOLUTIONS = [
	{ id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
	{ id: '10001', name: "Won't Do", description: 'This issue won\'t be actioned.' },
	{ id: '10002', name: 'Declined', description: 'This issue was not approved.' },
	{ id: '10003', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' },
];

const CF = {
	REQUEST_TYPE: 'customfield_10010',
	ORGANIZATIONS: 'customfield_10002',
	PARTICIPANTS: 'customfield_10026',
	SATISFACTION: 'customfield_10030',
	SLA_FIRST_RESPONSE: 'customfield_10040',
	SLA_RESOLUTION: 'customfield_10041',
	AFFECTED_SYSTEM: 'customfield_10101',
	HR_TOPIC: 'customfield_10102',
	LOCATION: 'customfield_10103',
	PREFERRED_DATE: 'customfield_10104',
	AFFECTED_USER: 'customfield_10105',
	NEEDED_BY: 'customfield_10106',
	OFFICE_FLOOR: 'customfield_10107',
	DEVICE: 'customfield_10108',
};

const SELECT_OPTIONS = {
	[CF.AFFECTED_SYSTEM]: ['Email', 'VPN', 'Laptop', 'Wi-Fi', 'Printer', 'SAP', 'Slack', 'Jira'],
	[CF.HR_TOPIC]: ['Payroll', 'Benefits', 'Leave', 'Onboarding', 'Offboarding', 'Personal details'],
	[CF.LOCATION]: ['Sydney HQ', 'London office', 'Berlin office', 'New York office', 'Remote'],
};

// Cascading select: parent option -> child options.
const CASCADE_OPTIONS = {
	[CF.OFFICE_FLOOR]: { 'Sydney HQ': ['Level 1', 'Level 2', 'Level 3'], 'Berlin office': ['Ground floor', 'Level 1'], Remote: [] },
};

const customSchema = (type, custom, id, items) => ({
	type,
	...(items ? { items } : {}),
	custom: `com.atlassian.jira.plugin.system.customfieldtypes:${custom}`,
	customId: Number(id.split('_')[1]),
});

/**
 * A field as Jira describes it (GET /rest/api/3/field): its `schema` types its values.
 * @typedef {{ type: string, items?: string, system?: string, custom?: string, customId?: number }} FieldSchema
 * @typedef {{ id: string, name: string, clauseNames: string[], schema: FieldSchema }} FieldDef
 */

/** Custom fields: id, name, JQL clause names, schema. @type {FieldDef[]} */
const CUSTOM_FIELDS = [
	{ id: CF.REQUEST_TYPE, name: 'Request Type', clauseNames: ['Request Type', 'cf[10010]', 'requestType'], schema: { type: 'sd-customerrequesttype', custom: 'com.atlassian.servicedesk:vp-origin', customId: 10010 } },
	{ id: CF.ORGANIZATIONS, name: 'Organizations', clauseNames: ['Organizations', 'cf[10002]', 'organizations'], schema: { type: 'array', items: 'sd-customerorganization', custom: 'com.atlassian.servicedesk:sd-customer-organizations', customId: 10002 } },
	{ id: CF.PARTICIPANTS, name: 'Request participants', clauseNames: ['Request participants', 'cf[10026]', 'participants'], schema: { type: 'array', items: 'user', custom: 'com.atlassian.servicedesk:sd-request-participants', customId: 10026 } },
	{ id: CF.SATISFACTION, name: 'Satisfaction', clauseNames: ['Satisfaction', 'cf[10030]'], schema: { type: 'sd-feedback', custom: 'com.atlassian.servicedesk:sd-request-feedback', customId: 10030 } },
	// SLA fields as Jira Cloud lists them in GET /rest/api/3/field (e.g. demisto/content's Jira fixtures: type
	// sd-servicelevelagreement, custom com.atlassian.servicedesk:sd-sla-field; the id differs from site to site).
	{ id: CF.SLA_FIRST_RESPONSE, name: 'Time to first response', clauseNames: ['Time to first response', 'cf[10040]'], schema: { type: 'sd-servicelevelagreement', custom: 'com.atlassian.servicedesk:sd-sla-field', customId: 10040 } },
	{ id: CF.SLA_RESOLUTION, name: 'Time to resolution', clauseNames: ['Time to resolution', 'cf[10041]'], schema: { type: 'sd-servicelevelagreement', custom: 'com.atlassian.servicedesk:sd-sla-field', customId: 10041 } },
	{ id: CF.AFFECTED_SYSTEM, name: 'Affected system', clauseNames: ['Affected system', 'cf[10101]'], schema: customSchema('option', 'select', CF.AFFECTED_SYSTEM) },
	{ id: CF.HR_TOPIC, name: 'HR topic', clauseNames: ['HR topic', 'cf[10102]'], schema: customSchema('option', 'select', CF.HR_TOPIC) },
	{ id: CF.LOCATION, name: 'Location', clauseNames: ['Location', 'cf[10103]'], schema: customSchema('option', 'select', CF.LOCATION) },
	{ id: CF.PREFERRED_DATE, name: 'Preferred date', clauseNames: ['Preferred date', 'cf[10104]'], schema: customSchema('date', 'datepicker', CF.PREFERRED_DATE) },
	{ id: CF.AFFECTED_USER, name: 'Affected user', clauseNames: ['Affected user', 'cf[10105]'], schema: customSchema('user', 'userpicker', CF.AFFECTED_USER) },
	{ id: CF.NEEDED_BY, name: 'Needed by', clauseNames: ['Needed by', 'cf[10106]'], schema: customSchema('datetime', 'datetime', CF.NEEDED_BY) },
	{ id: CF.OFFICE_FLOOR, name: 'Office and floor', clauseNames: ['Office and floor', 'cf[10107]'], schema: customSchema('option-with-child', 'cascadingselect', CF.OFFICE_FLOOR) },
	// Assets object field as Jira Cloud describes it (Assets objects are referenced by workspace and object ID).
	{ id: CF.DEVICE, name: 'Device', clauseNames: ['Device', 'cf[10108]'], schema: { type: 'array', items: 'cmdb-object', custom: 'com.atlassian.jira.plugins.cmdb:cmdb-object-cftype', customId: 10108 } },
];

const SYSTEM_FIELDS = [
	['summary', 'Summary', { type: 'string', system: 'summary' }, ['summary']],
	['description', 'Description', { type: 'string', system: 'description' }, ['description']],
	['issuetype', 'Issue Type', { type: 'issuetype', system: 'issuetype' }, ['issuetype', 'type']],
	['project', 'Project', { type: 'project', system: 'project' }, ['project']],
	['status', 'Status', { type: 'status', system: 'status' }, ['status']],
	['priority', 'Priority', { type: 'priority', system: 'priority' }, ['priority']],
	['reporter', 'Reporter', { type: 'user', system: 'reporter' }, ['reporter']],
	['assignee', 'Assignee', { type: 'user', system: 'assignee' }, ['assignee']],
	['creator', 'Creator', { type: 'user', system: 'creator' }, ['creator']],
	['created', 'Created', { type: 'datetime', system: 'created' }, ['created', 'createdDate']],
	['updated', 'Updated', { type: 'datetime', system: 'updated' }, ['updated', 'updatedDate']],
	['resolution', 'Resolution', { type: 'resolution', system: 'resolution' }, ['resolution']],
	['resolutiondate', 'Resolved', { type: 'datetime', system: 'resolutiondate' }, ['resolutiondate', 'resolved']],
	['statuscategorychangedate', 'Status Category Changed', { type: 'datetime', system: 'statuscategorychangedate' }, ['statusCategoryChangedDate']],
	['labels', 'Labels', { type: 'array', items: 'string', system: 'labels' }, ['labels']],
	['duedate', 'Due date', { type: 'date', system: 'duedate' }, ['due', 'duedate']],
	['comment', 'Comment', { type: 'comments-page', system: 'comment' }, ['comment']],
	['attachment', 'Attachment', { type: 'array', items: 'attachment', system: 'attachment' }, ['attachments']],
	['issuelinks', 'Linked Issues', { type: 'array', items: 'issuelinks', system: 'issuelinks' }, ['issueLink']],
	['subtasks', 'Sub-tasks', { type: 'array', items: 'issuelinks', system: 'subtasks' }, ['subtasks']],
	['parent', 'Parent', { type: 'issuelink', system: 'parent' }, ['parent']],
].map(([id, name, schema, clauseNames]) => /** @type {FieldDef} */ ({ id, name, schema, clauseNames }));

module.exports = { S, STATUSES, TRANSITIONS, WORKFLOWS, ISSUE_TYPES, PRIORITIES, RESOLUTIONS, CF, SELECT_OPTIONS, CASCADE_OPTIONS, CUSTOM_FIELDS, SYSTEM_FIELDS };
