'use strict';
// Date renderings Atlassian uses: Jira timestamps ("2024-01-15T10:30:00.000+0000") and the JSM
// DateDTO {iso8601, jira, friendly, epochMillis}. The site's time zone is UTC.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n, w = 2) => String(n).padStart(w, '0');

function jiraTime(ms) {
	return new Date(ms).toISOString().replace('Z', '+0000');
}

function isoNoMillis(ms) {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

function friendly(ms, now = Date.now()) {
	const d = new Date(ms);
	const hours = d.getUTCHours();
	const time = `${hours % 12 || 12}:${pad(d.getUTCMinutes())} ${hours < 12 ? 'AM' : 'PM'}`;
	const dayMs = 86400000;
	const day = Math.floor(ms / dayMs);
	const today = Math.floor(now / dayMs);
	if (day === today) return `Today ${time}`;
	if (day === today - 1) return `Yesterday ${time}`;
	return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${pad(d.getUTCFullYear() % 100)} ${time}`;
}

function dateDto(ms) {
	if (ms === undefined || ms === null) return undefined;
	return { iso8601: isoNoMillis(ms), jira: jiraTime(ms), friendly: friendly(ms), epochMillis: ms };
}

function durationDto(ms) {
	const negative = ms < 0;
	const abs = Math.abs(ms);
	const h = Math.floor(abs / 3600000);
	const m = Math.floor((abs % 3600000) / 60000);
	return { millis: ms, friendly: `${negative ? '-' : ''}${h}h ${m}m` };
}

module.exports = { jiraTime, dateDto, durationDto };
