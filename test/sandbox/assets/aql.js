'use strict';
// The subset of AQL (Assets Query Language) the node, its examples and tests use:
//   <attribute> <operator> <value>, AND / OR / parentheses, IN / NOT IN (...), IS EMPTY / IS NOT EMPTY,
//   operators = != LIKE NOT LIKE < > <= >=, the keywords objectType, objectTypeId, objectSchema,
//   objectSchemaId, objectId, Key and Label, and a trailing ORDER BY <attribute> [ASC|DESC].
// Atlassian, "Using Assets Query Language (AQL) syntax" (support.atlassian.com/jira-service-management-cloud/
// docs/use-assets-query-language-aql): `<attribute> <operator> <value/function>`, values with spaces in
// double quotes with \" escapes, "AQL is not case-sensitive", and an attribute name that does not exist in
// the schema makes the query invalid (here: a 400, like any AQL Assets cannot parse).
const { readQuoted } = require('../quoted');

class AqlError extends Error {}

const KEYWORDS = new Set(['and', 'or', 'in', 'not', 'like', 'is', 'empty', 'order', 'by', 'asc', 'desc']);

function tokenize(text) {
	const tokens = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		if (/\s/.test(c)) {
			i++;
		} else if (c === '"') {
			const { value, end } = readQuoted(text, i);
			if (end >= text.length) throw new AqlError('The AQL has an unterminated quoted value');
			i = end + 1;
			tokens.push({ kind: 'word', value, quoted: true });
		} else if ('(),'.includes(c)) {
			tokens.push({ kind: c });
			i++;
		} else if ('=!<>'.includes(c)) {
			const two = text.slice(i, i + 2);
			const op = ['!=', '<=', '>='].includes(two) ? two : c;
			if (op === '!') throw new AqlError('Unexpected "!" in the AQL');
			tokens.push({ kind: 'op', value: op });
			i += op.length;
		} else {
			let value = '';
			while (i < text.length && !/[\s"(),=!<>]/.test(text[i])) value += text[i++];
			tokens.push({ kind: 'word', value, quoted: false });
		}
	}
	return tokens;
}

function parse(text) {
	const tokens = tokenize(String(text ?? ''));
	let pos = 0;
	const peek = () => tokens[pos];
	const isKeyword = (token, word) => token && token.kind === 'word' && !token.quoted && token.value.toLowerCase() === word;
	const expectWord = (what) => {
		const token = tokens[pos++];
		if (!token || token.kind !== 'word') throw new AqlError(`The AQL is missing ${what}`);
		return token.value;
	};

	function primary() {
		if (peek()?.kind === '(') {
			pos++;
			const inner = disjunction();
			if (tokens[pos++]?.kind !== ')') throw new AqlError('The AQL is missing a closing parenthesis');
			return inner;
		}
		const attribute = expectWord('an attribute');
		if (KEYWORDS.has(attribute.toLowerCase()) && !tokens[pos - 1].quoted) throw new AqlError(`"${attribute}" cannot start a clause`);
		const token = peek();
		if (token?.kind === 'op') {
			pos++;
			return { attribute, op: token.value, value: expectWord(`a value after ${attribute} ${token.value}`) };
		}
		if (isKeyword(token, 'is')) {
			pos++;
			const negated = isKeyword(peek(), 'not') ? (pos++, true) : false;
			if (!isKeyword(peek(), 'empty')) throw new AqlError('IS must be followed by EMPTY or NOT EMPTY');
			pos++;
			return { attribute, op: negated ? 'is not empty' : 'is empty' };
		}
		const negated = isKeyword(token, 'not') ? (pos++, true) : false;
		if (isKeyword(peek(), 'like')) {
			pos++;
			return { attribute, op: negated ? 'not like' : 'like', value: expectWord(`a value after ${attribute} LIKE`) };
		}
		if (isKeyword(peek(), 'in')) {
			pos++;
			if (tokens[pos++]?.kind !== '(') throw new AqlError('IN must be followed by a list in parentheses');
			const values = [expectWord('a value in the IN list')];
			while (peek()?.kind === ',') {
				pos++;
				values.push(expectWord('a value in the IN list'));
			}
			if (tokens[pos++]?.kind !== ')') throw new AqlError('The IN list is missing its closing parenthesis');
			return { attribute, op: negated ? 'not in' : 'in', values };
		}
		throw new AqlError(`The AQL is missing an operator after "${attribute}"`);
	}
	/**
	 * One or more `part`s joined by the keyword `word` (AND, OR): the part alone, or `{ [word]: parts }`.
	 * @param {() => any} part
	 * @param {'and' | 'or'} word
	 */
	function joined(part, word) {
		const parts = [part()];
		while (isKeyword(peek(), word)) {
			pos++;
			parts.push(part());
		}
		return parts.length === 1 ? parts[0] : { [word]: parts };
	}
	function conjunction() {
		return joined(primary, 'and');
	}
	function disjunction() {
		return joined(conjunction, 'or');
	}

	const where = disjunction();
	let order;
	if (isKeyword(peek(), 'order')) {
		pos++;
		if (!isKeyword(tokens[pos++], 'by')) throw new AqlError('ORDER must be followed by BY');
		order = { attribute: expectWord('an attribute to order by'), descending: false };
		if (isKeyword(peek(), 'asc') || isKeyword(peek(), 'desc')) order.descending = tokens[pos++].value.toLowerCase() === 'desc';
	}
	if (pos < tokens.length) throw new AqlError(`Unexpected "${tokens[pos].value ?? tokens[pos].kind}" in the AQL`);
	return { where, order };
}

function clauses(node, out = []) {
	if (node.and || node.or) for (const part of node.and || node.or) clauses(part, out);
	else out.push(node);
	return out;
}

const lower = (value) => String(value ?? '').toLowerCase();

/**
 * Compiles `text` into { matches(object), compare(a, b) } over the sandbox's Assets state. `searchValues(object,
 * attributeName)` gives the texts an attribute can be matched by (a reference: the object's label and key; a
 * user: display name and account id), or undefined when the object's type has no such attribute.
 */
function compileAql(text, { knownAttribute, searchValues, builtIn }) {
	const { where, order } = parse(text);
	for (const clause of clauses(where)) {
		if (!builtIn(clause.attribute) && !knownAttribute(clause.attribute)) {
			throw new AqlError(`AQL: the attribute "${clause.attribute}" does not exist in any object schema`);
		}
	}
	if (order && !builtIn(order.attribute) && !knownAttribute(order.attribute)) {
		throw new AqlError(`AQL: the attribute "${order.attribute}" to order by does not exist`);
	}
	const valuesOf = (object, attribute) => builtIn(attribute)?.(object) ?? searchValues(object, attribute) ?? [];
	const test = (clause, object) => {
		const values = valuesOf(object, clause.attribute);
		const texts = values.map(lower);
		switch (clause.op) {
			case '=':
				return texts.includes(lower(clause.value));
			case '!=':
				return !texts.includes(lower(clause.value));
			case 'like':
				return texts.some((t) => t.includes(lower(clause.value)));
			case 'not like':
				return !texts.some((t) => t.includes(lower(clause.value)));
			case 'in':
				return clause.values.some((v) => texts.includes(lower(v)));
			case 'not in':
				return !clause.values.some((v) => texts.includes(lower(v)));
			case 'is empty':
				return values.length === 0;
			case 'is not empty':
				return values.length > 0;
			default: {
				const wanted = Number(clause.value);
				const numeric = Number.isFinite(wanted) && values.every((v) => Number.isFinite(Number(v)));
				return values.some((v) => {
					const [a, b] = numeric ? [Number(v), wanted] : [String(v), String(clause.value)];
					return clause.op === '<' ? a < b : clause.op === '>' ? a > b : clause.op === '<=' ? a <= b : a >= b;
				});
			}
		}
	};
	const evaluate = (node, object) => {
		if (node.and) return node.and.every((part) => evaluate(part, object));
		if (node.or) return node.or.some((part) => evaluate(part, object));
		return test(node, object);
	};
	const compare = (x, y) => {
		if (!order) return Number(x.id) - Number(y.id);
		const [a, b] = [valuesOf(x, order.attribute)[0] ?? '', valuesOf(y, order.attribute)[0] ?? ''];
		const numeric = a !== '' && b !== '' && Number.isFinite(Number(a)) && Number.isFinite(Number(b));
		const result = numeric ? Number(a) - Number(b) : String(a).localeCompare(String(b));
		return (order.descending ? -result : result) || Number(x.id) - Number(y.id);
	};
	return { matches: (object) => evaluate(where, object), compare };
}

module.exports = { compileAql, AqlError };
