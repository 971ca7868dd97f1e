import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { deploymentOf, jsmApiRequest, paginateOffsetSize, segment } from '../../shared/transport';
import { startsFromNow } from './activation';
import { ALERT_CHANGES, alertsByTime, changesSince, createdEvent, currentChanges, markOf, stampOf, type AlertChange, type PolledAlert } from './alertChanges';
import { ALERT_EVENTS } from './alertDescription';
import { readAlertState, writeAlertState } from './alertState';
import { siteNow } from './fetch';
import { keepFrom } from './state';

/**
 * listAlerts (JSM Operations OpenAPI file, GET /v1/alerts) serves at most 100 alerts a page (`size`), and no
 * more than 20,000 in all ("Sum of offset and size should be lower than 20K"); it sorts by createdAt,
 * insertedAt, lastOccurredAt or priority, never by update. Its `query` is the alert search language, where
 * `createdAt` takes a Unix timestamp in milliseconds (docs.opsgenie.com/v1.0/docs/alerts-search-query-help,
 * linked from the file as "Alerts Search Query Help") and `status` is open or closed.
 */
const PAGE_SIZE = 100;
const WINDOW = 20_000;
/**
 * How far before the last listing each listing of new alerts reaches back: alert lists are served from a
 * search index, like Jira's, so an alert can show up in them a little after it was created. Alerts listed
 * again inside the margin cost no event: their ids are remembered.
 */
export const ALERT_MARGIN_MS = 15 * 60_000;
/** Alerts looked at for "Fetch Test Event". */
const TEST_EVENT_CANDIDATES = 10;

interface AlertSettings {
	created: boolean;
	/** The status changes wanted, or undefined when Alert Status Changed is not selected. */
	changes?: Set<AlertChange>;
	/** The alert search the user asked for (query and priorities), or '' for every alert. */
	query: string;
}

function alertSettingsOf(context: IPollFunctions): AlertSettings | undefined {
	const events = context.getNodeParameter('events', []) as string[];
	if (!ALERT_EVENTS.some((event) => events.includes(event))) return undefined;
	const options = context.getNodeParameter('alertOptions', {}) as IDataObject;
	const priorities = ((options.priorities ?? []) as string[]).map((priority) => `priority: ${priority}`);
	const wanted = (options.statusChanges ?? []) as string[];
	return {
		created: events.includes('alertCreated'),
		changes: events.includes('alertStatusChanged')
			? new Set(ALERT_CHANGES.filter((change) => !wanted.length || wanted.includes(change)))
			: undefined,
		query: both(String(options.query ?? '').trim(), priorities.join(' OR ')),
	};
}

const both = (...terms: string[]) =>
	terms
		.filter(Boolean)
		.map((term) => `(${term})`)
		.join(' AND ');

/** JSM Operations is a Jira Cloud product: Jira Data Center has no Operations REST API. */
async function refuseDataCenter(context: IPollFunctions) {
	if ((await deploymentOf(context)) !== 'datacenter') return;
	throw new NodeOperationError(context.getNode(), 'The alert events need JSM Operations, which only Jira Cloud has', {
		description: 'Jira Data Center has no JSM Operations API. Remove New Alert and Alert Status Changed from Events, or use a Jira Cloud credential.',
	});
}

const listAlerts = async (context: IPollFunctions, query: string, order: 'asc' | 'desc', limit = WINDOW) =>
	await paginateOffsetSize.call(
		context,
		{ api: 'operations', method: 'GET', path: '/v1/alerts', qs: { sort: 'createdAt', order, ...(query ? { query } : {}) } },
		{ limit, pageSize: Math.min(PAGE_SIZE, limit) },
	);

/** One alert by id (GET /v1/alerts/{id}); undefined once deleted. */
const readAlert = async (context: IPollFunctions, id: string) =>
	(await jsmApiRequest.call(context, { api: 'operations', method: 'GET', path: `/v1/alerts/${segment(id)}`, acceptNotFound: true })) as
		| IDataObject
		| undefined;

function report(context: IPollFunctions, what: string, error: unknown) {
	const reason = error instanceof Error ? error.message : String(error);
	context.logger.warn(`Jira Service Management Poll Trigger: could not read ${what} from JSM Operations (${reason}); read again on the next poll`);
}

const polled = new WeakSet<IPollFunctions>();

/**
 * The alert events since the last poll, each once. The first poll of an activation notes Atlassian's clock
 * and, for status changes, the state of every alert not closed, so nothing from before it is emitted.
 * Per poll: the clock (1 request), the alerts created since the last poll (1 request per 100), for status
 * changes the alerts not closed (1 per 100) and each remembered alert that left that list (1 each, once).
 */
