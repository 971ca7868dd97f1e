// ADF to Jira wiki markup, the text Jira Data Center's /rest/api/2 takes for descriptions and comment bodies
// (Jira's text formatting notation: https://jira.atlassian.com/secure/WikiRendererHelpAction.jspa?section=all).
import { textToAdf } from '../../nodes/shared/helpers/adf';
import { adfToWiki } from '../../nodes/shared/helpers/wiki';

test('plain text made into ADF comes back line for line', () => {
	expect(adfToWiki(textToAdf('Errors since 09:00\n\nAll regions'))).toBe('Errors since 09:00\n\nAll regions');
});

test('marks, headings, lists, links and code blocks become wiki markup', () => {
	const text = (value: string, ...marks: object[]) => ({ type: 'text', text: value, marks });
	const doc = {
		type: 'doc',
		version: 1,
		content: [
			{ type: 'heading', attrs: { level: 2 }, content: [text('Outage')] },
			{ type: 'paragraph', content: [text('bold', { type: 'strong' }), text(' and '), text('docs', { type: 'link', attrs: { href: 'https://example.com' } })] },
			{
				type: 'bulletList',
				content: [
					{ type: 'listItem', content: [{ type: 'paragraph', content: [text('one')] }, { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('nested')] }] }] }] },
				],
			},
			{ type: 'codeBlock', content: [text('npm test')] },
		],
	};
	expect(adfToWiki(doc)).toBe('h2. Outage\n*bold* and [docs|https://example.com]\n* one\n*# nested\n{code}\nnpm test\n{code}');
});
