import type { IDataObject, IPollFunctions, WorkflowActivateMode } from 'n8n-workflow';

import { requestTypeFieldId } from '../../shared/helpers/requestTypeField';
import { jqlString } from '../../shared/helpers/jql';
import { includeRawOf, registrationJql, triggerFiltersOf } from '../../shared/trigger/filters';
import type { EventContext, PolledEvent } from './changes';
import { byTime, commentEvent, isStatusChange, requestEvent, statusEvent } from './changes';
import { selectedPollEvents, type PollEvent } from './events';
import { latestIssues, readIssues, recentComments, recentHistories, searchAll, siteNow, type Search } from './fetch';
import { issueAt, statusesOf } from './history';
import { parseJiraTime, relativeBound } from './jiraTime';
import { keepFrom, readState, writeState } from './state';

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

interface Settings extends EventContext {
	events: Set<PollEvent>;
}

function settingsOf(context: IPollFunctions): Settings {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	return {
		events: selectedPollEvents(context.getNodeParameter('events', []) as string[]),
		filters: triggerFiltersOf(context, options),
		includeRaw: includeRawOf(context, options),
	};
}

async function searchFor(context: IPollFunctions, settings: Settings, condition: string, order: string): Promise<Search> {
	const requestTypeField = await requestTypeFieldId.call(context);
	return {
		jql: `${[registrationJql(settings.filters), condition].filter(Boolean).join(' AND ')} ORDER BY ${order}`,
		fields: requestTypeField ? [...ISSUE_FIELDS, requestTypeField] : ISSUE_FIELDS,
		// Every event needs the changelog: it tells how the request was at the event's moment.
		changelog: true,
	};
}

interface Entries {
	histories: IDataObject[];
	comments: IDataObject[];
}

async function entriesOf(context: IPollFunctions, settings: Settings, issue: IDataObject, floor: number): Promise<Entries> {
	const [histories, comments] = await Promise.all([
		recentHistories.call(context, issue, floor),
		settings.events.has('commentCreated') ? recentComments.call(context, String(issue.id), floor) : [],
	]);
	return { histories, comments };
}

/** Polls of one trigger that are still running: a slow poll must not overlap the next one. */
const running = new Set<string>();

/** n8n polls through one context per activation, from the activation's own poll to the last tick. */
const polledContexts = new WeakSet<IPollFunctions>();
/**
 * Activations a user asked for (turning the workflow on), which start from now. n8n starting with the
 * workflow active ('init'), a new version of an active workflow ('update') and another main taking over
 * ('leadershipChange') go on from the stored state, so what happened meanwhile is emitted once.
 */
const STARTS_FROM_NOW: WorkflowActivateMode[] = ['activate', 'create'];

/**
 * Everything that changed since the last poll, each change once. The first poll of an activation only
 * notes Jira's clock, so nothing older than the activation is ever emitted.
 */
export async function newEvents(this: IPollFunctions): Promise<IDataObject[]> {
	const key = `${this.getWorkflow().id ?? ''}/${this.getNode().id ?? this.getNode().name}`;
	if (running.has(key)) return [];
	running.add(key);
	try {
		return await poll(this);
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
	const activated = !polledContexts.has(context) && STARTS_FROM_NOW.includes(context.getActivationMode());
	polledContexts.add(context);
	const state = activated ? undefined : readState(data);
	if (!state) {
		writeState(data, { since: now, watermark: now, issues: {}, entries: {}, retry: {} });
		return [];
	}
	const floor = Math.max(state.since, state.watermark - SAFETY_MARGIN_MS);
	const search = await searchFor(context, settings, `updated >= ${jqlString(relativeBound(floor, now))}`, 'updated ASC, key ASC');
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

	const statuses = statusesOf([...found.issues, ...owed.issues]);
	const events: PolledEvent[] = [];
	changed.forEach(({ issue, firstSighting, floor: from }, index) => {
		const read = entries[index];
		if (!read) return;
		seen[String(issue.id)] = parseJiraTime((issue.fields as IDataObject).updated);
		const fresh = <T extends IDataObject>(prefix: string, list: T[]) =>
			list.filter((entry) => {
				const id = `${prefix}${String(entry.id)}`;
				if (id in processed) return false;
				processed[id] = parseJiraTime(entry.created);
				return true;
			});
		const histories = fresh('h', read.histories);
		const comments = fresh('c', read.comments);
		const created = parseJiraTime((issue.fields as IDataObject).created);
		const updated = parseJiraTime((issue.fields as IDataObject).updated);
		const isNew = firstSighting && created >= from;
		// A request changed after it was created: Jira's webhooks send issue_created, then issue_updated.
		const isUpdated = !isNew || updated > created;
		// Each event carries the request as it was at that moment, as a webhook sent then would have.
		const asOf = (at: number, afterEntry?: string) => issueAt(issue, read.histories, at, statuses, afterEntry);
		const candidates = [
			isNew && settings.events.has('requestCreated') ? requestEvent('requestCreated', asOf(created), [], settings) : undefined,
			isUpdated && settings.events.has('requestUpdated') ? requestEvent('requestUpdated', issue, histories, settings) : undefined,
			...(settings.events.has('statusChanged')
				? histories.map((history) => statusEvent(asOf(parseJiraTime(history.created), String(history.id)), history, settings))
				: []),
			...(settings.events.has('commentCreated') ? comments.map((comment) => commentEvent(asOf(parseJiraTime(comment.created)), comment, settings)) : []),
		];
		for (const event of candidates) if (event) events.push(event);
	});

	const retry: Record<string, number> = {};
	for (const [id, error] of unread) {
		retry[id] = Math.min(floor, state.retry[id] ?? floor);
		reportUnread(context, id, error);
	}
	// The next search starts from this poll's start (less the margin): older stamps cannot come back.
	// Entries stay remembered as far back as an issue still owed its events reaches.
	const next = now - SAFETY_MARGIN_MS;
	const oldestOwed = Math.min(next, ...Object.values(retry));
	writeState(data, { since: state.since, watermark: now, issues: keepFrom(seen, next), entries: keepFrom(processed, oldestOwed), retry });
	return events.sort(byTime).map((event) => event.json);
}

/** "Fetch Test Event": the most recent event of the selected kinds among the latest matching requests. */
export async function latestEvent(this: IPollFunctions): Promise<IDataObject[]> {
	const settings = settingsOf(this);
	const search = await searchFor(this, settings, 'updated <= now()', 'updated DESC, key DESC');
	let latest: PolledEvent | undefined;
	for (const issue of await latestIssues.call(this, search, TEST_EVENT_CANDIDATES)) {
		// The newest entries are enough here: the search's changelog (latest first) and one page of comments.
		const histories = ((issue.changelog as IDataObject | undefined)?.histories ?? []) as IDataObject[];
		const comments = settings.events.has('commentCreated') ? await recentComments.call(this, String(issue.id), -Infinity, 1) : [];
		const candidates = [
			settings.events.has('requestCreated') ? requestEvent('requestCreated', issue, [], settings) : undefined,
			settings.events.has('requestUpdated') ? requestEvent('requestUpdated', issue, histories.slice(0, 1), settings) : undefined,
			...(settings.events.has('statusChanged') ? histories.filter(isStatusChange).map((h) => statusEvent(issue, h, settings)) : []),
			...(settings.events.has('commentCreated') ? comments.map((comment) => commentEvent(issue, comment, settings)) : []),
		];
		for (const event of candidates) if (event && (!latest || byTime(latest, event) < 0)) latest = event;
	}
	return latest ? [latest.json] : [];
}
