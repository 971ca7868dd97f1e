'use strict';
// Turns a parsed JQL query into a predicate and a comparator over issue records.
const { parse, JqlError } = require('./parse');
const { fieldTable, fieldName, parseDate, callFunction, parseSlaDuration } = require('./fields');

const lower = (s) => String(s).toLowerCase();

function operandValues(operand) {
	return operand.kind === 'list' ? operand.values : [operand];
}

function keyParts(value, state) {
	const issueId = /^\d+$/.test(value) ? value : state.issueKeys.get(String(value).toUpperCase());
	const m = String(value).toUpperCase().match(/^([A-Z][A-Z0-9_]*)-(\d+)$/);
	if (!issueId && !m) throw new JqlError(`The issue key '${value}' for field 'key' is invalid.`);
	return { issueId, project: m && m[1], number: m ? Number(m[2]) : null };
}

function buildClause(clause, state, env, fields) {
	const name = fieldName(clause.field);
	const field = fields[name];
	if (!field) throw new JqlError(`Field '${clause.field}' does not exist or you do not have permission to view it.`);
	const op = clause.operator;
	if (!field.ops.includes(op)) throw new JqlError(`The operator '${op.toUpperCase()}' is not supported by the '${clause.field}' field.`);
	const values = operandValues(clause.operand);
	const wantsEmpty = values.some((v) => v.kind === 'empty');
	const negative = op === '!=' || op === 'not in' || op === '!~';

	if (op === 'is' || op === 'is not' || (clause.operand.kind === 'empty' && (op === '=' || op === '!='))) {
		const isEmpty = (i) => {
			if (field.kind === 'key') return false;
			const v = field.get(i);
			return v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length);
		};
		return op === 'is' || op === '=' ? isEmpty : (i) => !isEmpty(i);
	}

	const resolveEnum = () => {
		const set = new Set();
		for (const v of values) {
			if (v.kind === 'empty') continue;
			const ids = v.kind === 'function' ? callFunction(v, env, state) : field.resolve(v.value);
			ids.forEach((id) => set.add(id));
		}
		return set;
	};

	switch (field.kind) {
		case 'enum': {
			const set = resolveEnum();
			const matches = (i) => {
				const v = field.get(i);
				return v === null || v === undefined ? wantsEmpty || set.has(null) : set.has(v);
			};
			// Jira leaves issues with an empty field out of != and NOT IN.
			return negative ? (i) => field.get(i) !== null && field.get(i) !== undefined && !matches(i) : matches;
		}
		case 'multi': {
			const set = resolveEnum();
			const matches = (i) => field.get(i).some((x) => set.has(x)) || (wantsEmpty && !field.get(i).length);
			return negative ? (i) => field.get(i).length > 0 && !matches(i) : matches;
		}
		case 'date':
		case 'day': {
			const v = values[0];
			// Date-times are read in the searcher's time zone; plain days (due date) have none.
			let ms = v.kind === 'function' ? callFunction(v, env, state)[0] : parseDate(v.value, clause.field, env.now, field.kind === 'date' ? env.timeZone : undefined);
			let get = field.get;
			if (field.kind === 'day') {
				ms = Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth(), new Date(ms).getUTCDate());
				get = (i) => (field.get(i) ? Date.parse(`${field.get(i)}T00:00:00Z`) : null);
			}
			const cmp = { '=': (a) => a === ms, '!=': (a) => a !== ms, '>': (a) => a > ms, '>=': (a) => a >= ms, '<': (a) => a < ms, '<=': (a) => a <= ms }[op];
			return (i) => {
				const a = get(i);
				return a !== null && a !== undefined && cmp(a);
			};
		}
		case 'text': {
			const terms = lower(values[0].value || '').replace(/[*?"]/g, ' ').split(/\s+/).filter(Boolean);
			const matches = (i) => {
				const haystack = lower(field.get(i) || '');
				return terms.every((t) => haystack.includes(t));
			};
			return op === '~' ? matches : (i) => !matches(i);
		}
		case 'key': {
			const parts = values.map((v) => keyParts(v.value, state));
			if (['>', '>=', '<', '<='].includes(op)) {
				const ref = parts[0];
				const cmp = { '>': (a) => a > ref.number, '>=': (a) => a >= ref.number, '<': (a) => a < ref.number, '<=': (a) => a <= ref.number }[op];
				return (i) => {
					const [project, n] = i.key.split('-');
					return project === ref.project && cmp(Number(n));
				};
			}
			const ids = new Set(parts.map((k) => k.issueId).filter(Boolean));
			return negative ? (i) => !ids.has(i.id) : (i) => ids.has(i.id);
		}
		case 'sla':
			return slaClause(clause, field, env);
		default:
			throw new JqlError(`Field '${clause.field}' does not exist or you do not have permission to view it.`);
	}
}

