'use strict';
// Minimal Atlassian Document Format handling: plain text <-> ADF, ADF -> text/HTML. Requests keep
// plain text; the platform API shows ADF, the JSM API and webhooks show text.

function textToAdf(text) {
	const paragraphs = String(text || '').split(/\n{2,}|\n/);
	return {
		type: 'doc',
		version: 1,
		content: paragraphs.map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph', content: [] })),
	};
}

function adfToText(node) {
	if (!node || typeof node !== 'object') return '';
	if (node.type === 'text') return node.text || '';
	if (node.type === 'hardBreak') return '\n';
	if (node.type === 'mention') return (node.attrs && node.attrs.text) || '';
	const children = Array.isArray(node.content) ? node.content.map(adfToText) : [];
	const blocky = ['doc', 'bulletList', 'orderedList', 'table', 'tableRow'].includes(node.type);
	return children.join(blocky ? '\n' : '');
}

/** True when `value` looks like an ADF document (type doc, version 1, content array). */
const isAdf = (value) => !!value && typeof value === 'object' && value.type === 'doc' && Array.isArray(value.content);

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function textToHtml(text) {
	return String(text || '')
		.split('\n')
		.map((line) => `<p>${escapeHtml(line)}</p>`)
		.join('');
}

module.exports = { textToAdf, adfToText, isAdf, textToHtml };