export async function newAlertEvents(this: IPollFunctions): Promise<IDataObject[]> {
	const settings = alertSettingsOf(this);
	if (!settings) return [];
	await refuseDataCenter(this);
	const data = this.getWorkflowStaticData('node');
	const now = await siteNow.call(this);
	const state = startsFromNow(polled, this) ? undefined : readAlertState(data);
	if (!state) {
		// Also checks the query and the access before the workflow counts as active.
		const open = await listAlerts(this, both('NOT status: closed', settings.query), 'asc', settings.changes ? WINDOW : 1);
		const tracked = settings.changes ? Object.fromEntries(open.map((alert) => [String(alert.id), markOf(alert)])) : {};
		writeAlertState(data, { since: now, watermark: now, created: {}, tracked });
		return [];
	}
	const floor = Math.max(state.since, state.watermark - ALERT_MARGIN_MS);
	const created = { ...state.created };
	const tracked = { ...state.tracked };
	const events: PolledAlert[] = [];
	let watermark = now;
	try {
		const listed = await listAlerts(this, both(`createdAt > ${floor - 1}`, settings.query), 'asc');
		// More than one window of new alerts: the next poll goes on from the last one listed.
		if (listed.length >= WINDOW) watermark = stampOf(listed[listed.length - 1].createdAt) + ALERT_MARGIN_MS;
		for (const alert of listed) {
			const id = String(alert.id);
			if (id in created || !(stampOf(alert.createdAt) >= floor)) continue;
			created[id] = stampOf(alert.createdAt);
			if (settings.created) events.push(createdEvent(alert));
			// Created and changed between two polls: each change is an event too.
			if (settings.changes) events.push(...changesSince('', alert, settings.changes));
			if (settings.changes && !markOf(alert).includes('c')) tracked[id] = markOf(alert);
		}
	} catch (error) {
		report(this, 'the new alerts', error);
		watermark = state.watermark;
	}
	if (settings.changes) events.push(...(await statusChanges(this, settings, floor, created, tracked)));
	writeAlertState(data, { since: state.since, watermark, created: keepFrom(created, watermark - ALERT_MARGIN_MS), tracked });
	return events.sort(alertsByTime).map((event) => event.json);
}

/** Status changes of the remembered alerts, updating `tracked` to what was read. */
async function statusChanges(
	context: IPollFunctions,
	settings: AlertSettings,
	floor: number,
	created: Record<string, number>,
	tracked: Record<string, string>,
): Promise<PolledAlert[]> {
	const wanted = settings.changes ?? new Set<AlertChange>();
	let open: IDataObject[];
	try {
		open = await listAlerts(context, both('NOT status: closed', settings.query), 'asc');
	} catch (error) {
		report(context, 'the open alerts', error);
		return [];
	}
	const events: PolledAlert[] = [];
	for (const alert of open) {
		const id = String(alert.id);
		if (id in tracked) {
			events.push(...changesSince(tracked[id], alert, wanted));
			tracked[id] = markOf(alert);
		} else if (id in created || stampOf(alert.createdAt) < floor) {
			// Came into the query's scope (or status changes were just selected): from here on.
			tracked[id] = markOf(alert);
		}
		// Newer alerts that no listing of new alerts returned yet: the next one takes them, as new.
	}
	// A full window may leave open alerts out: do not take them as closed.
	if (open.length >= WINDOW) return events;
	const listed = new Set(open.map((alert) => String(alert.id)));
	const left = Object.keys(tracked).filter((id) => !listed.has(id));
	const reads = await Promise.all(
		left.map(async (id) => {
			try {
				return { id, alert: await readAlert(context, id) };
			} catch (error) {
				report(context, `alert ${id}`, error);
				return undefined;
			}
		}),
	);
	for (const read of reads) {
		if (!read) continue;
		// Closed, deleted, or out of the query's scope: no longer followed.
		if (read.alert) events.push(...changesSince(tracked[read.id], read.alert, wanted));
		delete tracked[read.id];
	}
	return events;
}

/** "Fetch Test Event": the latest alert event of the selected kinds among the newest alerts. */
export async function latestAlertEvent(this: IPollFunctions): Promise<IDataObject | undefined> {
	const settings = alertSettingsOf(this);
	if (!settings) return undefined;
	await refuseDataCenter(this);
	const alerts = await listAlerts(this, settings.query, 'desc', TEST_EVENT_CANDIDATES);
	const candidates = alerts.flatMap((alert) => [
		...(settings.created ? [createdEvent(alert)] : []),
		...(settings.changes ? currentChanges(alert, settings.changes) : []),
	]);
	return candidates.sort(alertsByTime).pop()?.json;
}
