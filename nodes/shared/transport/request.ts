import type {
	IAdditionalCredentialOptions,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { connectionFor, formsBaseUrlOf, operationsBaseUrlOf, type Connection, type Deployment } from './connection';
import { CONNECTED_APP_CREDENTIAL, type JsmContext } from './context';
import { dataCenterRequest } from './dataCenter';
import { apiError, failedResponseOf, isTimeoutCode, lowerCaseHeaders, type FailedResponse } from './errors';
import { gateFor, RateLimitWaitTooLong } from './gate';
import { siteKeyOf } from './siteKey';
import { forOperation } from './operationLabel';
import { checkShape } from './responseShape';
import { requestTimeoutOf } from './timeout';

export interface JsmRequest {
	method: IHttpRequestMethods;
	/** Path from the API root, as in the OpenAPI file, with parameters filled in and encoded. */
	path: string;
	/** `assets`: the path is on the Assets API's root (`/jsm/assets/workspace/...`), not the site's. */
	root?: 'site' | 'assets';
	qs?: IDataObject;
	body?: unknown;
	headers?: IDataObject;
	/** Experimental JSM endpoints answer only with `X-ExperimentalApi: opt-in`. */
	experimental?: boolean;
	/** Return the raw bytes (downloads). */
	binary?: boolean;
	/** Item the request serves, for error messages. */
	itemIndex?: number;
	/**
	 * Whether sending the request twice is harmless. Defaults to true for GET, PUT and DELETE. A create
	 * (POST) is not: JSM has no idempotency key, so a retry after a lost answer can duplicate a request.
	 */
	idempotent?: boolean;
	/** Description of the write for "outcome unknown" errors, e.g. `request "Printer on fire"`. */
	subject?: string;
	timeout?: number;
	/** Treat 404 as success (deleting something that is already gone). */
	acceptNotFound?: boolean;
	/**
	 * `operations`: a JSM Operations path (`/v1/alerts`...), sent to that API's root instead of the site.
	 * `forms`: a Forms REST API path (`/issue/{key}/form`...), sent to `.../jira/forms/cloud/{cloudId}`.
	 */
	api?: 'operations' | 'forms';
	/** Hand back whatever Jira answers (the custom API call); otherwise an answer of another shape than documented is refused. */
	anyAnswer?: boolean;
}

export const MAX_RETRIES = 5;
/** Longest backoff between attempts when Jira gives no hint of its own. */
const MAX_BACKOFF_MS = 60_000;
const AMBIGUOUS_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ESOCKETTIMEDOUT', 'ERR_CANCELED']);

/**
 * Encodes one path segment so ids and keys cannot add segments, queries or fragments. "." and ".." survive
 * any encoding as path steps, so they are refused outright (callers validate first; this is the backstop).
 */
export function segment(value: unknown): string {
	const text = String(value ?? '').trim();
	if (text === '.' || text === '..' || text === '') throw new Error(`"${text}" cannot be used as a key or id in a path`);
	return encodeURIComponent(text);
}

/** When Jira said it may be asked again (Retry-After in seconds or as a date, else X-RateLimit-Reset), in ms from `now`. */
function hintedWaitMs(failure: FailedResponse, now: number): number | undefined {
	const retryAfter = failure.headers['retry-after'];
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
		if (Number.isFinite(ms)) return Math.max(0, ms);
	}
	const reset = failure.headers['x-ratelimit-reset'];
	if (reset !== undefined) {
		const ms = Date.parse(reset) - now;
		if (Number.isFinite(ms)) return Math.max(0, ms);
	}
	return undefined;
}

/**
 * How long to wait before retry `attempt` (0-based). Atlassian's own hint is honoured in full, never cut short:
 * asking again early only earns "the same or longer Retry-After" (Jira Cloud rate-limiting page). Without a
 * hint: jittered exponential backoff, at most a minute.
 */
export function retryDelayMs(failure: FailedResponse, attempt: number, now = Date.now(), random = Math.random): number {
	const hinted = hintedWaitMs(failure, now);
	if (hinted !== undefined) return Math.round(hinted + random() * 250);
	const base = 500 * 2 ** attempt;
	return Math.min(MAX_BACKOFF_MS, Math.round(base / 2 + random() * base));
}

/**
 * A 429, or a 5xx with Retry-After, is Jira declining before doing the work ("5xx accompanied by a
 * Retry-After header or ... 429" are its rate-limit answers: blog.developer.atlassian.com/api-rate-limit-handling-for-apps/),
 * so even a create may be sent again.
 */
function isDeclined(failure: FailedResponse): boolean {
	const status = failure.status ?? 0;
	return status === 429 || (status >= 500 && failure.headers['retry-after'] !== undefined);
}

interface RunConnection extends Connection {
	/** The API token credential, decrypted once for the run (OAuth2 tokens are left to n8n, which refreshes them). */
	credentialOptions?: IAdditionalCredentialOptions;
	/** The JSM Operations and Forms roots, each worked out on the run's first request to it. */
	ownRoots: Partial<Record<keyof typeof ownRoots, Promise<string>>>;
}

