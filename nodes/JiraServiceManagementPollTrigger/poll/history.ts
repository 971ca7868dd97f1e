import type { IDataObject } from 'n8n-workflow';

import { changelogFieldOf } from '../../shared/trigger/changelog';
import { parseJiraTime } from './jiraTime';

/**
 * The issue's fields that a changelog item gives back (`from`/`fromString`, `to`/`toString`), in the shape
 * the issue carries them. The request type is rewound too (requestTypeAt); other custom fields stay as at poll time.
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

/** What the issues in this poll carry now: statuses (with their category) by id, request types by id and name. */
export interface Known {
	statuses: Map<string, IDataObject>;
	requestTypes: Map<string, IDataObject>;
	/** The site's Customer Request Type field (customfield_…), when the site has JSM. */
	requestTypeField?: string;
}

export function knownOf(issues: IDataObject[], requestTypeField?: string): Known {
	const known: Known = { statuses: new Map(), requestTypes: new Map(), requestTypeField };
	for (const issue of issues) {
		const fields = (issue.fields ?? {}) as IDataObject;
		const status = fields.status as IDataObject | undefined;
		if (status?.id !== undefined) known.statuses.set(String(status.id), status);
		const requestType = (requestTypeField ? (fields[requestTypeField] as IDataObject | null)?.requestType : undefined) as IDataObject | undefined;
		if (requestType?.id !== undefined) {
			known.requestTypes.set(`id ${String(requestType.id)}`, requestType);
			known.requestTypes.set(`name ${String(requestType.name).toLowerCase()}`, requestType);
		}
	}
	return known;
}

/**
 * Whether a changelog item changed the request type. Atlassian documents no format for it (none found in
 * Atlassian's docs, issue trackers or public code): it is taken to be written like other custom fields, with
 * the field's id (or its name, "Customer Request Type" / "Request Type") and the request type's id or key in
 * `from`/`to`, its name in `fromString`/`toString`.
 */
function isRequestTypeItem(item: IDataObject, known: Known): boolean {
	const field = changelogFieldOf(item);
	return (known.requestTypeField !== undefined && field === known.requestTypeField.toLowerCase()) || field === 'customer request type' || field === 'request type';
}

/** The request type one side of such an item names: by id, else by name, among those the poll saw; else a bare id. */
function requestTypeAt(id: FieldValue, name: FieldValue, known: Known): IDataObject | null {
	if ((id === null || id === undefined || id === '') && (name === null || name === undefined || name === '')) return null;
	const byId = id !== null && id !== undefined ? known.requestTypes.get(`id ${String(id)}`) : undefined;
	const byName = name !== null && name !== undefined ? known.requestTypes.get(`name ${String(name).toLowerCase()}`) : undefined;
	if (byId ?? byName) return (byId ?? byName) as IDataObject;
	// An id Jira wrote (numeric) stands on its own; a key or name no request of the poll has matches no filter.
	return /^\d+$/.test(String(id ?? '')) ? { id: String(id), name } : { name };
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
	known: Known,
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
			const value = item[side];
			if (known.requestTypeField && isRequestTypeItem(item, known)) {
				const requestType = requestTypeAt(value, item[side === 'from' ? 'fromString' : 'toString'], known);
				fields[known.requestTypeField] = requestType && { requestType };
				continue;
			}
			const rewind = REWINDABLE[changelogFieldOf(item)];
			if (!rewind) continue;
			const name = item[side === 'from' ? 'fromString' : 'toString'];
			fields[changelogFieldOf(item)] = rewind(value, name, known.statuses);
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
