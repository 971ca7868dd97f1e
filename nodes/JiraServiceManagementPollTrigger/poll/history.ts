import type { IDataObject } from 'n8n-workflow';

import { changelogFieldOf } from '../../shared/trigger/changelog';
import { parseJiraTime } from './jiraTime';

/**
 * The issue's fields that a changelog item gives back (`from`/`fromString`, `to`/`toString`), in the shape
 * the issue carries them. Other fields (request type, custom fields) stay as they are at poll time.
 */
type FieldValue = IDataObject[string];
const REWINDABLE: Record<string, (id: FieldValue, name: FieldValue, statuses: Map<string, IDataObject>) => FieldValue> = {
	status: (id, name, statuses) => statuses.get(String(id)) ?? { id, name },
	priority: (id, name) => ({ id, name }),
	summary: (_id, name) => name,
};

/** Changelog entries in the order they happened (ids break ties within a millisecond). */
function inOrder(histories: IDataObject[]): IDataObject[] {
	return [...histories].sort((a, b) => parseJiraTime(a.created) - parseJiraTime(b.created) || Number(a.id) - Number(b.id));
}

/** Statuses (with their category) that issues in this poll carry now, by id. */
export function statusesOf(issues: IDataObject[]): Map<string, IDataObject> {
	const statuses = new Map<string, IDataObject>();
	for (const issue of issues) {
		const status = (issue.fields as IDataObject | undefined)?.status as IDataObject | undefined;
		if (status?.id !== undefined) statuses.set(String(status.id), status);
	}
	return statuses;
}

/**
 * The issue as it was right after the moment `at` (and, at that very millisecond, after the entry with
 * id `afterEntry` when given): its fields show the state after its `updated` stamp, so entries up to that
 * stamp are undone back to `at`, and entries read since (newer than the fields) are applied up to `at`.
 * `histories` must hold every entry after `at`.
 */
export function issueAt(
	raw: IDataObject,
	histories: IDataObject[],
	at: number,
	statuses: Map<string, IDataObject>,
	afterEntry?: string,
): IDataObject {
	const fields = { ...((raw.fields ?? {}) as IDataObject) };
	const updated = parseJiraTime(fields.updated);
	const isAfter = (history: IDataObject) => {
		const created = parseJiraTime(history.created);
		return created > at || (created === at && afterEntry !== undefined && Number(history.id) > Number(afterEntry));
	};
	const set = (history: IDataObject, side: 'from' | 'to') => {
		for (const item of (history.items ?? []) as IDataObject[]) {
			const rewind = REWINDABLE[changelogFieldOf(item)];
			if (!rewind) continue;
			const name = item[side === 'from' ? 'fromString' : 'toString'];
			fields[changelogFieldOf(item)] = rewind(item[side], name, statuses);
		}
	};
	const ordered = inOrder(histories);
	for (const history of [...ordered].reverse()) {
		if (isAfter(history) && parseJiraTime(history.created) <= updated) set(history, 'from');
	}
	for (const history of ordered) {
		if (!isAfter(history) && parseJiraTime(history.created) > updated) set(history, 'to');
	}
	return { ...raw, fields };
}
