import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clampConcurrency, DEFAULT_CONCURRENCY, DEFAULT_RATE_LIMIT_WAIT_MS, MAX_CONCURRENCY } from '../../shared/transport';

/**
 * The node's speed settings, shown under every operation. The router reads them once per run; the
 * transport's request gate bounds every request of the run (items and prefetched pages alike).
 */
export const performanceOption: INodeProperties = {
	displayName: 'Performance',
	name: 'performance',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Concurrency',
			name: 'concurrency',
			type: 'number',
			default: DEFAULT_CONCURRENCY,
			typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY, numberPrecision: 0 },
			description:
				'How many items to work on at once (1 to 50). Output keeps the input order. Lists are read up to 8 pages ahead. When Jira answers 429 every request waits as told and fewer are sent at once. Use 1 when several items change the same record and their order matters.',
		},
		{
			displayName: 'Longest Rate Limit Wait',
			name: 'rateLimitWait',
			type: 'number',
			// DEFAULT_RATE_LIMIT_WAIT_MS, in seconds (the lint rule wants a literal here).
			default: 60,
			typeOptions: { minValue: 0, numberPrecision: 0 },
			description:
				"Seconds an item may wait when Jira's rate limit asks for it (Retry-After). Jira's hourly quotas can ask for much longer: then the item fails at once, saying when Jira takes requests again, instead of asking early (which Jira answers with a longer wait).",
		},
		{
			displayName: 'Timeout',
			name: 'timeout',
			type: 'number',
			default: 30000,
			typeOptions: { minValue: 1, numberPrecision: 0 },
			description:
				'Milliseconds to wait for Jira to answer each request. A read that times out is tried again; a create or other write is not (Jira may have done it), and its item fails saying the outcome is unknown.',
		},
	],
};

/** Performance → Timeout of this run in milliseconds, or undefined for n8n's default. */
export function timeoutOf(context: IExecuteFunctions): number | undefined {
	const performance = context.getNodeParameter('performance', 0, {}) as IDataObject;
	const timeout = Math.floor(Number(performance?.timeout));
	return Number.isFinite(timeout) && timeout > 0 ? timeout : undefined;
}

/** Performance → Longest Rate Limit Wait of this run in milliseconds. */
export function rateLimitWaitOf(context: IExecuteFunctions): number {
	const performance = context.getNodeParameter('performance', 0, {}) as IDataObject;
	const seconds = Number(performance?.rateLimitWait);
	return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_RATE_LIMIT_WAIT_MS;
}

/** Performance → Concurrency of this run, within 1..50. */
export function concurrencyOf(context: IExecuteFunctions): number {
	const performance = context.getNodeParameter('performance', 0, {}) as IDataObject;
	return clampConcurrency(performance?.concurrency ?? DEFAULT_CONCURRENCY);
}

/**
 * Runs `work` for items 0..count-1 with at most `concurrency` running at once, and returns the results in
 * item order. After a failure no new item starts; the ones running finish, then the failure of the
 * lowest item index is thrown (with concurrency 1 this is exactly the plain loop).
 */
export async function mapInOrder<T>(count: number, concurrency: number, work: (index: number) => Promise<T>): Promise<T[]> {
	const results = new Array<T>(count);
	let next = 0;
	const failures: Array<{ index: number; error: unknown }> = [];
	const worker = async () => {
		while (failures.length === 0 && next < count) {
			const index = next++;
			try {
				results[index] = await work(index);
			} catch (error) {
				failures.push({ index, error });
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
	if (failures.length) throw failures.reduce((lowest, failure) => (failure.index < lowest.index ? failure : lowest)).error;
	return results;
}
