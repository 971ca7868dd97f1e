import type { IDataObject } from 'n8n-workflow';

/** What the trigger remembers between polls (the node's static data, saved by n8n with each run). */
export interface PollState {
	/** Jira's clock at activation: nothing that happened before is ever emitted. */
	since: number;
	/** Jira's clock when the last complete poll began: the next search starts here, less a safety margin. */
	watermark: number;
	/** Issue id → the `updated` stamp already processed, for stamps a later search can still return. */
	issues: Record<string, number>;
	/** Changelog entries (`h<id>`) and comments (`c<id>`) already processed → when they were created. */
	entries: Record<string, number>;
	/** Issue id → the floor of the poll that could not read it: its changes from there on are still owed. */
	retry: Record<string, number>;
	/**
	 * SLA cycles already reported (`<issue id>/<SLA field>/<cycle start>/<slaAtRisk|slaBreached>`) → when a poll
	 * last saw them at risk. Kept while the SLA search still finds them and a day after (SLA_MEMORY_MS in run.ts).
	 */
	sla: Record<string, number>;
}

const isStampMap = (value: unknown): value is Record<string, number> =>
	typeof value === 'object' && value !== null && Object.values(value).every((stamp) => typeof stamp === 'number');

export function readState(data: IDataObject): PollState | undefined {
	// `sla` is missing from the state of versions before the SLA events.
	const { since, watermark, issues, entries, retry = {}, sla = {} } = data;
	const maps = [issues, entries, retry, sla];
	if (typeof since !== 'number' || typeof watermark !== 'number' || !maps.every(isStampMap)) return undefined;
	return { since, watermark, issues, entries, retry, sla } as PollState;
}

/** Stores the state in place (n8n saves the node's static data object it handed out). */
export function writeState(data: IDataObject, state: PollState): void {
	Object.assign(data, state);
}

/** Only stamps at or after `bound` can come back from a search that starts at `bound`. */
export function keepFrom(stamps: Record<string, number>, bound: number): Record<string, number> {
	return Object.fromEntries(Object.entries(stamps).filter(([, stamp]) => stamp >= bound));
}
