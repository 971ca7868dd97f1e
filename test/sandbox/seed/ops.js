'use strict';
// JSM Operations: operations teams (the service desk teams), on-call schedules with rotations, escalations,
// heartbeats and alerts. A PRNG of its own keeps the rest of the seeded site unchanged.
const { createPrng } = require('../prng');

const DAY = 86400000;
const HOUR = 3600000;

const ALERTS = [
	['CPU above 90% on db-prod-1', 'db-prod-1', 'Datadog', ['database', 'cpu']],
	['Disk almost full on files-02', 'files-02', 'Prometheus', ['storage']],
	['VPN gateway not answering health checks', 'vpn-gw-1', 'Pingdom', ['network', 'vpn']],
	['Certificate for portal.example.com expires in 7 days', 'portal.example.com', 'CertWatch', ['tls']],
	['Backup job failed: nightly-finance', 'backup-01', 'Veeam', ['backup']],
	['Printer queue stuck on floor 3', 'print-03', 'PaperCut', ['printing']],
	['Badge reader offline at main entrance', 'badge-main', 'Genetec', ['facilities', 'security']],
	['HVAC temperature out of range in server room', 'hvac-sr1', 'BMS', ['facilities']],
	['Payroll export did not arrive', 'payroll-sftp', 'Workday', ['hr']],
	['Error rate above 5% on api-gateway', 'api-gateway', 'New Relic', ['api', 'errors']],
];

function seedOps(state, seed, people, baseTime) {
	const rng = createPrng(seed + 7919);
	const ops = { teams: new Map(), schedules: new Map(), escalations: new Map(), heartbeats: new Map(), alerts: new Map(), requests: new Map(), pings: [], tinyId: 0 };
	const name = (accountId) => (state.users.get(accountId) || {}).displayName || accountId;
	// Rotations start on a midnight (UTC) four weeks back, so "on call now" moves on as the site's clock does.
	const anchor = Math.floor((baseTime - 28 * DAY) / DAY) * DAY;
	const iso = (ms) => new Date(ms).toISOString();

	const addTeam = (teamName, members) => {
		const team = { teamId: rng.uuid(), teamName, members: new Set(members) };
		ops.teams.set(team.teamId, team);
		return team;
	};
	const itOps = addTeam('IT Operations', people.teams.ITS);
	const facilities = addTeam('Facilities', people.teams.FAC);
	const hrSystems = addTeam('HR Systems', people.teams.HR);

	const users = (ids) => ids.map((id) => ({ type: 'user', id }));
	const addSchedule = (team, scheduleName, description, rotations) => {
		const schedule = {
			id: rng.uuid(),
			name: scheduleName,
			description,
			timezone: 'Etc/UTC',
			enabled: true,
			teamId: team.teamId,
			rotations: rotations.map((rotation) => ({ id: rng.uuid(), ...rotation })),
		};
		ops.schedules.set(schedule.id, schedule);
		return schedule;
	};
	addSchedule(itOps, 'IT Operations - Primary', 'Round-the-clock primary on-call for IT Operations', [
		{ name: 'Weekly primary', type: 'weekly', length: 1, startDate: iso(anchor + 9 * HOUR), participants: users(people.teams.ITS) },
	]);
	addSchedule(itOps, 'IT Operations - Business hours', 'Desk duty during office hours (09:00-17:00 UTC)', [
		{
			name: 'Daytime desk',
			type: 'daily',
			length: 1,
			startDate: iso(anchor),
			participants: users([...people.teams.ITS].reverse()),
			timeRestriction: { type: 'time-of-day', restriction: { startHour: 9, startMin: 0, endHour: 17, endMin: 0 } },
		},
	]);
	addSchedule(facilities, 'Facilities - On call', 'Eight-hour shifts for building emergencies', [
		{ name: 'Shifts', type: 'hourly', length: 8, startDate: iso(anchor), participants: users(people.teams.FAC) },
	]);
	addSchedule(hrSystems, 'HR Systems - On call', 'Payroll-run cover; the last rotation has ended', [
		{ name: 'Payroll week', type: 'weekly', length: 1, startDate: iso(anchor - 28 * DAY), endDate: iso(anchor), participants: users(people.teams.HR) },
	]);

	for (const team of [itOps, facilities, hrSystems]) {
		const escalation = { id: rng.uuid(), name: `${team.teamName} escalation`, teamId: team.teamId };
		ops.escalations.set(escalation.id, escalation);
	}
	/** @type {Array<[typeof itOps, string]>} */
	const heartbeats = [[itOps, 'Nightly backup'], [itOps, 'Monitoring pipeline'], [facilities, 'Badge reader sync']];
	for (const [team, heartbeatName] of heartbeats) {
		ops.heartbeats.set(`${team.teamId}|${heartbeatName}`, { name: heartbeatName, ownerTeamId: team.teamId, interval: 1, intervalUnit: 'Days', enabled: true, status: 'Responsive', lastPingAt: null });
	}

	for (let i = 0; i < 40; i++) {
		const [message, entity, source, tags] = ALERTS[i % ALERTS.length];
		const team = tags.includes('facilities') ? facilities : tags.includes('hr') ? hrSystems : itOps;
		const createdAt = baseTime - (40 - i) * 7 * HOUR - rng.int(0, 3 * HOUR);
		const status = i >= 32 ? 'open' : rng.pick(['closed', 'closed', 'acked', 'open']);
		const owner = status === 'open' ? '' : name(rng.pick([...team.members]));
		addAlert(ops, {
			createdAt,
			message,
			entity,
			source,
			tags,
			alias: `${entity}:${tags[0]}:${i}`,
			description: `${message}. Seen by ${source}.`,
			priority: rng.pick(['P1', 'P2', 'P3', 'P3', 'P4', 'P5']),
			responders: [{ type: 'team', id: team.teamId }],
			status,
			owner,
			id: rng.uuid(),
		});
	}
	return ops;
}

/** Adds an alert as JSM Operations stores it (status open / acked / closed, notes, responders). */
function addAlert(ops, { createdAt, status = 'open', owner = '', id, ...fields }) {
	const alert = {
		id,
		tinyId: String(++ops.tinyId),
		createdAt,
		updatedAt: createdAt,
		lastOccurredAt: createdAt,
		message: fields.message,
		alias: fields.alias || id,
		description: fields.description || '',
		entity: fields.entity || '',
		source: fields.source || '',
		tags: fields.tags || [],
		actions: fields.actions || [],
		extraProperties: fields.extraProperties || {},
		priority: fields.priority || 'P3',
		responders: fields.responders || [],
		status,
		acknowledged: status === 'acked' || (status === 'closed' && owner !== ''),
		ackTime: status === 'open' ? null : createdAt + 10 * 60000,
		closeTime: status === 'closed' ? createdAt + 2 * HOUR : null,
		count: 1,
		owner,
		seen: status !== 'open',
		snoozed: false,
		snoozedUntil: null,
		notes: [],
		log: [],
	};
	ops.alerts.set(alert.id, alert);
	return alert;
}

module.exports = { seedOps, addAlert };
