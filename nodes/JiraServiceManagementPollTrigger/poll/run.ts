import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { requestTypeFieldId, siteFieldsOfType } from '../../shared/helpers/requestTypeField';
import { jqlString } from '../../shared/helpers/jql';
import { includeRawOf, registrationJql, triggerFiltersOf, yesNoOption } from '../../shared/trigger/filters';
import { startsFromNow } from './activation';
import { ONLY_ANSWERABLE_LABEL } from './description';
import { latestAlertEvent, newAlertEvents } from './alerts';
import type { EventContext, PolledEvent } from './changes';
import { byTime, commentEvent, isStatusChange, requestEvent, statusEvent } from './changes';
import { selectedPollEvents, type PollEvent } from './events';
import { readIssues, recentComments, recentHistories, requestApprovals, searchAll, searchIssues, siteNow, type Search } from './fetch';
import { issueAt, knownOf } from './history';
import { parseJiraTime, relativeBound } from './jiraTime';
import { additionEvents, approvalEvent, dateMillis, slaEvent, type JsmFields } from './jsmChanges';
import { slaJql, slaOccurrences } from './sla';
import { keepFrom, readState, writeState, type PollState } from './state';

/**
 * How far before the last poll's start each search reaches back. Jira's search index is eventually
 * consistent: a change shows up in it "from a few seconds to minutes" after it happened, bulk edits later
 * (Atlassian, "Search after write with search and reconcile"). A change indexed later than this is missed.
 * Issues found again inside the window cost no request: their update stamps are remembered.
 */
export const SAFETY_MARGIN_MS = 15 * 60_000;
/** Requests looked at for "Fetch Test Event". */
const TEST_EVENT_CANDIDATES = 10;
const ISSUE_FIELDS = ['summary', 'status', 'project', 'issuetype', 'priority', 'reporter', 'assignee', 'created', 'updated'];
/**
 * How long an SLA cycle already reported is remembered after the SLA search last found it. A cycle stays in
 * that search until it completes, so this only bridges searches that miss it for a while (index delays).
 */
export const SLA_MEMORY_MS = 24 * 60 * 60_000;
const DEFAULT_SLA_THRESHOLD_MINUTES = 30;
// JSM's own fields, by custom field type (their ids differ from site to site).
const SLA_FIELD = 'com.atlassian.servicedesk:sd-sla-field';
const PARTICIPANTS_FIELD = 'com.atlassian.servicedesk:sd-request-participants';
const ORGANIZATIONS_FIELD = 'com.atlassian.servicedesk:sd-customer-organizations';

interface Settings extends EventContext {
	events: Set<PollEvent>;
	slaThresholdMs: number;
	onlyAnswerableApprovals: boolean;
}

function settingsOf(context: IPollFunctions): Settings {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const minutes = Number(options.slaThresholdMinutes ?? DEFAULT_SLA_THRESHOLD_MINUTES);
	if (!Number.isFinite(minutes) || minutes < 1) {
		throw new NodeOperationError(context.getNode(), `SLA Threshold (Minutes) must be a number of minutes, 1 or more (got ${String(options.slaThresholdMinutes)})`);
	}
	return {
		events: selectedPollEvents(context.getNodeParameter('events', []) as string[]),
		filters: triggerFiltersOf(context, options),
		includeRaw: includeRawOf(context, options),
		slaThresholdMs: Math.round(minutes * 60_000),
		onlyAnswerableApprovals: yesNoOption(context, options, 'onlyAnswerableApprovals', ONLY_ANSWERABLE_LABEL),
	};
}

const wants = (settings: Settings, ...events: PollEvent[]) => events.some((event) => settings.events.has(event));

