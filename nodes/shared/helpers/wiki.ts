import type { IDataObject } from 'n8n-workflow';

type AdfNode = IDataObject & { content?: unknown[]; marks?: IDataObject[]; attrs?: IDataObject };

/** Wraps text in one ADF mark's wiki markup (Jira's text formatting notation). */
function marked(text: string, mark: IDataObject): string {
	switch (mark.type) {
		case 'strong':
			return `*${text}*`;
		case 'em':
			return `_${text}_`;
		case 'strike':
			return `-${text}-`;
		case 'underline':
			return `+${text}+`;
		case 'code':
			return `{{${text}}}`;
		case 'link':
			return `[${text}|${String((mark.attrs as IDataObject | undefined)?.href ?? '')}]`;
		default:
			return text;
	}
}

function inline(nodes: unknown[]): string {
	return nodes.map((node) => toWiki(node, '')).join('');
}

function listItems(node: AdfNode, bullet: string, depth: string): string {
	return (node.content ?? [])
		.map((item) => {
			const parts = ((item as AdfNode).content ?? []).map((child) => {
				const type = (child as AdfNode).type;
				return type === 'bulletList' || type === 'orderedList' ? toWiki(child, `${depth}${bullet}`) : inline((child as AdfNode).content ?? []);
			});
			return `${depth}${bullet} ${parts.join('\n')}`;
		})
		.join('\n');
}

function toWiki(value: unknown, depth: string): string {
	if (!value || typeof value !== 'object') return typeof value === 'string' ? value : '';
	const node = value as AdfNode;
	const children = node.content ?? [];
	switch (node.type) {
		case 'doc':
			return children.map((child) => toWiki(child, '')).join('\n');
		case 'paragraph':
			return inline(children);
		case 'text':
			return (node.marks ?? []).reduce((text, mark) => marked(text, mark), String(node.text ?? ''));
		case 'hardBreak':
			return '\n';
		case 'heading':
			return `h${Number(node.attrs?.level ?? 1)}. ${inline(children)}`;
		case 'bulletList':
			return listItems(node, '*', depth);
		case 'orderedList':
			return listItems(node, '#', depth);
		case 'codeBlock':
			return `{code}\n${inline(children)}\n{code}`;
		case 'blockquote':
			return `{quote}\n${children.map((child) => toWiki(child, '')).join('\n')}\n{quote}`;
		case 'rule':
			return '----';
		case 'mention':
		case 'emoji':
			return String(node.attrs?.text ?? '');
		default:
			return children.map((child) => toWiki(child, depth)).join('\n');
	}
}

/**
 * An Atlassian Document Format document as Jira wiki markup, the text format of Jira Data Center's /rest/api/2
 * (comment bodies, descriptions): paragraphs as lines, strong `*`, emphasis `_`, code `{{ }}`, links `[text|url]`,
 * headings `h1.`, lists `*` / `#`, code blocks `{code}`
 * (https://jira.atlassian.com/secure/WikiRendererHelpAction.jspa?section=all).
 */
export function adfToWiki(document: unknown): string {
	return toWiki(document, '');
}

/** Whether a value is an ADF document (`{ type: 'doc', version: 1, content: [...] }`). */
export function isAdfDocument(value: unknown): boolean {
	return !!value && typeof value === 'object' && (value as IDataObject).type === 'doc' && Array.isArray((value as IDataObject).content);
}
