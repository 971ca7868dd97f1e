/**
 * The JQL dynamic webhooks (OAuth2 apps) accept, per WebhookDetails.jqlFilter in Atlassian's platform
 * OpenAPI file: fields issueKey, project, issuetype, status, assignee, reporter, issue.property and cf[id]
 * (epic label only); operators =, !=, IN and NOT IN; clauses joined by AND / OR, grouped by parentheses.
 */
export const DYNAMIC_JQL_FIELDS = ['issueKey', 'project', 'issuetype', 'status', 'assignee', 'reporter'];
const FIELDS = new Set([...DYNAMIC_JQL_FIELDS, 'key', 'type'].map((field) => field.toLowerCase()));

/** JQL's words, quoted strings and symbols, in order. */
function tokenize(jql: string): string[] | undefined {
	const tokens: string[] = [];
	const pattern = /\s*(?:("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(!=|!~|>=|<=|[=~<>(),])|([^\s"'!=~<>(),]+))/y;
	let rest = jql.trim();
	while (rest.length) {
		pattern.lastIndex = 0;
		const match = pattern.exec(rest);
		if (!match) return undefined;
		tokens.push(match[1] ?? match[2] ?? match[3]);
		rest = rest.slice(match[0].length).trimStart();
	}
	return tokens;
}

function isAllowedField(field: string): boolean {
	const name = field.replace(/^"|"$/g, '').toLowerCase();
	return FIELDS.has(name) || /^cf\[\d+\]$/.test(name) || name.startsWith('issue.property');
}

/**
 * Why Jira would refuse this JQL for a dynamic webhook (the field or operator outside the subset, or a
 * construct it does not take); undefined when it is inside the subset.
 */
export function dynamicJqlProblem(jql: string): string | undefined {
	const tokens = tokenize(jql);
	if (!tokens) return 'it cannot be read as JQL';
	let position = 0;
	const peek = () => tokens[position]?.toUpperCase();
	const next = () => tokens[position++];

	const value = (): string | undefined => {
		const token = next();
		if (token === undefined) return 'a clause has no value';
		if (token === '(') {
			while (peek() !== ')') {
				if (next() === undefined) return 'a list is not closed';
				if (peek() === ',') next();
			}
			next();
			return undefined;
		}
		// A function such as currentUser().
		if (peek() === '(') {
			while (next() !== ')') if (position >= tokens.length) return 'a function call is not closed';
		}
		return undefined;
	};

	const clause = (): string | undefined => {
		if (peek() === '(') {
			next();
			const problem = expression();
			if (problem) return problem;
			return next() === ')' ? undefined : 'a parenthesis is not closed';
		}
		if (peek() === 'NOT') return 'NOT before a clause is outside it (use != or NOT IN)';
		if (peek() === 'ORDER') return 'ORDER BY is outside it';
		const field = next();
		if (field === undefined) return 'a clause is missing';
		if (!isAllowedField(field)) return `the field "${field}" is outside it`;
		let operator = next()?.toUpperCase();
		if (operator === 'NOT' && peek() === 'IN') operator = `NOT ${next()?.toUpperCase()}`;
		if (operator === 'IS' && peek() === 'NOT') operator = `IS ${next()?.toUpperCase()}`;
		if (!operator || !['=', '!=', 'IN', 'NOT IN'].includes(operator)) return `the operator "${operator ?? ''}" is outside it`;
		return value();
	};

	function expression(): string | undefined {
		for (;;) {
			const problem = clause();
			if (problem) return problem;
			if (peek() !== 'AND' && peek() !== 'OR') return undefined;
			next();
		}
	}

	const problem = expression();
	if (problem) return problem;
	if (position < tokens.length) return peek() === 'ORDER' ? 'ORDER BY is outside it' : `"${tokens[position]}" is outside it`;
	return undefined;
}