/** The site's SLA, participants and organizations fields, for the events that need them (one field list per activation). */
async function jsmFieldsOf(context: IPollFunctions, settings: Settings): Promise<JsmFields> {
	const ofType = async (type: string, needed: boolean) => (needed ? await siteFieldsOfType.call(context, type) : []);
	const [slas, participants, organizations] = await Promise.all([
		ofType(SLA_FIELD, wants(settings, 'slaAtRisk', 'slaBreached')),
		ofType(PARTICIPANTS_FIELD, wants(settings, 'participantAdded')),
		ofType(ORGANIZATIONS_FIELD, wants(settings, 'organizationAdded')),
	]);
	const idOf = (fields: IDataObject[]) => (fields[0] ? String(fields[0].id) : undefined);
	return {
		slas: slas.map((field) => ({ id: String(field.id), name: String(field.name ?? field.id) })),
		participants: idOf(participants),
		organizations: idOf(organizations),
	};
}

/** A search, and the site's request type field, which events are judged by as it was at their moment. */
type PollSearch = Search & { requestTypeField?: string };

async function searchFor(context: IPollFunctions, settings: Settings, jsmFields: JsmFields, condition: string, order: string): Promise<PollSearch> {
	const requestTypeField = await requestTypeFieldId.call(context);
	const extra = [requestTypeField, jsmFields.participants, jsmFields.organizations].filter((id): id is string => Boolean(id));
	return {
		jql: `${[registrationJql(settings.filters), condition].filter(Boolean).join(' AND ')} ORDER BY ${order}`,
		fields: [...ISSUE_FIELDS, ...extra],
		// Every event needs the changelog: it tells how the request was at the event's moment.
		changelog: true,
		requestTypeField,
	};
}

interface Entries {
	histories: IDataObject[];
	comments: IDataObject[];
	approvals: IDataObject[];
}

async function entriesOf(context: IPollFunctions, settings: Settings, issue: IDataObject, floor: number): Promise<Entries> {
	const [histories, comments] = await Promise.all([
		recentHistories.call(context, issue, floor),
		settings.events.has('commentCreated') ? recentComments.call(context, String(issue.id), floor) : [],
	]);
	// JSM opens an approval when a request enters a status that has one, and once it is decided moves the request
	// on through the approval's transition ("Set up approvals", Atlassian): a request whose approvals changed was
	// created or changed status, so only those are asked for their approvals.
	const created = parseJiraTime((issue.fields as IDataObject | undefined)?.created);
	const moved = created >= floor || histories.some(isStatusChange);
	const approvals = wants(settings, 'approvalRequired', 'approvalCompleted') && moved ? await requestApprovals.call(context, String(issue.id)) : [];
	return { histories, comments, approvals };
}

/** Polls of one trigger that are still running: a slow poll must not overlap the next one. */
const running = new Set<string>();

/** The activations whose first poll the request events have seen (poll/activation.ts). */
const polledContexts = new WeakSet<IPollFunctions>();

/**
 * Everything that changed since the last poll, each change once. The first poll of an activation only
 * notes Jira's clock, so nothing older than the activation is ever emitted.
 */
export async function newEvents(this: IPollFunctions): Promise<IDataObject[]> {
	const key = `${this.getWorkflow().id ?? ''}/${this.getNode().id ?? this.getNode().name}`;
	if (running.has(key)) return [];
	running.add(key);
	try {
		const requests = selectedPollEvents(this.getNodeParameter('events', []) as string[]).size ? await poll(this) : [];
		// JSM Operations alerts: their own API and their own part of the state (poll/alerts.ts).
		const alerts = await newAlertEvents.call(this);
		return [...requests, ...alerts].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
	} finally {
		running.delete(key);
	}
}

interface Changed {
	issue: IDataObject;
	firstSighting: boolean;
	/** Entries created from here on are new: this poll's floor, or an earlier one still owed to the issue. */
	floor: number;
}

/** What went wrong reading one issue, for the log (Jira's message, never the request's credentials). */
function reportUnread(context: IPollFunctions, id: string, error: unknown) {
	const reason = error instanceof Error ? error.message : String(error);
	context.logger.warn(`Jira Service Management Poll Trigger: could not read issue ${id} (${reason}); it is read again on the next poll`);
}

