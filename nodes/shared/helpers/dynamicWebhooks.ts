import type { IDataObject } from 'n8n-workflow';

import { paginateStartAt, type JsmContext } from '../../shared/transport';

export const WEBHOOKS_PATH = '/rest/api/3/webhook';
export const REFRESH_PATH = '/rest/api/3/webhook/refresh';

/** Every dynamic webhook the OAuth2 app registered (Jira answers this for apps only). */
export async function appWebhooks(this: JsmContext, itemIndex?: number): Promise<IDataObject[]> {
	return await paginateStartAt.call(this, { method: 'GET', path: WEBHOOKS_PATH, itemIndex }, 'values', { pageSize: 100 });
}

/** The expiry Jira reports (epoch milliseconds per its schema; its example shows a date string). */
export function expiryOf(answer: IDataObject | undefined): number | undefined {
	const value = answer?.expirationDate;
	const ms = typeof value === 'number' ? value : Date.parse(String(value ?? ''));
	return Number.isFinite(ms) ? ms : undefined;
}