/**
 * Where a node run's requests go and with which API token, worked out once per run: n8n reads and decrypts
 * the credential from its database on every `getCredentials`, which would otherwise be paid twice for
 * every request and page (and queue behind the other in-flight requests on the database).
 */
const connections = new WeakMap<object, Promise<RunConnection>>();

async function resolveConnection(context: JsmContext): Promise<RunConnection> {
	const connection = { ...(await connectionFor(context)), ownRoots: {} };
	if (connection.credentialType === CONNECTED_APP_CREDENTIAL) return connection;
	const data = await context.getCredentials(connection.credentialType);
	const reference = context.getNode().credentials?.[connection.credentialType];
	return {
		...connection,
		credentialOptions: {
			credentialsDecrypted: { id: reference?.id ?? '', name: reference?.name ?? '', type: connection.credentialType, data },
		},
	};
}

/** The connection of a node run, worked out once per run. */
export function connectionOf(context: JsmContext): Promise<RunConnection> {
	let connection = connections.get(context);
	if (!connection) {
		connection = resolveConnection(context);
		connections.set(context, connection);
		connection.catch(() => connections.delete(context));
	}
	return connection;
}

/** The APIs on a root of their own, and how their root is worked out from the credential. */
const ownRoots = { operations: operationsBaseUrlOf, forms: formsBaseUrlOf };

/**
 * The JSM Operations or Forms root, worked out on the run's first request to it (it may need a Cloud ID lookup)
 * and kept for the run's later ones; a failed lookup is forgotten, so the next request tries again.
 */
function ownRootOf(context: JsmContext, connection: RunConnection, api: keyof typeof ownRoots): Promise<string> {
	let root = connection.ownRoots[api];
	if (!root) {
		root = context
			.getCredentials(connection.credentialType)
			.then(async (credentials) => await ownRoots[api](context, connection.credentialType, credentials));
		connection.ownRoots[api] = root;
		root.catch(() => delete connection.ownRoots[api]);
	}
	return root;
}

type Outcome = { answer: unknown; failure?: undefined; error?: undefined } | { failure: FailedResponse; error?: unknown };

/** One HTTP exchange: Jira's answer, or what failed (an error status with its headers, or a network error). */
async function send(
	context: JsmContext,
	credentialType: string,
	options: IHttpRequestOptions,
	credentialOptions: IAdditionalCredentialOptions | undefined,
): Promise<Outcome> {
	let full: IN8nHttpFullResponse;
	try {
		full = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			credentialType,
			options,
			credentialOptions,
		)) as IN8nHttpFullResponse;
	} catch (error) {
		return { failure: failedResponseOf(error), error };
	}
	if (full.statusCode >= 400) {
		return { failure: { status: full.statusCode, headers: lowerCaseHeaders(full.headers), body: full.body } };
	}
	return { answer: full.body };
}

/** Jira Cloud or Data Center, for the few callers whose calls differ beyond one request (JQL search). */
export async function deploymentOf(context: JsmContext): Promise<Deployment> {
	return (await connectionOf(context)).deployment;
}

/**
 * The single way this package sends a request to Jira (operations write Cloud's form; Data Center's is derived).
 * The answer's shape is checked against the contract, not typed: `T` is unknown unless the caller names what it
 * reads, so an unchecked property read fails the build instead of a run.
 */