async function poll(context: IPollFunctions): Promise<IDataObject[]> {
	// Read first, so that a setting no poll could use fails the activation's own poll with its field named.
	const settings = settingsOf(context);
	const data = context.getWorkflowStaticData('node');
	// Jira's clock before the search: whatever changes after this moment is left for the next poll.
	const now = await siteNow.call(context);
	const activated = startsFromNow(polledContexts, context);
	const state = activated ? undefined : readState(data);
	if (!state) {
		writeState(data, { since: now, watermark: now, issues: {}, entries: {}, retry: {}, sla: {} });
		return [];
	}
	const jsmFields = await jsmFieldsOf(context, settings);
	const floor = Math.max(state.since, state.watermark - SAFETY_MARGIN_MS);
	const search = await searchFor(context, settings, jsmFields, `updated >= ${jqlString(relativeBound(floor, now))}`, 'updated ASC, key ASC');
	const found = await searchAll.call(context, search);
	// Issues an earlier poll could not read are read again, also once they are older than the search.
	const searched = new Set(found.issues.map((issue) => String(issue.id)));
	const owed = await readIssues.call(context, Object.keys(state.retry).filter((id) => !searched.has(id)), search);
	const unread = new Map([...found.unread, ...owed.unread]);

	const seen = { ...state.issues };
	const processed = { ...state.entries };
	const changed: Changed[] = [];
	for (const issue of [...found.issues, ...owed.issues]) {
		const id = String(issue.id);
		const stamp = parseJiraTime((issue.fields as IDataObject | undefined)?.updated);
		const previous = seen[id];
		const owedFrom = state.retry[id];
		const from = Math.min(floor, owedFrom ?? floor);
		// Last changed before the floor (the search reaches a little further back): nothing new on it.
		if (!Number.isFinite(stamp) || stamp < from || (owedFrom === undefined && previous !== undefined && stamp <= previous)) continue;
		changed.push({ issue, firstSighting: previous === undefined, floor: from });
	}
	// One issue whose comments or changelog cannot be read must not hold back the others.
	const entries = await Promise.all(
		changed.map(async ({ issue, floor: from }) => {
			try {
				return await entriesOf(context, settings, issue, from);
			} catch (error) {
				unread.set(String(issue.id), error);
				return undefined;
			}
		}),
	);

	const known = knownOf([...found.issues, ...owed.issues], search.requestTypeField);
	const events: PolledEvent[] = [];
	changed.forEach(({ issue, firstSighting, floor: from }, index) => {
		const read = entries[index];
		if (!read) return;
		seen[String(issue.id)] = parseJiraTime((issue.fields as IDataObject).updated);
		const fresh = <T extends IDataObject>(prefix: string, list: T[], stampOf = (entry: T) => parseJiraTime(entry.created)) =>
			list.filter((entry) => {
				const id = `${prefix}${String(entry.id)}`;
				if (id in processed) return false;
				processed[id] = stampOf(entry);
				return true;
			});
		const histories = fresh('h', read.histories);
		const comments = fresh('c', read.comments);
		// Approvals opened (`a`) and decided (`d`) since the floor, each once.
		const createdAt = (approval: IDataObject) => dateMillis(approval.createdDate);
		const completedAt = (approval: IDataObject) => dateMillis(approval.completedDate);
		const opened = fresh('a', read.approvals.filter((approval) => createdAt(approval) >= from), createdAt);
		const decided = fresh('d', read.approvals.filter((approval) => approval.finalDecision !== 'pending' && completedAt(approval) >= from), completedAt);
		const created = parseJiraTime((issue.fields as IDataObject).created);
		const updated = parseJiraTime((issue.fields as IDataObject).updated);
		const isNew = firstSighting && created >= from;
		// A request changed after it was created: Jira's webhooks send issue_created, then issue_updated.
		const isUpdated = !isNew || updated > created;
		// Each event carries the request as it was at that moment, as a webhook sent then would have.
		const asOf = (at: number, afterEntry?: string) => issueAt(issue, read.histories, at, known, afterEntry);
		const candidates = [
			isNew && settings.events.has('requestCreated') ? requestEvent('requestCreated', asOf(created), [], settings) : undefined,
			isUpdated && settings.events.has('requestUpdated') ? requestEvent('requestUpdated', issue, histories, settings) : undefined,
			...(settings.events.has('statusChanged')
				? histories.map((history) => statusEvent(asOf(parseJiraTime(history.created), String(history.id)), history, settings))
				: []),
			...(settings.events.has('commentCreated') ? comments.map((comment) => commentEvent(asOf(parseJiraTime(comment.created)), comment, settings)) : []),
			...jsmEvents(settings, jsmFields, issue, { histories, opened, decided }, asOf),
		];
		for (const event of candidates) if (event) events.push(event);
	});
	const sla = { ...state.sla };
	events.push(...(await slaEvents(context, settings, jsmFields, search, state, now, sla)));

	const retry: Record<string, number> = {};
	for (const [id, error] of unread) {
		retry[id] = Math.min(floor, state.retry[id] ?? floor);
		reportUnread(context, id, error);
	}
	// The next search starts from this poll's start (less the margin): older stamps cannot come back.
	// Entries stay remembered as far back as an issue still owed its events reaches.
	const next = now - SAFETY_MARGIN_MS;
	const oldestOwed = Math.min(next, ...Object.values(retry));
	writeState(data, {
		since: state.since,
		watermark: now,
		issues: keepFrom(seen, next),
		entries: keepFrom(processed, oldestOwed),
		retry,
		sla: keepFrom(sla, now - SLA_MEMORY_MS),
	});
	return events.sort(byTime).map((event) => event.json);
}

