'use strict';
// A quoted value in the sandbox's query languages (JQL, AQL): it ends at the quote that opened it, and a backslash
// takes the character after it as it is (so `\"` puts a quote in the value).

/**
 * The quoted value whose opening quote is at `start`.
 * @param {string} text
 * @param {number} start
 * @returns {{ value: string, end: number }} `end` is the index of the closing quote (`text.length` when there is none)
 */
function readQuoted(text, start) {
	const quote = text[start];
	let end = start + 1;
	let value = '';
	while (end < text.length && text[end] !== quote) {
		if (text[end] === '\\' && end + 1 < text.length) end++;
		value += text[end++];
	}
	return { value, end };
}

module.exports = { readQuoted };