export async function jsmApiRequest<T = unknown>(this: JsmContext, cloudRequest: JsmRequest): Promise<T> {
	const connection = await connectionOf(this);
	const { assetsBaseUrl, credentialType, credentialOptions, deployment } = connection;
	const request = deployment === 'datacenter' && cloudRequest.api !== 'forms' ? dataCenterRequest(this, cloudRequest) : cloudRequest;
	const baseUrl = request.api ? await ownRootOf(this, connection, request.api) : connection.baseUrl;
	const headers: IDataObject = { Accept: 'application/json', ...request.headers };
	if (request.experimental) headers['X-ExperimentalApi'] = 'opt-in';
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${request.root === 'assets' ? assetsBaseUrl : baseUrl}${request.path}`,
		qs: request.qs,
		headers,
		json: !request.binary,
		arrayFormat: 'repeat',
		timeout: request.timeout ?? requestTimeoutOf(this),
		// Error answers come back as answers, headers included: n8n's errors keep the status and body but drop
		// the headers, and Retry-After, X-RateLimit-Reset and RateLimit-Reason are in them.
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	if (request.body !== undefined) options.body = request.body as IDataObject;
	if (request.binary) options.encoding = 'arraybuffer';
	const idempotent = request.idempotent ?? request.method !== 'POST';
	// Every request passes its site's gate, shared by all runs on this credential and site: a bounded number
	// in flight per run, and one 429 slows every run (Atlassian limits per site and app, not per workflow).
	const gate = gateFor(this, siteKeyOf(this, connection));

	for (let attempt = 0; ; attempt++) {
		// The gate refuses only with RateLimitWaitTooLong: Jira asked for a longer wait than the node may take.
		const refusal = await gate.acquire().then(
			() => undefined,
			(caught: unknown) => caught,
		);
		if (refusal instanceof RateLimitWaitTooLong) throw waitTooLong(this, request, refusal);
		let outcome: Outcome;
		try {
			outcome = await send(this, credentialType, options, credentialOptions);
			if (outcome.failure?.status === 401 && credentialType === CONNECTED_APP_CREDENTIAL) {
				// n8n renews an expired OAuth2 access token only when the request throws on the 401: ask once that way.
				outcome = await send(this, credentialType, { ...options, ignoreHttpStatusErrors: false }, credentialOptions);
			}
		} finally {
			gate.release();
		}
		if (!outcome.failure) {
			gate.succeeded();
			// JSM Operations paths are relative to its root; its OpenAPI templates start at /jsm/ops/api/{cloudId}.
			const documentedPath =
				request.api === 'operations'
					? `/jsm/ops/api/{cloudId}${request.path}`
					: request.api === 'forms'
						? `/jira/forms/cloud/{cloudId}${request.path}`
						: request.path;
			if (!request.binary && !request.anyAnswer) checkShape(this, request, outcome.answer, documentedPath);
			return outcome.answer as T;
		}
		const { failure, error } = outcome;
		// Any answer but 401/429 shows the connection works: the gate may open to its full width.
		if (failure.status !== undefined && failure.status !== 401 && failure.status !== 429) gate.succeeded();
		if (request.acceptNotFound && failure.status === 404) return undefined as T;
		if (isDeclined(failure) && attempt < MAX_RETRIES) {
			const wait = retryDelayMs(failure, attempt);
			const now = Date.now();
			// A 429 pauses the whole node run (every in-flight item) for Retry-After, and halves its concurrency.
			if (failure.status === 429) gate.rateLimited(wait, now, failure.headers['ratelimit-reason']);
			if (wait > gate.maxWaitMs) {
				throw waitTooLong(this, request, new RateLimitWaitTooLong(now + wait, failure.headers['ratelimit-reason'], gate.maxWaitMs));
			}
			if (failure.status !== 429) await sleep(wait);
			continue;
		}
		if (failure.status === 503 && !isDeclined(failure)) {
			// Without Retry-After a 503 is not documented as declined: Jira may have done the work. Reads are
			// asked again; a create is not, as after a lost connection.
			if (!idempotent) throw outcomeUnknown(this, request, 'HTTP 503 without Retry-After');
			if (attempt < MAX_RETRIES) {
				await sleep(retryDelayMs(failure, attempt));
				continue;
			}
		}
		if (failure.status === undefined && failure.code && AMBIGUOUS_CODES.has(failure.code)) {
			if (idempotent && attempt < MAX_RETRIES) {
				await sleep(retryDelayMs(failure, attempt));
				continue;
			}
			if (!idempotent) throw outcomeUnknown(this, request, failure.code);
		}
		throw apiError(this.getNode(), failure, request.itemIndex, error);
	}
}

function outcomeUnknown(context: JsmContext, request: JsmRequest, code: string): NodeApiError {
	const what = request.subject ?? `${request.method} ${request.path}`;
	const lost = code.startsWith('HTTP ')
		? 'Jira answered 503 (unavailable) without a Retry-After'
		: isTimeoutCode(code)
			? 'no answer came within the timeout'
			: 'the connection was lost';
	// No network code in the message or response: n8n would replace the message with its generic one.
	const message = `The outcome of creating ${what} is unknown: ${lost} after the request was sent`;
	return new NodeApiError(
		context.getNode(),
		{ message },
		{
			message,
			description: `Jira may or may not have applied it (${code.startsWith('HTTP ') ? code : `network error ${code}`}). It was not sent again, to avoid a duplicate: check Jira before re-running this item.`,
			itemIndex: request.itemIndex,
		},
	);
}

/** The rate limit lasts longer than the run may wait: the item fails saying when Jira takes requests again, and why. */
function waitTooLong(context: JsmContext, request: JsmRequest, limit: RateLimitWaitTooLong): NodeApiError {
	const seconds = Math.max(1, Math.ceil((limit.until - Date.now()) / 1000));
	const wait = seconds < 120 ? `${seconds} s` : `about ${Math.round(seconds / 60)} min`;
	const reason = limit.reason ? ` (RateLimit-Reason: ${limit.reason})` : '';
	const message = forOperation(
		context,
		`Jira's rate limit${reason} allows the next request at ${new Date(limit.until).toISOString()}, in ${wait}: longer than this node waits (${Math.round(limit.allowedMs / 1000)} s)`,
	);
	return new NodeApiError(
		context.getNode(),
		{ message },
		{
			message,
			description:
				'Not sent again before then: Jira answers an early request with the same or a longer wait. Run the item again after that time, or raise Performance → Longest Rate Limit Wait.',
			httpCode: '429',
			itemIndex: request.itemIndex,
		},
	);
}
