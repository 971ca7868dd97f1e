'use strict';
// JSM Operations teams, on-call schedules (with who is on call at a moment, computed from the rotations and
// the site's clock) and heartbeat pings.
const { json } = require('../http');
const { route, admin, memberOf } = require('./ops-common');

const HOUR = 3600000;
const SLOT = { hourly: HOUR, daily: 24 * HOUR, weekly: 7 * 24 * HOUR };

/**
 * Who a rotation puts on call at `at`: participants take turns of `length` hours / days / weeks from its
 * start date, only inside its time restriction and before its end date (Rotation in the OpenAPI file;
 * support.atlassian.com/jira-service-management-cloud/docs/what-are-on-call-schedules-and-rotations/).
 * Schedules here are in UTC, so restrictions read the UTC clock.
 */
function onCallOf(rotation, at) {
	const start = Date.parse(rotation.startDate);
	if (at < start || (rotation.endDate && at >= Date.parse(rotation.endDate))) return undefined;
	const restriction = rotation.timeRestriction && rotation.timeRestriction.restriction;
	if (restriction) {
		const minute = new Date(at).getUTCHours() * 60 + new Date(at).getUTCMinutes();
		const from = restriction.startHour * 60 + restriction.startMin;
		const to = restriction.endHour * 60 + restriction.endMin;
		if (from <= to ? minute < from || minute >= to : minute < from && minute >= to) return undefined;
	}
	const turn = Math.floor((at - start) / (SLOT[rotation.type] * rotation.length));
	return rotation.participants[turn % rotation.participants.length];
}

/** Schedules a user may see: admins all; others those of their teams or where they take part (listSchedules). */
function visible(ctx, schedule) {
	const team = ctx.state.ops.teams.get(schedule.teamId);
	if (admin(ctx) || (team && team.members.has(ctx.user.accountId))) return true;
	return schedule.rotations.some((rotation) => rotation.participants.some((p) => p.type === 'user' && p.id === ctx.user.accountId));
}

function scheduleDto(schedule, withRotations) {
	const { rotations, ...rest } = schedule;
	return withRotations ? { ...rest, rotations } : rest;
}

const listParam = (value) => [].concat(value ?? []).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean);

module.exports = {
	'GET /jsm/ops/api/{cloudId}/v1/schedules': route((ctx) => {
		const q = ctx.query;
		const offset = q.offset ?? 0;
		const size = q.size ?? 25;
		const expand = listParam(q.expand);
		const unknown = expand.find((name) => name !== 'rotation');
		if (unknown) throw ctx.error(422, `Invalid expand value '${unknown}'; possible: rotation`, { code: 'VALIDATION_ERROR' });
		// "exact match unless the keyword ends with a wildcard character *, in which case ... a prefix match.
		// Matching is case-insensitive." (the query parameter of listSchedules)
		const keyword = q.query === undefined ? undefined : String(q.query).toLowerCase();
		const named = (schedule) => {
			if (keyword === undefined || keyword === '') return true;
			const name = schedule.name.toLowerCase();
			return keyword.endsWith('*') ? name.startsWith(keyword.slice(0, -1)) : name === keyword;
		};
		const all = [...ctx.state.ops.schedules.values()].filter((s) => visible(ctx, s) && named(s));
		const body = { values: all.slice(offset, offset + size).map((s) => scheduleDto(s, expand.includes('rotation'))), links: {}, _expands: ['rotation'] };
		if (offset + size < all.length) body.links.next = `/v1/schedules?offset=${offset + size}&size=${size}`;
		return json(200, body);
	}),

	'GET /jsm/ops/api/{cloudId}/v1/schedules/{scheduleId}/on-calls': route((ctx) => {
		const schedule = ctx.state.ops.schedules.get(ctx.params.scheduleId);
		if (!schedule) throw ctx.error(404, 'Schedule not found', { code: 'NOT_FOUND' });
		if (!visible(ctx, schedule)) throw ctx.error(403, 'You do not have permission to view this schedule', { code: 'FORBIDDEN' });
		const at = ctx.query.date === undefined ? ctx.site.now() : Date.parse(ctx.query.date);
		const participants = schedule.enabled ? schedule.rotations.map((rotation) => onCallOf(rotation, at)).filter(Boolean) : [];
		const unique = [...new Map(participants.map((p) => [`${p.type}|${p.id}`, p])).values()];
		if (ctx.query.flat === true) return json(200, { onCallUsers: unique.filter((p) => p.type === 'user').map((p) => p.id) });
		return json(200, { onCallParticipants: unique.map((p) => ({ id: p.id, type: p.type })) });
	}),

	// Admins see every team, others the teams they belong to (getTeams).
	'GET /jsm/ops/api/{cloudId}/v1/teams': route((ctx) =>
		json(200, {
			platformTeams: [...ctx.state.ops.teams.values()].filter((team) => memberOf(ctx, team)).map(({ teamId, teamName }) => ({ teamId, teamName })),
		}),
	),

	// "Heartbeat ping requests processed asynchronously, it does not check if the heartbeat exists or not
	// before responding" (pingHeartbeat): 202 PONG either way; a known heartbeat records the ping.
	'GET /jsm/ops/api/{cloudId}/v1/teams/{teamId}/heartbeats/ping': route((ctx) => {
		const team = ctx.state.ops.teams.get(ctx.params.teamId);
		if (team && !memberOf(ctx, team)) throw ctx.error(403, 'You do not have permission to ping heartbeats of this team', { code: 'FORBIDDEN' });
		const name = String(ctx.query.name);
		if (name.length > 200) throw ctx.error(422, 'name cannot be longer than 200 characters', { code: 'VALIDATION_ERROR' });
		const heartbeat = ctx.state.ops.heartbeats.get(`${ctx.params.teamId}|${name}`);
		const at = ctx.site.now();
		ctx.state.ops.pings.push({ teamId: ctx.params.teamId, name, at, known: Boolean(heartbeat) });
		if (heartbeat) {
			heartbeat.lastPingAt = at;
			heartbeat.status = 'Responsive';
		}
		return json(202, { message: 'PONG - Heartbeat received' });
	}),
};
