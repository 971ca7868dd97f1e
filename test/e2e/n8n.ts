// scripts/n8n-instance.js (shared with `npm start`, typed by its .d.ts) plus the tests' readers for n8n's run data.
import type { IDataObject, IRun } from 'n8n-workflow';

import { majorOf, publicApi, rest, type N8nInstance } from '../../scripts/n8n-instance';
import { sleep, until } from './until';

export * from '../../scripts/n8n-instance';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const versions = require('../../scripts/n8n-runtime.js') as { N8N_VERSION: string; N8N_VERSIONS: string[] };

/** The n8n `npm start` runs, and the only one the single-version end-to-end tests use. */
export const { N8N_VERSION } = versions;

/**
 * The n8n versions the version-spanning end-to-end tests (slice, trigger, poll trigger) run on: every
 * supported one, or the comma-separated list in JSM_E2E_N8N_VERSIONS (e.g. `2.41.1` for a quick local run).
 */
export const N8N_VERSIONS: string[] = process.env.JSM_E2E_N8N_VERSIONS
	? process.env.JSM_E2E_N8N_VERSIONS.split(',').map((version) => version.trim())
	: versions.N8N_VERSIONS;

/**
 * The public API calls the tests use. n8n 1.x activates synchronously and answers 400 with the trigger's
 * error when activation fails (the workflow stays inactive; publicationOf reports it as "failed"); n8n 2.x
 * answers at once and publishes in the background.
 */
export function api(instance: N8nInstance, apiKey: string) {
	return {
		activate: async (workflowId: string): Promise<IDataObject> => {
			if (majorOf(instance) >= 2) return await publicApi(instance, apiKey, 'POST', `/workflows/${workflowId}/activate`);
			const response = await rest(instance, 'POST', `/api/v1/workflows/${workflowId}/activate`, { apiKey });
			if (response.status === 200 || response.status === 400) return response.data as IDataObject;
			throw new Error(`POST /api/v1/workflows/${workflowId}/activate answered ${response.status}: ${JSON.stringify(response.data)}`);
		},
		deactivate: (workflowId: string) => publicApi(instance, apiKey, 'POST', `/workflows/${workflowId}/deactivate`),
		executions: async (workflowId: string) =>
			(await publicApi(instance, apiKey, 'GET', `/executions?workflowId=${workflowId}&includeData=true`))
				.data as IDataObject[],
	};
}

/** The JSON of every item a node put on its first output, in its last run. */
export function itemsOf(run: IRun, nodeName: string): IDataObject[] {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs?.length) throw new Error(`The node "${nodeName}" did not run`);
	const last = runs[runs.length - 1];
	if (last.error) throw new Error(`The node "${nodeName}" failed: ${last.error.message}`);
	return (last.data?.main?.[0] ?? []).map((item) => item.json);
}

/** The workflow's error, if the run failed. */
export function errorOf(run: IRun): { message: string; description?: string | null; node?: string } | undefined {
	const error = run.data.resultData.error as (Error & { description?: string | null; node?: { name: string } }) | undefined;
	if (!error) return undefined;
	return { message: error.message, description: error.description, node: error.node?.name };
}

/**
 * Where n8n 2.x stands in publishing (activating) a workflow, as its editor reads it: "published",
 * "partial", "failed" or "not_published", with each trigger's status.
 */
export interface Publication {
	status: string;
	triggers: Array<{ status: string; errorMessage: string | null }>;
}

async function editorApi(instance: N8nInstance, cookie: string, urlPath: string): Promise<unknown> {
	const response = await fetch(`${instance.url}/rest${urlPath}`, { headers: { cookie, 'browser-id': 'jsm-e2e' } });
	if (!response.ok) throw new Error(`GET /rest${urlPath} answered ${response.status}`);
	return ((await response.json()) as { data: unknown }).data;
}

/**
 * The publication of a workflow. n8n 1.x has no publication status: it is read from the workflow's
 * `active` flag and the activation error n8n 1.x keeps per workflow (what its editor shows), in the shape
 * of n8n 2.x's answer (a 1.x workflow has one activation error, not one per trigger).
 */
