'use strict';
// What JQL can search here: each field's kind, accessor and value resolver, plus the date and
// function values (relative dates, currentUser(), membersOf()...). Errors use Jira's wording.
const { JqlError } = require('./parse');
const { CF } = require('../catalog');
const { SLA_METRICS, slaCycle } = require('../format/sla');

const DAY = 86400000;
const ENUM_OPS = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const DATE_OPS = ['=', '!=', '>', '>=', '<', '<=', 'is', 'is not'];
const TEXT_OPS = ['~', '!~', 'is', 'is not'];
const SLA_OPS = ['=', '!=', '<', '<=', '>', '>='];

const lower = (s) => String(s).toLowerCase();
const noValue = (field, value) => new JqlError(`The value '${value}' does not exist for the field '${field}'.`);

function byIdOrName(map, field) {
	return (value) => {
		const v = lower(value);
		const hits = [...map.values()].filter((x) => x.id === value || lower(x.name) === v || (x.key && lower(x.key) === v));
		if (!hits.length) throw noValue(field, value);
		return hits.map((x) => x.id);
	};
}

function userResolver(state, field) {
	return (value) => {
		if (state.users.has(value)) return [value];
		const v = lower(value);
		const hits = [...state.users.values()].filter((u) => lower(u.displayName) === v || (u.emailAddress && lower(u.emailAddress) === v));
		if (!hits.length) throw noValue(field, value);
		return hits.map((u) => u.accountId);
	};
}

function textOf(issue, field) {
	if (field === 'summary') return issue.summary;
	if (field === 'description') return issue.description;
	if (field === 'comment') return issue.comments.map((c) => c.body).join('\n');
	return [issue.summary, issue.description, ...issue.comments.map((c) => c.body)].join('\n');
}

/** The fields this sandbox can search: kind, accessor and value resolver. */
function fieldTable(state) {
	const enumField = (get, resolve) => ({ kind: 'enum', ops: ENUM_OPS, get, resolve });
	const multiField = (get, resolve) => ({ kind: 'multi', ops: ENUM_OPS, get, resolve });
	const dateField = (get) => ({ kind: 'date', ops: DATE_OPS, get });
	const textField = (name) => ({ kind: 'text', ops: TEXT_OPS, get: (i) => textOf(i, name) });
	const categories = [...new Map([...state.statuses.values()].map((s) => [String(s.category.id), s.category])).values()];
	const selectField = (id, name) =>
		enumField(
			(i) => i.fieldValues[id] ?? null,
			(value) => {
				const hits = [...state.fieldOptions.values()].filter((o) => o.fieldId === id && (o.id === value || lower(o.value) === lower(value)));
				if (!hits.length) throw noValue(name, value);
				return hits.map((o) => o.id);
			},
		);
	const requestTypes = (value) => {
		const v = lower(value);
		const hits = [...state.requestTypes.values()].filter((rt) => {
			const key = state.projects.get(state.serviceDesks.get(rt.serviceDeskId).projectId).key;
			return rt.id === value || lower(rt.name) === v || lower(`${rt.name} (${key})`) === v;
		});
		if (!hits.length) throw noValue('Request Type', value);
		return hits.map((rt) => rt.id);
	};
	const organizations = (value) => {
		const hits = [...state.organizations.values()].filter((o) => o.id === value || lower(o.name) === lower(value));
		if (!hits.length) throw noValue('Organizations', value);
		return hits.map((o) => o.id);
	};
	/** @type {Record<string, Record<string, any>>} JQL field name → how the search reads and compares it */
	const fields = {
		project: enumField((i) => i.projectId, byIdOrName(state.projects, 'project')),
		issuetype: enumField((i) => i.issueTypeId, byIdOrName(state.issueTypes, 'issuetype')),
		status: enumField((i) => i.statusId, byIdOrName(state.statuses, 'status')),
		statuscategory: enumField(
			(i) => String(state.statuses.get(i.statusId).category.id),
			(value) => {
				const hit = categories.find((c) => String(c.id) === value || lower(c.name) === lower(value) || c.key === lower(value));
				if (!hit) throw noValue('statusCategory', value);
				return [String(hit.id)];
			},
		),
		priority: enumField((i) => i.priorityId, byIdOrName(state.priorities, 'priority')),
		resolution: enumField(
			(i) => i.resolutionId,
			(value) => (lower(value) === 'unresolved' ? [null] : byIdOrName(state.resolutions, 'resolution')(value)),
		),
		reporter: enumField((i) => i.reporterId, userResolver(state, 'reporter')),
		assignee: enumField((i) => i.assigneeId, userResolver(state, 'assignee')),
		creator: enumField((i) => i.creatorId, userResolver(state, 'creator')),
		requesttype: enumField((i) => i.requestTypeId, requestTypes),
		labels: multiField((i) => i.labels, (value) => [value]),
		organizations: multiField((i) => i.organizationIds, organizations),
		participants: multiField((i) => i.participants, userResolver(state, 'Request participants')),
		created: dateField((i) => i.createdAt),
		updated: dateField((i) => i.updatedAt),
		resolved: dateField((i) => i.resolvedAt),
		duedate: { kind: 'day', ops: DATE_OPS, get: (i) => i.dueDate },
		summary: textField('summary'),
		description: textField('description'),
		comment: textField('comment'),
		text: textField('text'),
		key: { kind: 'key', ops: [...ENUM_OPS, '>', '>=', '<', '<='] },
		[CF.AFFECTED_SYSTEM]: selectField(CF.AFFECTED_SYSTEM, 'Affected system'),
		[CF.HR_TOPIC]: selectField(CF.HR_TOPIC, 'HR topic'),
		[CF.LOCATION]: selectField(CF.LOCATION, 'Location'),
		[CF.PREFERRED_DATE]: { kind: 'day', ops: DATE_OPS, get: (i) => i.fieldValues[CF.PREFERRED_DATE] ?? null },
		[CF.AFFECTED_USER]: enumField((i) => i.fieldValues[CF.AFFECTED_USER] ?? null, userResolver(state, 'Affected user')),
	};
	for (const metric of SLA_METRICS) fields[metric.fieldId] = { kind: 'sla', ops: SLA_OPS, metric, cycle: slaCycle };
	return fields;
}

