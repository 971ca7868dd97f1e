// n8n's lint rules (eslint-plugin-n8n-nodes-base) read node parameters where they are written out as literals. Some
// of ours are not: the Operation dropdowns are built from the operation files' `option` exports, so the rules on a
// dropdown list (entries sorted by name, each with an action in sentence case, no name or value twice, the Get Many
// wording) never see one; parameters made by factories or spreads are seen only in part. This test writes the loaded
// descriptions out as literals and runs the rule set `npm run lint` applies to nodes/ over them.
import { Linter } from 'eslint';
import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import { resources } from '../../nodes/JiraServiceManagement/actions/resources';
import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';
import { JiraServiceManagementPollTrigger } from '../../nodes/JiraServiceManagementPollTrigger/JiraServiceManagementPollTrigger.node';
import { JiraServiceManagementTrigger } from '../../nodes/JiraServiceManagementTrigger/JiraServiceManagementTrigger.node';

// The parser's types need another moduleResolution than this project's; both are loaded as eslint.config.mjs loads them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tsParser = require('@typescript-eslint/parser') as Linter.Parser;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const n8nNodesBase = require('eslint-plugin-n8n-nodes-base');

/** A value as TypeScript source, with bare keys where they are identifiers (the rules look for those). */
function literal(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(item)}`);
		return `{ ${entries.join(', ')} }`;
	}
	return JSON.stringify(value);
}

const { displayOptions: _resourceShown, ...resourceDropdown } = new JiraServiceManagement().description.properties.find(
	(property) => property.name === 'resource',
) as INodeProperties;
const dropdowns: Array<[string, Omit<INodeProperties, 'displayOptions'>]> = [
	['Resource', resourceDropdown],
	...Object.entries(resources as Record<string, { description: INodeProperties[] }>).map(([resource, { description }]) => {
		const { displayOptions: _shown, ...operation } = description[0];
		return [`${resource} → Operation`, operation] as [string, Omit<INodeProperties, 'displayOptions'>];
	}),
];

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
	{
		files: ['**/*.ts'],
		languageOptions: { parser: tsParser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: n8nNodesBase.configs.nodes.rules,
	},
];

test.each(dropdowns)('the %s dropdown passes the n8n rules that read a dropdown list', (_name, dropdown) => {
	const source = `export const dropdown = ${literal(dropdown)};\n`;
	const problems = linter.verify(source, config, 'Dropdown.node.ts').map((message) => `${message.ruleId}: ${message.message}`);
	expect(problems).toEqual([]);
});

test('the written-out dropdown is what n8n checks: an unsorted list is caught', () => {
	const [, dropdown] = dropdowns[1];
	const reversed = { ...dropdown, options: [...(dropdown.options ?? [])].reverse() };
	const problems = linter.verify(`export const dropdown = ${literal(reversed)};\n`, config, 'Dropdown.node.ts');
	expect(problems.map((message) => message.ruleId)).toContain('n8n-nodes-base/node-param-options-type-unsorted-items');
});

test('an Operation entry without an action is caught too', () => {
	const [, dropdown] = dropdowns[1];
	const [first, ...rest] = (dropdown.options ?? []) as unknown as Array<Record<string, unknown>>;
	const { action: _action, ...withoutAction } = first;
	const problems = linter.verify(`export const dropdown = ${literal({ ...dropdown, options: [withoutAction, ...rest] })};\n`, config, 'Dropdown.node.ts');
	expect(problems.map((message) => message.ruleId)).toContain('n8n-nodes-base/node-param-operation-option-without-action');
});

const nodeTypes: Array<[string, INodeTypeDescription]> = [
	new JiraServiceManagement(),
	new JiraServiceManagementTrigger(),
	new JiraServiceManagementPollTrigger(),
].map((node) => [node.description.displayName, node.description]);

// Parameters built by factories and spreads (locators, Return All / Limit, the triggers' shared fields) are only
// literals once the node is loaded: each node's whole parameter list, written out, gets the rules as a literal would.
test.each(nodeTypes)('every parameter of %s, written out as n8n would read it, passes the same rules', (_name, description) => {
	const source = `export const properties = ${literal(description.properties)};\n`;
	const problems = linter.verify(source, config, 'Properties.node.ts').map((message) => `${message.ruleId} at ${source.slice(message.column - 1, message.column + 119)}`);
	expect(problems).toEqual([]);
});
