import type { IDataObject } from 'n8n-workflow';

/** How many delivery identifiers to remember; Jira retries within minutes, so a few hundred is plenty. */
const REMEMBERED = 500;

/**
 * Identifiers seen by this n8n process, per workflow and node. Needed beside the static data: n8n 2.x
 * does not persist static data changed in `webhook()` when that call starts an execution (building the
 * execution's workflow resets the "changed" flag before n8n saves), so static data alone forgets them.
 */
const seenInProcess = new Map<string, string[]>();

function remember(list: string[], identifier: string): string[] {
	return [...list, identifier].slice(-REMEMBERED);
}

/**
 * Records a delivery's `X-Atlassian-Webhook-Identifier` (stable across Jira's retries); false when it was
 * seen before, so a retried delivery starts the workflow once. `scope` (workflow and node) keys the
 * in-process memory; the static data keeps them too where n8n saves it (across restarts).
 */
export function isFirstDelivery(staticData: IDataObject, identifier: string | undefined, scope?: string): boolean {
	if (!identifier) return true;
	const seen = Array.isArray(staticData.seenDeliveries) ? (staticData.seenDeliveries as string[]) : [];
	const inProcess = scope === undefined ? [] : (seenInProcess.get(scope) ?? []);
	if (seen.includes(identifier) || inProcess.includes(identifier)) return false;
	staticData.seenDeliveries = remember(seen, identifier);
	if (scope !== undefined) seenInProcess.set(scope, remember(inProcess, identifier));
	return true;
}