interface NewEntries {
	histories: IDataObject[];
	opened: IDataObject[];
	decided: IDataObject[];
}

/** Approval, participant and organization events of one request, from its new changelog entries and approvals. */
function jsmEvents(
	settings: Settings,
	jsmFields: JsmFields,
	issue: IDataObject,
	{ histories, opened, decided }: NewEntries,
	asOf: (at: number, afterEntry?: string) => IDataObject,
): Array<PolledEvent | undefined> {
	const answerable = (approval: IDataObject) => !settings.onlyAnswerableApprovals || approval.canAnswerApproval === true;
	const additions = (kind: 'participantAdded' | 'organizationAdded') =>
		settings.events.has(kind)
			? histories.flatMap((history) =>
					additionEvents(kind, asOf(parseJiraTime(history.created), String(history.id)), history, jsmFields, issue, settings),
				)
			: [];
	return [
		...(settings.events.has('approvalRequired')
			? opened.filter(answerable).map((approval) => approvalEvent('approvalRequired', asOf(dateMillis(approval.createdDate)), approval, settings))
			: []),
		...(settings.events.has('approvalCompleted')
			? decided.map((approval) => approvalEvent('approvalCompleted', asOf(dateMillis(approval.completedDate)), approval, settings))
			: []),
		...additions('participantAdded'),
		...additions('organizationAdded'),
	];
}

/**
 * SLA cycles that went at risk or breached: one search over the requests the filters match, by JSM's SLA
 * functions, each cycle reported once (`sla` holds those reported; nothing that happened before activation).
 * A request whose changelog cannot be read now is left for the next poll, which still finds it.
 */
