'use strict';
// Audit records (GET /rest/api/3/auditing/record), administrators only.
const { json } = require('../http');
const { jiraTime } = require('../format/dates');
const { requireAdmin } = require('./common');

function parseInstant(ctx, value, name) {
	if (value === undefined) return null;
	const ms = Date.parse(String(value).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
	if (Number.isNaN(ms)) throw ctx.error(400, `The '${name}' parameter must be an ISO 8601 date-time.`);
	return ms;
}

module.exports = {
	'GET /rest/api/3/auditing/record': (ctx) => {
		requireAdmin(ctx);
		const from = parseInstant(ctx, ctx.query.from, 'from');
		const to = parseInstant(ctx, ctx.query.to, 'to');
		const words = String(ctx.query.filter || '').toLowerCase().split(/\s+/).filter(Boolean);
		const records = ctx.state.auditRecords
			.filter((r) => (from === null || r.created >= from) && (to === null || r.created <= to))
			.filter((r) => {
				const text = `${r.summary} ${r.category} ${r.objectItem.name} ${r.authorAccountId}`.toLowerCase();
				return words.every((w) => text.includes(w));
			})
			.sort((a, b) => b.created - a.created || b.id - a.id);
		const offset = ctx.query.offset ?? 0;
		const limit = Math.min(ctx.query.limit ?? 1000, 1000);
		return json(200, {
			offset,
			limit,
			total: records.length,
			records: records.slice(offset, offset + limit).map((r) => ({ ...r, created: jiraTime(r.created) })),
		});
	},
};
