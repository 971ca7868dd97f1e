import type { IDataObject } from 'n8n-workflow';

/** The alert events' part of the node's static data (`alerts`), apart from the request events' state. */
export interface AlertState {
	/** Atlassian's clock at activation: no alert created before is ever a New Alert. */
	since: number;
	/** Atlassian's clock when the last complete listing of new alerts began. */
	watermark: number;
	/** Alert id → createdAt, for alerts already taken as new that the next listing can still return. */
	created: Record<string, number>;
	/** Alert id → its remembered state (alertChanges `markOf`), for alerts not closed (status changes only). */
	tracked: Record<string, string>;
}

const isRecordOf = (value: unknown, type: 'number' | 'string'): boolean =>
	typeof value === 'object' && value !== null && Object.values(value).every((entry) => typeof entry === type);

export function readAlertState(data: IDataObject): AlertState | undefined {
	const state = data.alerts as IDataObject | undefined;
	if (!state || typeof state !== 'object') return undefined;
	const { since, watermark, created, tracked } = state;
	if (typeof since !== 'number' || typeof watermark !== 'number' || !isRecordOf(created, 'number') || !isRecordOf(tracked, 'string')) {
		return undefined;
	}
	return { since, watermark, created: created as AlertState['created'], tracked: tracked as AlertState['tracked'] };
}

export function writeAlertState(data: IDataObject, state: AlertState): void {
	data.alerts = state as unknown as IDataObject;
}
