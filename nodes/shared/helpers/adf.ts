import type { IDataObject } from 'n8n-workflow';

/** Plain text to an Atlassian Document Format document: one paragraph per line, blank lines kept out. */
export function textToAdf(text: string): IDataObject {
	const paragraphs = text.split(/\r?\n/).map((line) => ({
		type: 'paragraph',
		content: line ? [{ type: 'text', text: line }] : [],
	}));
	return { type: 'doc', version: 1, content: paragraphs };
}

/** ADF back to plain text, so users reading comments and descriptions see words, not trees. */
export function adfToText(node: unknown): string {
	if (typeof node === 'string') return node;
	if (!node || typeof node !== 'object') return '';
	const { type, text, content, attrs } = node as IDataObject & { content?: unknown[] };
	if (type === 'text') return String(text ?? '');
	if (type === 'hardBreak') return '\n';
	if (type === 'mention' || type === 'emoji') return String((attrs as IDataObject)?.text ?? '');
	const children = Array.isArray(content) ? content.map(adfToText) : [];
	const blocks = ['doc', 'bulletList', 'orderedList', 'table', 'tableRow'];
	if (blocks.includes(String(type))) return children.join('\n');
	if (type === 'listItem') return `- ${children.join('\n')}`;
	return children.join('');
}