const ALIASES = {
	type: 'issuetype', 'request type': 'requesttype', 'customer request type': 'requesttype', 'cf[10010]': 'requesttype',
	createddate: 'created', updateddate: 'updated', resolutiondate: 'resolved', due: 'duedate',
	issuekey: 'key', id: 'key', issue: 'key', 'cf[10002]': 'organizations', 'request participants': 'participants', 'cf[10026]': 'participants',
	'affected system': CF.AFFECTED_SYSTEM, 'cf[10101]': CF.AFFECTED_SYSTEM, 'hr topic': CF.HR_TOPIC, 'cf[10102]': CF.HR_TOPIC,
	location: CF.LOCATION, 'cf[10103]': CF.LOCATION, 'preferred date': CF.PREFERRED_DATE, 'cf[10104]': CF.PREFERRED_DATE,
	'affected user': CF.AFFECTED_USER, 'cf[10105]': CF.AFFECTED_USER,
	'time to first response': CF.SLA_FIRST_RESPONSE, 'cf[10040]': CF.SLA_FIRST_RESPONSE,
	'time to resolution': CF.SLA_RESOLUTION, 'cf[10041]': CF.SLA_RESOLUTION,
};

const fieldName = (name) => ALIASES[lower(name)] || lower(name);

/** Milliseconds `timeZone` is ahead of UTC at instant `ms`. */
function zoneOffset(ms, timeZone) {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
			.formatToParts(ms)
			.map((p) => [p.type, Number(p.value)]),
	);
	return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant a wall-clock time (given as UTC fields) has in `timeZone`, as Jira reads JQL dates in the searcher's zone. */
function zonedTime(wall, timeZone) {
	if (!timeZone) return wall;
	const guess = wall - zoneOffset(wall, timeZone);
	return wall - zoneOffset(guess, timeZone);
}

/** Parses Jira date values: yyyy-MM-dd[ HH:mm], yyyy/MM/dd[ HH:mm] (in `timeZone`, UTC if none), or relative like -1d, -2w 3d, 4h. */
function parseDate(value, field, now, timeZone) {
	const v = String(value).trim();
	const abs = v.match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/);
	if (abs) return zonedTime(Date.UTC(+abs[1], +abs[2] - 1, +abs[3], +(abs[4] || 0), +(abs[5] || 0)), timeZone);
	const units = { w: 7 * DAY, d: DAY, h: 3600000, m: 60000 };
	const rel = v.match(/^([-+]?)((?:\d+[wdhm]\s*)+)$/i);
	if (rel) {
		const ms = [...rel[2].matchAll(/(\d+)([wdhm])/gi)].reduce((sum, [, n, u]) => sum + Number(n) * units[u.toLowerCase()], 0);
		return now + (rel[1] === '-' ? -ms : ms);
	}
	throw new JqlError(`Date value '${v}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`);
}

function callFunction(fn, env, state) {
	const name = lower(fn.name);
	const d = new Date(env.now);
	const startOfDay = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
	switch (name) {
		case 'currentuser':
			return env.userId ? [env.userId] : [];
		case 'membersof': {
			const group = [...state.groups.values()].find((g) => lower(g.name) === lower(fn.args[0] || ''));
			if (!group) throw new JqlError(`Function 'membersOf' can not generate a list of usernames for group '${fn.args[0]}'; the group does not exist.`);
			return [...group.members];
		}
		case 'now':
			return [env.now];
		case 'startofday':
			return [startOfDay];
		case 'endofday':
			return [startOfDay + DAY - 1];
		case 'startofweek':
			return [startOfDay - ((d.getUTCDay() + 6) % 7) * DAY];
		case 'startofmonth':
			return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)];
		default:
			throw new JqlError(`Unable to find JQL function '${fn.name}(${fn.args.join(', ')})'.`);
	}
}

/** A JQL SLA duration such as "30m", "2h" or "1h 30m" (JSM "Write JQL queries for SLAs": remaining("2h")), in ms. */
function parseSlaDuration(value, fn) {
	const units = { w: 7 * DAY, d: DAY, h: 3600000, m: 60000 };
	const v = String(value ?? '').trim();
	if (!/^-?(\d+[wdhm]\s*)+$/i.test(v)) throw new JqlError(`The duration '${v}' given to the function '${fn}' is invalid: use a duration such as '2h' or '30m'.`);
	const ms = [...v.matchAll(/(\d+)([wdhm])/gi)].reduce((sum, [, n, u]) => sum + Number(n) * units[u.toLowerCase()], 0);
	return v.startsWith('-') ? -ms : ms;
}

module.exports = { fieldTable, fieldName, parseDate, callFunction, parseSlaDuration };
