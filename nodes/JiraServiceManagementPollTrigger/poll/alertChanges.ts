import type { IDataObject } from 'n8n-workflow';

/**
 * The status changes an alert can go through, as AlertResponse in the Operations OpenAPI file shows them:
 * `acknowledged` (with `ackTime`), `snoozed` (with `snoozedUntil`), `status` closed (with `closeTime`); the
 * unackAlert endpoint sets acknowledged back to false, "effectively marking it's status as 'open'" (JSM
 * Operations alerts are never reopened once closed: a new alert is raised instead).
 */
export const ALERT_CHANGES = ['acknowledged', 'unacknowledged', 'snoozed', 'closed'] as const;
export type AlertChange = (typeof ALERT_CHANGES)[number];

/**
 * An alert's state as the trigger remembers it between polls: `a` acknowledged, `z` snoozed, `c` closed
 * (a new alert starts as ''). The status enum also names `acked` and `snoozed`: either reading counts.
 */
export function markOf(alert: IDataObject): string {
	const acknowledged = alert.acknowledged === true || alert.status === 'acked';
	const snoozed = alert.snoozed === true || alert.status === 'snoozed';
	return `${acknowledged ? 'a' : ''}${snoozed ? 'z' : ''}${alert.status === 'closed' ? 'c' : ''}`;
}

export const stampOf = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : NaN);

/** One alert event, with what orders it among the poll's others. */
export interface PolledAlert {
	timestamp: number;
	order: string;
	json: IDataObject;
}

function alertOutput(event: string, alert: IDataObject, timestamp: number, change?: AlertChange): IDataObject {
	return {
		event,
		timestamp,
		...(change ? { change } : {}),
		alertId: alert.id,
		tinyId: alert.tinyId,
		message: alert.message,
		priority: alert.priority,
		status: alert.status,
		acknowledged: alert.acknowledged,
		snoozed: alert.snoozed,
		owner: alert.owner,
		tags: alert.tags,
		alert,
	};
}

/** When a change happened: the alert's own stamp for it where it has one, else its last update. */
function changedAt(alert: IDataObject, change: AlertChange): number {
	const own = change === 'acknowledged' ? stampOf(alert.ackTime) : change === 'closed' ? stampOf(alert.closeTime) : NaN;
	const at = Number.isFinite(own) ? own : stampOf(alert.updatedAt);
	return Number.isFinite(at) ? at : stampOf(alert.createdAt);
}

export function createdEvent(alert: IDataObject): PolledAlert {
	return { timestamp: stampOf(alert.createdAt), order: `${String(alert.id)} 0`, json: alertOutput('alertCreated', alert, stampOf(alert.createdAt)) };
}

function changeEvent(alert: IDataObject, change: AlertChange): PolledAlert {
	const timestamp = changedAt(alert, change);
	const order = `${String(alert.id)} ${ALERT_CHANGES.indexOf(change) + 1}`;
	return { timestamp, order, json: alertOutput('alertStatusChanged', alert, timestamp, change) };
}

/** The changes from the remembered state `before` to the alert as it is now, in the order they happen. */
export function changesSince(before: string, alert: IDataObject, wanted: Set<AlertChange>): PolledAlert[] {
	const now = markOf(alert);
	const was = (flag: string) => before.includes(flag);
	const is = (flag: string) => now.includes(flag);
	const changes: AlertChange[] = [];
	if (!was('a') && is('a')) changes.push('acknowledged');
	if (was('a') && !is('a') && !is('c')) changes.push('unacknowledged');
	if (!was('z') && is('z')) changes.push('snoozed');
	if (!was('c') && is('c')) changes.push('closed');
	return changes.filter((change) => wanted.has(change)).map((change) => changeEvent(alert, change));
}

/** For "Fetch Test Event": the changes that brought the alert where it is now, as if it had started open. */
export const currentChanges = (alert: IDataObject, wanted: Set<AlertChange>) => changesSince('', alert, wanted);

export const alertsByTime = (a: PolledAlert, b: PolledAlert) => a.timestamp - b.timestamp || a.order.localeCompare(b.order);
