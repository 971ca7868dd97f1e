import type { IExecuteFunctions, INodeProperties, INodePropertyMode, INodePropertyRegexValidation } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { issueLocator, requestLocator } from '../../nodes/JiraServiceManagement/helpers/locators';
import { booleanParameter, requestKeyParameter } from '../../nodes/JiraServiceManagement/helpers/parameters';

/** Just enough of n8n's execute context for a reader: the one parameter's value and the node. */
const contextGiving = (value: unknown) =>
	({ getNodeParameter: () => value, getNode: () => ({ name: 'JSM', type: 'jsm', typeVersion: 1 }) }) as unknown as IExecuteFunctions;

const typedModeOf = (locator: INodeProperties, mode: string) => (locator.modes ?? []).find((entry) => entry.name === mode) as INodePropertyMode;
const editorAccepts = (locator: INodeProperties, text: string) => {
	const rule = typedModeOf(locator, 'id').validation?.[0];
	return new RegExp(String((rule as INodePropertyRegexValidation).properties.regex)).test(text);
};
const readerAccepts = (text: string) => {
	try {
		requestKeyParameter(contextGiving(text), 0);
		return true;
	} catch {
		return false;
	}
};

describe('issue keys: the editor and the reader follow one rule', () => {
	// Project keys start with a letter, then letters, digits or underscores (Atlassian, "Changing the project key
	// format"); the issue number is Jira's sequential count from 1 ("Working with issues"), so ITS-0 names nothing.
	const samples: Array<[string, boolean]> = [
		['ITS-42', true],
		['its-42', true],
		['A_1-7', true],
		['10042', true],
		['ITS-0', false],
		['ITS-007', false],
		['0', false],
		['1ITS-2', false],
		['ITS-', false],
		['ITS-42/../x', false],
	];

	it.each(samples)('%s: accepted %s by the request and issue locators and by the reader', (text, valid) => {
		expect([editorAccepts(requestLocator, text), editorAccepts(issueLocator, text), readerAccepts(text)]).toEqual([valid, valid, valid]);
	});

	it('takes no key numbered 0 out of a /browse/ link either', () => {
		const url = typedModeOf(issueLocator, 'url');
		const rule = url.validation?.[0] as INodePropertyRegexValidation;
		expect(new RegExp(rule.properties.regex).test('https://x.atlassian.net/browse/ITS-0')).toBe(false);
		expect(new RegExp(rule.properties.regex).test('https://x.atlassian.net/browse/ITS-10')).toBe(true);
	});
});

describe('yes/no fields', () => {
	it.each([
		[true, true],
		[false, false],
		['true', true],
		[' FALSE ', false],
	])('take %p as %p', (given, read) => {
		expect(booleanParameter(contextGiving(given), 0, 'simplify', 'Simplify')).toBe(read);
	});

	it.each(['maybe', '', 1, null])('refuse %p for its item, naming the field', (given) => {
		const read = () => booleanParameter(contextGiving(given), 3, 'simplify', 'Simplify');
		expect(read).toThrow(NodeOperationError);
		expect(read).toThrow(/^Item 3: Simplify must be true or false/);
	});
});
