// Measuring one `n8n execute` run (node time from n8n's run data, peak memory of the n8n process) and the
// floors: the same HTTP calls made by plain HTTP in this process, one after the other (sequential floor)
// and as many at once as the node itself sends (parallel floor).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { MEASURED } from './workflows.mjs';

const require = createRequire(import.meta.url);
const { executeWorkflow } = require('../n8n-instance.js');

export const PRELOAD = path.join(path.dirname(new URL(import.meta.url).pathname), 'n8n-preload.cjs');

/** Peak memory of the `n8n execute` process of one run, from the preload's exit record. */
function peakOf(dir) {
	const records = readdirSync(dir).map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
	const main = records.find((record) => record.argv.some((arg) => arg === 'execute')) ?? records[0];
	if (!main) return undefined;
	return (main.vmHwmKb ?? main.maxRssKb) / 1024;
}

/**
 * Runs a workflow once with `n8n execute`; returns the measured node's execution time as n8n recorded it,
 * its item count, the items that carry an error, the process's peak memory and its wall time.
 */
export async function executeMeasured(instance, workflowId, { nodeName = MEASURED } = {}) {
	const dir = mkdtempSync(path.join(tmpdir(), 'jsm-bench-rss-'));
	instance.env.BENCH_MAXRSS_DIR = dir;
	const started = Date.now();
	try {
		const { code, run, log } = await executeWorkflow(instance, workflowId);
		const processMs = Date.now() - started;
		const task = run?.data?.resultData?.runData?.[nodeName]?.[0];
		// Exit code null: the process was ended by a signal after printing its run (seen on this shared
		// machine); a complete, successful run still counts, its memory figure may be missing.
		const complete = run?.status === 'success' && run?.finished === true;
		if ((code !== 0 && !(code === null && complete)) || !task || task.error) {
			const message = task?.error?.message ?? run?.data?.resultData?.error?.message ?? 'no run data';
			throw new Error(`Workflow ${workflowId} failed (exit ${code}): ${message}\n${log.slice(-3000)}`);
		}
		const items = task.data?.main?.[0] ?? [];
		return {
			nodeMs: task.executionTime,
			processMs,
			peakMb: peakOf(dir),
			items: items.length,
			failedItems: items.filter((item) => item.json && item.json.error !== undefined).length,
		};
	} finally {
		delete instance.env.BENCH_MAXRSS_DIR;
		rmSync(dir, { recursive: true, force: true });
	}
}

const ADMIN_AUTH = `Basic ${Buffer.from('admin@sandbox.test:sandbox-admin-token').toString('base64')}`;

async function call(url, init = {}) {
	const response = await fetch(url, {
		...init,
		headers: { authorization: ADMIN_AUTH, accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
	});
	const body = await response.json();
	if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
	return body;
}

/** Floor of "Query all": the same JSM pages the node asks for (Simplify expands requestType), one after the other. */
export async function floorQueryAll(sandboxUrl) {
	const started = Date.now();
	let start = 0;
	let items = 0;
	let pages = 0;
	for (;;) {
		const page = await call(
			`${sandboxUrl}/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&expand=requestType&start=${start}&limit=50`,
		);
		pages++;
		items += page.values.length;
		if (page.isLastPage !== false || page.values.length === 0) break;
		start += page.values.length;
	}
	return { nodeMs: Date.now() - started, items, pages, peakMb: process.memoryUsage().rss / 1024 / 1024 };
}

/** Floor of "Create": one POST per request, one after the other, the same body as the node sends. */
export async function floorCreate(sandboxUrl, { count, prefix, serviceDeskId, requestTypeId }) {
	const started = Date.now();
	for (let i = 0; i < count; i++) {
		await call(`${sandboxUrl}/rest/servicedeskapi/request`, {
			method: 'POST',
			body: JSON.stringify({ serviceDeskId, requestTypeId, requestFieldValues: { summary: `${prefix} ${String(i).padStart(5, '0')}` } }),
		});
	}
	return { nodeMs: Date.now() - started, items: count, failedItems: 0 };
}

/**
 * Parallel floor of "Query all": the same JSM pages, `inFlight` at once (as many as the node reads ahead),
 * each worker taking the next page; pages asked for beyond the last one are discarded, as the node does.
 */
export async function floorQueryAllParallel(sandboxUrl, { inFlight }) {
	const started = Date.now();
	let next = 0;
	let end = Infinity;
	let items = 0;
	let pages = 0;
	await Promise.all(
		Array.from({ length: inFlight }, async () => {
			while (next * 50 < end) {
				const start = next++ * 50;
				const page = await call(`${sandboxUrl}/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&expand=requestType&start=${start}&limit=50`);
				pages++;
				if (start < end) items += page.values.length;
				if (page.isLastPage !== false || page.values.length === 0) end = Math.min(end, start + page.values.length);
			}
		}),
	);
	return { nodeMs: Date.now() - started, items, pages, inFlight, peakMb: process.memoryUsage().rss / 1024 / 1024 };
}

/** Parallel floor of "Create": the same POSTs, `inFlight` at once (the node's default concurrency). */
export async function floorCreateParallel(sandboxUrl, { count, prefix, serviceDeskId, requestTypeId, inFlight }) {
	const started = Date.now();
	let next = 0;
	await Promise.all(
		Array.from({ length: inFlight }, async () => {
			while (next < count) {
				const i = next++;
				await call(`${sandboxUrl}/rest/servicedeskapi/request`, {
					method: 'POST',
					body: JSON.stringify({ serviceDeskId, requestTypeId, requestFieldValues: { summary: `${prefix} ${String(i).padStart(5, '0')}` } }),
				});
			}
		}),
	);
	return { nodeMs: Date.now() - started, items: count, failedItems: 0, inFlight };
}