async function slaEvents(
	context: IPollFunctions,
	settings: Settings,
	jsmFields: JsmFields,
	search: PollSearch,
	state: PollState,
	now: number,
	sla: Record<string, number>,
): Promise<PolledEvent[]> {
	if (!wants(settings, 'slaAtRisk', 'slaBreached') || !jsmFields.slas.length) return [];
	const jql = slaJql(settings.filters, jsmFields, settings.events, settings.slaThresholdMs);
	const issues = await searchIssues.call(context, { ...search, jql, fields: [...search.fields, ...jsmFields.slas.map(({ id }) => id)] });
	const known = knownOf(issues, search.requestTypeField);
	const events: PolledEvent[] = [];
	for (const issue of issues) {
		const occurrences = slaOccurrences(issue, jsmFields, settings.events, settings.slaThresholdMs, now);
		// Seen again, or happened before activation: remembered (so it never counts later), not emitted.
		for (const { key, at } of occurrences) if (key in state.sla || at < state.since) sla[key] = now;
		const due = occurrences.filter(({ key }) => !(key in sla));
		if (!due.length) continue;
		try {
			const histories = await recentHistories.call(context, issue, Math.min(...due.map(({ at }) => at)));
			for (const { kind, field, sla: value, at, key } of due) {
				const event = slaEvent(kind, issueAt(issue, histories, at, known), field, value, at, settings);
				if (event) events.push(event);
				sla[key] = now;
			}
		} catch (error) {
			reportUnread(context, String(issue.id), error);
		}
	}
	return events;
}

/** "Fetch Test Event": the most recent event of the selected kinds, request or alert. */
export async function latestEvent(this: IPollFunctions): Promise<IDataObject[]> {
	const latest = [...(await latestRequestEvent(this)), ...[await latestAlertEvent.call(this)].filter((event) => event !== undefined)];
	return latest.sort((a, b) => Number(b.timestamp) - Number(a.timestamp)).slice(0, 1);
}

/** The most recent request event of the selected kinds among the latest matching requests. */
async function latestRequestEvent(context: IPollFunctions): Promise<IDataObject[]> {
	const settings = settingsOf(context);
	if (!settings.events.size) return [];
	const jsmFields = await jsmFieldsOf(context, settings);
	const search = await searchFor(context, settings, jsmFields, 'updated <= now()', 'updated DESC, key DESC');
	let latest: PolledEvent | undefined;
	const consider = (event: PolledEvent | undefined) => {
		if (event && (!latest || byTime(latest, event) < 0)) latest = event;
	};
	for (const issue of await searchIssues.call(context, search, TEST_EVENT_CANDIDATES)) {
		// The newest entries are enough here: the search's changelog (latest first) and one page of comments.
		const histories = ((issue.changelog as IDataObject | undefined)?.histories ?? []) as IDataObject[];
		const comments = settings.events.has('commentCreated') ? await recentComments.call(context, String(issue.id), -Infinity, 1) : [];
		const approvals = wants(settings, 'approvalRequired', 'approvalCompleted') ? await requestApprovals.call(context, String(issue.id)) : [];
		const decided = approvals.filter((approval) => approval.finalDecision !== 'pending');
		const candidates = [
			settings.events.has('requestCreated') ? requestEvent('requestCreated', issue, [], settings) : undefined,
			settings.events.has('requestUpdated') ? requestEvent('requestUpdated', issue, histories.slice(0, 1), settings) : undefined,
			...(settings.events.has('statusChanged') ? histories.filter(isStatusChange).map((h) => statusEvent(issue, h, settings)) : []),
			...(settings.events.has('commentCreated') ? comments.map((comment) => commentEvent(issue, comment, settings)) : []),
			...jsmEvents(settings, jsmFields, issue, { histories, opened: approvals, decided }, () => issue),
		];
		candidates.forEach(consider);
	}
	if (wants(settings, 'slaAtRisk', 'slaBreached') && jsmFields.slas.length) {
		const now = await siteNow.call(context);
		const jql = slaJql(settings.filters, jsmFields, settings.events, settings.slaThresholdMs);
		const fields = [...search.fields, ...jsmFields.slas.map(({ id }) => id)];
		for (const issue of await searchIssues.call(context, { ...search, jql, fields }, TEST_EVENT_CANDIDATES)) {
			for (const { kind, field, sla, at } of slaOccurrences(issue, jsmFields, settings.events, settings.slaThresholdMs, now)) {
				consider(slaEvent(kind, issue, field, sla, at, settings));
			}
		}
	}
	const found = latest as PolledEvent | undefined;
	return found ? [found.json] : [];
}