/**
 * JSM's SLA conditions ("Reporting on SLAs", confluence.atlassian.com/servicedesk025/reporting-on-slas-754977517.html;
 * "Write JQL queries for SLAs", support.atlassian.com/jira-service-management-cloud/docs/write-jql-queries-for-slas/):
 * state functions with = and != (breached(): the last cycle, completed or ongoing, breached; everBreached();
 * completed(); running(): ongoing and not paused; paused()), and durations with <, <=, >, >= (remaining("2h"),
 * elapsed("2h")), which "only apply to SLAs whose last cycle is ongoing (running or paused)". A breached
 * cycle's remaining time is below zero, so `< remaining("30m")` also finds it. The sandbox's SLAs have one cycle.
 */
function slaClause(clause, field, env) {
	const fn = clause.operand.kind === 'function' ? clause.operand : null;
	const name = fn ? fn.name.toLowerCase() : '';
	const cycleOf = (i) => field.cycle(i, field.metric, env.now);
	const states = {
		breached: (c) => c.breached,
		everbreached: (c) => c.breached,
		completed: (c) => !c.ongoing,
		running: (c) => c.ongoing && !c.paused,
		paused: (c) => c.paused,
	};
	if (clause.operator === '=' || clause.operator === '!=') {
		const test = states[name];
		if (!test) throw new JqlError(`The operator '${clause.operator}' is not supported by the '${clause.field}' field with this value: use breached(), everBreached(), completed(), running() or paused().`);
		return clause.operator === '=' ? (i) => test(cycleOf(i)) : (i) => !test(cycleOf(i));
	}
	if (name !== 'remaining' && name !== 'elapsed') throw new JqlError(`The operator '${clause.operator}' is not supported by the '${clause.field}' field with this value: use remaining() or elapsed().`);
	const limit = parseSlaDuration(fn.args[0], fn.name);
	const cmp = { '<': (a) => a < limit, '<=': (a) => a <= limit, '>': (a) => a > limit, '>=': (a) => a >= limit }[clause.operator];
	return (i) => {
		const c = cycleOf(i);
		return c.ongoing && cmp(name === 'remaining' ? c.remaining : env.now - c.start);
	};
}

function buildPredicate(node, state, env, fields) {
	if (node.type === 'and') {
		const parts = node.items.map((n) => buildPredicate(n, state, env, fields));
		return (i) => parts.every((p) => p(i));
	}
	if (node.type === 'or') {
		const parts = node.items.map((n) => buildPredicate(n, state, env, fields));
		return (i) => parts.some((p) => p(i));
	}
	if (node.type === 'not') {
		const inner = buildPredicate(node.expr, state, env, fields);
		return (i) => !inner(i);
	}
	return buildClause(node, state, env, fields);
}

const keyRank = (i) => {
	const [project, n] = i.key.split('-');
	return [project, Number(n)];
};

function sortValue(state, field) {
	switch (fieldName(field)) {
		case 'created': return (i) => i.createdAt;
		case 'updated': return (i) => i.updatedAt;
		case 'resolved': return (i) => i.resolvedAt ?? -Infinity;
		case 'duedate': return (i) => i.dueDate || '';
		case 'key': return keyRank;
		case 'priority': return (i) => 6 - Number(i.priorityId);
		case 'status': return (i) => state.statuses.get(i.statusId).name;
		case 'summary': return (i) => lower(i.summary);
		case 'project': return (i) => state.projects.get(i.projectId).key;
		case 'issuetype': return (i) => state.issueTypes.get(i.issueTypeId).name;
		case 'assignee': return (i) => i.assigneeId || '';
		case 'reporter': return (i) => i.reporterId || '';
		default: throw new JqlError(`Field '${field}' does not exist or you do not have permission to view it.`);
	}
}

function compare(a, b) {
	if (Array.isArray(a)) {
		for (let k = 0; k < a.length; k++) {
			const c = compare(a[k], b[k]);
			if (c) return c;
		}
		return 0;
	}
	return a < b ? -1 : a > b ? 1 : 0;
}

function buildComparator(state, orderBy) {
	const keys = (orderBy.length ? orderBy : [{ field: 'created', direction: 'desc' }]).map((o) => ({ value: sortValue(state, o.field), sign: o.direction === 'desc' ? -1 : 1 }));
	return (a, b) => {
		for (const k of keys) {
			const c = compare(k.value(a), k.value(b)) * k.sign;
			if (c) return c;
		}
		return Number(b.id) - Number(a.id);
	};
}

const astCache = new Map();

function parseCached(jql) {
	let ast = astCache.get(jql);
	if (!ast) {
		ast = parse(jql);
		if (astCache.size > 500) astCache.clear();
		astCache.set(jql, ast);
	}
	return ast;
}

/** Compiles `jql` for a viewer: { ast, where (predicate or null), compare }. Throws JqlError. */
function compileJql(jql, state, env) {
	const ast = parseCached(String(jql || ''));
	const fields = fieldTable(state);
	return {
		ast,
		where: ast.where ? buildPredicate(ast.where, state, env, fields) : null,
		compare: buildComparator(state, ast.orderBy),
	};
}

/** Runs a query over every issue, sorted. */
function runJql(jql, state, env) {
	const { where, compare: cmp } = compileJql(jql, state, env);
	const out = [];
	for (const issue of state.issues.values()) if (!where || where(issue)) out.push(issue);
	return out.sort(cmp);
}

module.exports = { compileJql, runJql, JqlError, fieldName, parseCached };
