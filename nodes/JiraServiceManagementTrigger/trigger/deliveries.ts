import type { IDataObject } from 'n8n-workflow';

/** How many delivery identifiers to remember; Jira retries within minutes, so a few hundred is plenty. */
const REMEMBERED = 500;

/**
 * Records a delivery's `X-Atlassian-Webhook-Identifier` (stable across Jira's retries) in the workflow's
 * static data; false when it was seen before, so a retried delivery starts the workflow once.
 */
export function isFirstDelivery(staticData: IDataObject, identifier: string | undefined): boolean {
	if (!identifier) return true;
	const seen = Array.isArray(staticData.seenDeliveries) ? (staticData.seenDeliveries as string[]) : [];
	if (seen.includes(identifier)) return false;
	staticData.seenDeliveries = [...seen, identifier].slice(-REMEMBERED);
	return true;
}