export async function publicationOf(instance: N8nInstance, cookie: string, workflowId: string): Promise<Publication> {
	if (majorOf(instance) >= 2) return (await editorApi(instance, cookie, `/workflows/${workflowId}/publication-status`)) as Publication;
	const { active } = (await editorApi(instance, cookie, `/workflows/${workflowId}`)) as { active: boolean };
	if (active) return { status: 'published', triggers: [{ status: 'published', errorMessage: null }] };
	const error = (await editorApi(instance, cookie, `/active-workflows/error/${workflowId}`)) as string | null;
	if (error) return { status: 'failed', triggers: [{ status: 'failed', errorMessage: error }] };
	return { status: 'not_published', triggers: [] };
}

/**
 * n8n 2.x publishes and unpublishes in the background: the public API answers at once, and the triggers'
 * lifecycle hooks run moments later. Waits until the publication reaches one of `statuses` (on n8n 1.x it
 * already has when the public API answers).
 */
export async function publicationSettled(instance: N8nInstance, cookie: string, workflowId: string, statuses: string[]): Promise<Publication> {
	return await until(
		() => publicationOf(instance, cookie, workflowId),
		(current) => statuses.includes(current.status),
		{ timeoutMs: 30_000, everyMs: 100, failure: (current) => `Publication of ${workflowId} stayed ${JSON.stringify(current)}` },
	);
}

/**
 * Waits until the workflow has `count` finished executions, then `settleMs` longer to see that no more
 * come; `flush` lets the site finish sending its deliveries first. Oldest first.
 */
export async function executionsSettled(
	n8n: ReturnType<typeof api>,
	flush: () => Promise<void>,
	workflowId: string,
	count: number,
	settleMs = 1500,
): Promise<IDataObject[]> {
	const finished = async () => {
		await flush();
		return (await n8n.executions(workflowId)).filter((execution) => execution.finished || execution.stoppedAt);
	};
	await until(finished, (done) => done.length >= count, { timeoutMs: 20_000, everyMs: 250 });
	await sleep(settleMs);
	await flush();
	return (await n8n.executions(workflowId)).sort((a, b) => Number(a.id) - Number(b.id));
}

/** Every execution of a workflow through the public API, all pages (of 250), with their data when asked. */
export async function allExecutions(instance: N8nInstance, apiKey: string, workflowId: string, includeData = false): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	let cursor: string | undefined;
	do {
		const query = `workflowId=${workflowId}&includeData=${includeData}&limit=250${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
		const page = await publicApi(instance, apiKey, 'GET', `/executions?${query}`);
		all.push(...(page.data as IDataObject[]));
		cursor = (page.nextCursor as string | null) ?? undefined;
	} while (cursor);
	return all;
}

/** Every item a node put on its first output, over all its runs in these executions; none where it did not run. */
export function emittedItems(executions: IDataObject[], nodeName: string): IDataObject[] {
	return executions.flatMap((execution) => {
		const runData = ((execution.data as IDataObject)?.resultData as IDataObject | undefined)?.runData as IDataObject | undefined;
		const runs = (runData?.[nodeName] ?? []) as IDataObject[];
		return runs.flatMap((run) => (((run.data as IDataObject)?.main as Array<Array<{ json: IDataObject }>>)?.[0] ?? []).map((item) => item.json));
	});
}

/** The JSON of every item a node put on its first output in its last run, from an execution of the public API. */
export function executionItems(execution: IDataObject, nodeName: string): IDataObject[] {
	const runData = (((execution.data as IDataObject).resultData as IDataObject).runData as IDataObject)[nodeName] as IDataObject[] | undefined;
	if (!runData?.length) throw new Error(`The node "${nodeName}" did not run`);
	const last = runData[runData.length - 1];
	if (last.error) throw new Error(`The node "${nodeName}" failed: ${(last.error as IDataObject).message}`);
	return (((last.data as IDataObject).main as Array<Array<{ json: IDataObject }>>)[0] ?? []).map((item) => item.json);
}
