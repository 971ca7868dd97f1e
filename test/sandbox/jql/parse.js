'use strict';
// A practical JQL subset: clauses joined by AND / OR / NOT with parentheses, operators
// = != ~ !~ > >= < <= IN, NOT IN, IS, IS NOT, function calls, and ORDER BY. Errors use Jira's wording.
const { readQuoted } = require('../quoted');

class JqlError extends Error {}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'asc', 'desc', 'was', 'changed']);
const OPERATORS = ['!=', '!~', '>=', '<=', '=', '~', '>', '<'];
const STOP = ' \t\r\n()=,!~<>"\'';

const at = (pos) => `(line 1, character ${pos + 1})`;

function tokenize(input) {
	const tokens = [];
	let i = 0;
	while (i < input.length) {
		const c = input[i];
		if (/\s/.test(c)) {
			i++;
		} else if (c === '"' || c === "'") {
			const { value, end } = readQuoted(input, i);
			if (end >= input.length) throw new JqlError(`Error in the JQL Query: The quoted string '${input.slice(i + 1)}' has not been completed. ${at(i)}`);
			tokens.push({ type: 'string', value, pos: i });
			i = end + 1;
		} else if ('(),'.includes(c)) {
			tokens.push({ type: c, value: c, pos: i++ });
		} else {
			const op = OPERATORS.find((o) => input.startsWith(o, i));
			if (op) {
				tokens.push({ type: 'op', value: op, pos: i });
				i += op.length;
				continue;
			}
			let j = i;
			while (j < input.length && !STOP.includes(input[j])) j++;
			if (j === i) throw new JqlError(`Error in the JQL Query: The character '${c}' is a reserved JQL character. ${at(i)}`);
			tokens.push({ type: 'word', value: input.slice(i, j), pos: i });
			i = j;
		}
	}
	tokens.push({ type: 'eof', value: '', pos: input.length });
	return tokens;
}

const describeToken = (t) => (t.type === 'eof' ? 'end of query' : `'${t.value}'`);

function parse(input) {
	const tokens = tokenize(String(input || ''));
	let p = 0;
	const peek = () => tokens[p];
	const next = () => tokens[p++];
	const isKw = (t, kw) => t.type === 'word' && t.value.toLowerCase() === kw;
	const expect = (type, what) => {
		const t = next();
		if (t.type !== type) throw new JqlError(`Error in the JQL Query: Expecting ${what} but got ${describeToken(t)}. ${at(t.pos)}`);
		return t;
	};

	function parseValue() {
		const t = next();
		if (t.type === 'string') return { kind: 'value', value: t.value };
		if (t.type !== 'word' || ['and', 'or', 'order', 'not', 'in', 'is'].includes(t.value.toLowerCase())) {
			throw new JqlError(`Error in the JQL Query: Expecting either a value, list or function but got ${describeToken(t)}. ${at(t.pos)}`);
		}
		if (isKw(t, 'empty') || isKw(t, 'null')) return { kind: 'empty' };
		if (peek().type === '(') {
			next();
			const args = [];
			while (peek().type !== ')') {
				const a = next();
				if (a.type !== 'word' && a.type !== 'string') throw new JqlError(`Error in the JQL Query: Expecting ')' but got ${describeToken(a)}. ${at(a.pos)}`);
				args.push(a.value);
				if (peek().type === ',') next();
			}
			next();
			return { kind: 'function', name: t.value, args };
		}
		return { kind: 'value', value: t.value };
	}

	function parseList() {
		expect('(', "'('");
		const values = [parseValue()];
		while (peek().type === ',') {
			next();
			values.push(parseValue());
		}
		expect(')', "')'");
		return { kind: 'list', values };
	}

	function parseOperator() {
		const t = next();
		if (t.type === 'op') return t.value;
		if (isKw(t, 'in')) return 'in';
		if (isKw(t, 'not') && isKw(peek(), 'in')) {
			next();
			return 'not in';
		}
		if (isKw(t, 'is')) {
			if (isKw(peek(), 'not')) {
				next();
				return 'is not';
			}
			return 'is';
		}
		if (isKw(t, 'was') || isKw(t, 'changed')) throw new JqlError(`The operator '${t.value.toUpperCase()}' is not supported by the sandbox.`);
		throw new JqlError(
			`Error in the JQL Query: Expecting operator but got ${describeToken(t)}. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. ${at(t.pos)}`,
		);
	}

	function parseClause() {
		const t = next();
		if ((t.type !== 'word' && t.type !== 'string') || (t.type === 'word' && KEYWORDS.has(t.value.toLowerCase()))) {
			throw new JqlError(`Error in the JQL Query: Expecting a field name but got ${describeToken(t)}. ${at(t.pos)}`);
		}
		const operator = parseOperator();
		let operand;
		// IN takes a list, or a function returning one: reporter in membersOf("team").
		if (operator === 'in' || operator === 'not in') operand = peek().type === '(' ? parseList() : parseValue();
		else if (operator === 'is' || operator === 'is not') {
			operand = parseValue();
			if (operand.kind !== 'empty') throw new JqlError(`Error in the JQL Query: Expecting 'EMPTY' or 'NULL' after '${operator.toUpperCase()}'. ${at(t.pos)}`);
		} else operand = parseValue();
		return { type: 'clause', field: t.value, operator, operand, pos: t.pos };
	}

	function parseUnary() {
		if (isKw(peek(), 'not')) {
			next();
			return { type: 'not', expr: parseUnary() };
		}
		if (peek().type === '(') {
			next();
			const expr = parseOr();
			expect(')', "')'");
			return expr;
		}
		return parseClause();
	}

	/**
	 * One or more `part`s joined by the keyword `type` (AND, OR): the part alone, or `{ type, items }`.
	 * @param {() => any} part
	 * @param {'and' | 'or'} type
	 */
	function joined(part, type) {
		const items = [part()];
		while (isKw(peek(), type)) {
			next();
			items.push(part());
		}
		return items.length === 1 ? items[0] : { type, items };
	}

	function parseAnd() {
		return joined(parseUnary, 'and');
	}

	function parseOr() {
		return joined(parseAnd, 'or');
	}

	let where = null;
	if (peek().type !== 'eof' && !isKw(peek(), 'order')) where = parseOr();
	const orderBy = [];
	if (isKw(peek(), 'order')) {
		next();
		if (!isKw(next(), 'by')) throw new JqlError(`Error in the JQL Query: Expecting 'BY' after 'ORDER'. ${at(tokens[p - 1].pos)}`);
		do {
			if (orderBy.length) next();
			const f = next();
			if (f.type !== 'word' && f.type !== 'string') throw new JqlError(`Error in the JQL Query: Expecting a field name but got ${describeToken(f)}. ${at(f.pos)}`);
			let direction = null;
			if (isKw(peek(), 'asc') || isKw(peek(), 'desc')) direction = next().value.toLowerCase();
			orderBy.push({ field: f.value, direction });
		} while (peek().type === ',');
	}
	if (peek().type !== 'eof') throw new JqlError(`Error in the JQL Query: Expecting either 'OR' or 'AND' but got ${describeToken(peek())}. ${at(peek().pos)}`);
	return { where, orderBy };
}

module.exports = { parse, JqlError };
