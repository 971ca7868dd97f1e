'use strict';
// The alert search language of JSM Operations (listAlerts `query`; "Search syntax for alerts",
// operations-help.atlassian.net/wiki/spaces/OPSHELP/pages/8028374, Opsgenie's syntax): `field: value` or
// `field = value` terms, quoted phrases, a trailing `*` for a prefix, AND / OR / NOT and parentheses; a bare
// word searches the message. Unknown fields and broken syntax are refused (422), as the API validates it.
// Time fields (createdAt, lastOccurredAt, snoozedUntil) take a Unix timestamp in milliseconds and compare with
// `<`, `>`, `<=`, `>=` ("Alerts Search Query Help", docs.opsgenie.com/v1.0/docs/alerts-search-query-help, the page
// the Operations file's listAlerts `query` links to: "createdAt : 1470394841148 Unix timestamp in milliseconds").

const FIELDS = {
	status: (a) => [a.status],
	priority: (a) => [a.priority],
	tag: (a) => a.tags,
	tags: (a) => a.tags,
	message: (a) => [a.message],
	alias: (a) => [a.alias],
	entity: (a) => [a.entity],
	source: (a) => [a.source],
	owner: (a) => [a.owner],
	description: (a) => [a.description],
	acknowledged: (a) => [String(a.acknowledged)],
	seen: (a) => [String(a.seen)],
	isSeen: (a) => [String(a.seen)],
	snoozed: (a) => [String(Boolean(a.snoozed))],
	tinyId: (a) => [a.tinyId],
	id: (a) => [a.id],
	responders: (a) => a.responders.map((r) => r.id),
	teams: (a) => a.responders.filter((r) => r.type === 'team').map((r) => r.id),
};
const TIME_FIELDS = {
	createdAt: (a) => a.createdAt,
	lastOccurredAt: (a) => a.lastOccurredAt,
	snoozedUntil: (a) => a.snoozedUntil,
};
const FIELD_NAMES = new Map([...Object.keys(FIELDS), ...Object.keys(TIME_FIELDS)].map((name) => [name.toLowerCase(), name]));
const COMPARE = { '<': (x, y) => x < y, '>': (x, y) => x > y, '<=': (x, y) => x <= y, '>=': (x, y) => x >= y, ':': (x, y) => x === y, '=': (x, y) => x === y };

class QueryError extends Error {}

function tokenize(text) {
	const tokens = [];
	const pattern = /\s*(?:(\()|(\))|("(?:[^"\\]|\\.)*")|(:|!=|<=|>=|<|>|=)|([^\s():="!<>]+))/y;
	let at = 0;
	while (at < text.length) {
		if (/^\s*$/.test(text.slice(at))) break;
		pattern.lastIndex = at;
		const match = pattern.exec(text);
		if (!match) throw new QueryError(`Invalid query at "${text.slice(at, at + 20)}"`);
		at = pattern.lastIndex;
		if (match[1]) tokens.push({ kind: '(' });
		else if (match[2]) tokens.push({ kind: ')' });
		else if (match[3]) tokens.push({ kind: 'text', value: JSON.parse(match[3]), quoted: true });
		else if (match[4]) tokens.push({ kind: 'op', value: match[4] });
		else tokens.push({ kind: 'text', value: match[5] });
	}
	return tokens;
}

/** Parses a query into a predicate over alerts; throws QueryError on anything the language does not have. */
function compileAlertQuery(text) {
	const tokens = tokenize(String(text || ''));
	let i = 0;
	const peek = () => tokens[i];
	const word = (w) => peek() && peek().kind === 'text' && !peek().quoted && peek().value.toUpperCase() === w;

	function matcher(value) {
		const needle = value.toLowerCase();
		if (needle.endsWith('*')) return (candidate) => String(candidate ?? '').toLowerCase().startsWith(needle.slice(0, -1));
		return (candidate) => String(candidate ?? '').toLowerCase() === needle;
	}

	function term() {
		const token = tokens[i++];
		if (!token) throw new QueryError('Invalid query: it ends where a term was expected');
		if (token.kind === '(') {
			const inner = or();
			if (!peek() || peek().kind !== ')') throw new QueryError('Invalid query: a parenthesis is not closed');
			i++;
			return inner;
		}
		if (token.kind !== 'text') throw new QueryError(`Invalid query: unexpected "${token.value || token.kind}"`);
		if (!token.quoted && token.value.toUpperCase() === 'NOT') {
			const inner = term();
			return (alert) => !inner(alert);
		}
		if (peek() && peek().kind === 'op') {
			const op = tokens[i++].value;
			const valueToken = tokens[i++];
			if (!valueToken || valueToken.kind !== 'text') throw new QueryError(`Invalid query: "${token.value}${op}" needs a value`);
			const field = FIELD_NAMES.get(token.value.toLowerCase());
			if (!field) throw new QueryError(`Invalid query: unknown field '${token.value}'`);
			if (TIME_FIELDS[field]) {
				const stamp = Number(valueToken.value);
				if (!Number.isInteger(stamp) || op === '!=') throw new QueryError(`Invalid query: ${field} takes a Unix timestamp in milliseconds`);
				const read = TIME_FIELDS[field];
				return (alert) => read(alert) !== null && read(alert) !== undefined && COMPARE[op](read(alert), stamp);
			}
			if (!(op in { ':': 1, '=': 1, '!=': 1 })) throw new QueryError(`Invalid query: ${field} cannot be compared with ${op}`);
			const test = matcher(valueToken.value);
			const read = FIELDS[field];
			return op === '!=' ? (alert) => !read(alert).some(test) : (alert) => read(alert).some(test);
		}
		// A bare word or phrase: part of the message.
		const needle = token.value.replace(/\*$/, '').toLowerCase();
		return (alert) => alert.message.toLowerCase().includes(needle);
	}

	function and() {
		let left = term();
		for (;;) {
			if (word('AND')) {
				i++;
			} else if (!peek() || peek().kind === ')' || word('OR')) {
				return left;
			}
			const right = term();
			const previous = left;
			left = (alert) => previous(alert) && right(alert);
		}
	}

	function or() {
		let left = and();
		while (word('OR')) {
			i++;
			const right = and();
			const previous = left;
			left = (alert) => previous(alert) || right(alert);
		}
		return left;
	}

	if (!tokens.length) return () => true;
	const predicate = or();
	if (i < tokens.length) throw new QueryError(`Invalid query: unexpected "${tokens[i].value || tokens[i].kind}"`);
	return predicate;
}

module.exports = { compileAlertQuery, QueryError };
