import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { operationsTable } from '../helpers/operations-table';

const README = path.resolve(__dirname, '../../README.md');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

/** Run with UPDATE_README=1 to rewrite the table after changing operations. */
test('the README operations table matches the node', () => {
	const readme = readFileSync(README, 'utf8');
	const table = operationsTable();
	const expected = `${readme.slice(0, readme.indexOf(START) + START.length)}\n${table}\n${readme.slice(readme.indexOf(END))}`;
	if (process.env.UPDATE_README) writeFileSync(README, expected);
	expect(readme).toBe(expected);
});
