'use strict';
// Just enough multipart/form-data parsing for attachTemporaryFile: parts with name, filename,
// content type and bytes.

function parseMultipart(buffer, contentType) {
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType || '');
	if (!match) return null;
	const delimiter = Buffer.from(`--${match[1] || match[2]}`);
	const parts = [];
	let start = buffer.indexOf(delimiter);
	if (start < 0) return null;
	while (start >= 0) {
		const next = buffer.indexOf(delimiter, start + delimiter.length);
		if (next < 0) break;
		const chunk = buffer.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after delimiter and before the next one
		const split = chunk.indexOf('\r\n\r\n');
		if (split >= 0) {
			const head = chunk.subarray(0, split).toString('utf8');
			const disposition = /content-disposition:([^\r\n]*)/i.exec(head);
			const name = disposition && /\bname="([^"]*)"/i.exec(disposition[1]);
			const filename = disposition && /\bfilename="([^"]*)"/i.exec(disposition[1]);
			const type = /content-type:\s*([^\r\n]*)/i.exec(head);
			parts.push({
				name: name ? name[1] : undefined,
				filename: filename ? filename[1] : undefined,
				contentType: type ? type[1].trim() : 'application/octet-stream',
				data: Buffer.from(chunk.subarray(split + 4)),
			});
		}
		start = next;
		if (buffer.subarray(next + delimiter.length, next + delimiter.length + 2).toString() === '--') break;
	}
	return parts;
}

module.exports = { parseMultipart };
