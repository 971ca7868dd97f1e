'use strict';
// Date renderings Atlassian uses: Jira timestamps ("2024-01-15T10:30:00.000+0000") and the JSM
// DateDTO {iso8601, jira, friendly, epochMillis}. A Cloud site answers in UTC; a Data Center site in its server's zone
// (inTimeZone, applied to every answer in Data Center mode).

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

/** The zone's offset from UTC at `ms`, in minutes (Intl knows each zone's rules, daylight saving included). */
function offsetMinutes(ms, timeZone) {
	const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(ms)).find((part) => part.type === 'timeZoneName').value;
	const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
	return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** A Jira timestamp in a zone: the same instant with the zone's local time and offset ("2026-12-02T10:15:30.000+0100"). */
function zonedJiraTime(ms, timeZone, withMillis = true) {
	const offset = offsetMinutes(ms, timeZone);
	const local = new Date(ms + offset * 60000).toISOString().slice(0, withMillis ? 23 : 19);
	const abs = Math.abs(offset);
	return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

const UTC_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+0000$/;

/**
 * A JSON answer with every Jira timestamp the sandbox rendered in UTC rewritten into `timeZone`: Jira Data Center
 * renders times in its server's zone (the JVM's user.timezone, Jira's "System default" time zone), so a DC site in
 * Berlin answers "...+0100" (the DC 10.3 OpenAPI file's own examples carry offsets such as
 * "lastLoginTime": "2023-08-30T16:37:01+1000" and "2015-11-18T14:39:00.000+1100").
 */
function inTimeZone(value, timeZone) {
	if (typeof value === 'string') {
		const match = UTC_STAMP.exec(value);
		return match ? zonedJiraTime(Date.parse(value), timeZone, Boolean(match[1])) : value;
	}
	if (Array.isArray(value)) return value.map((item) => inTimeZone(item, timeZone));
	if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inTimeZone(item, timeZone)]));
	}
	return value;
}

function durationDto(ms) {
	const negative = ms < 0;
	const abs = Math.abs(ms);
	const h = Math.floor(abs / 3600000);
	const m = Math.floor((abs % 3600000) / 60000);
	return { millis: ms, friendly: `${negative ? '-' : ''}${h}h ${m}m` };
}

module.exports = { jiraTime, dateDto, durationDto, inTimeZone, zonedJiraTime };
