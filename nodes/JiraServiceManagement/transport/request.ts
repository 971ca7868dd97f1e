import type {
	IAdditionalCredentialOptions,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { connectionFor, type Connection, type Deployment } from './connection';
import { CONNECTED_APP_CREDENTIAL, type JsmContext } from './context';
import { dataCenterRequest } from './dataCenter';
import { apiError, failedResponseOf, isTimeoutCode, type FailedResponse } from './errors';
import { gateFor } from './gate';
import { requestTimeoutOf } from './timeout';

export interface JsmRequest {
	method: IHttpRequestMethods;
	/** Path from the API root, as in the OpenAPI file, with parameters filled in and encoded. */
	path: string;
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
}

export const MAX_RETRIES = 5;
const MAX_WAIT_MS = 60_000;
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

/** How long to wait before retry `attempt` (0-based): Atlassian's own hint, else jittered exponential backoff. */
export function retryDelayMs(failure: FailedResponse, attempt: number, now = Date.now(), random = Math.random): number {
	const retryAfter = failure.headers['retry-after'];
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
		if (Number.isFinite(ms)) return clampWait(ms + random() * 250);
	}
	const reset = failure.headers['x-ratelimit-reset'];
	if (reset !== undefined) {
		const ms = Date.parse(reset) - now;
		if (Number.isFinite(ms)) return clampWait(ms + random() * 250);
	}
	const base = 500 * 2 ** attempt;
	return clampWait(base / 2 + random() * base);
}

function clampWait(ms: number): number {
	return Math.min(MAX_WAIT_MS, Math.max(0, Math.round(ms)));
}

function isRetryableStatus(status: number | undefined): boolean {
	// Atlassian answers 429 and 503 before doing the work, so even creates can be sent again.
	return status === 429 || status === 503;
}

interface RunConnection extends Connection {
	/** The API token credential, decrypted once for the run (OAuth2 tokens are left to n8n, which refreshes them). */
	credentialOptions?: IAdditionalCredentialOptions;
}

/**
 * Where a node run's requests go and with which API token, worked out once per run: n8n reads and decrypts
 * the credential from its database on every `getCredentials`, which would otherwise be paid twice for
 * every request and page (and queue behind the other in-flight requests on the database).
 */
const connections = new WeakMap<object, Promise<RunConnection>>();

async function resolveConnection(context: JsmContext): Promise<RunConnection> {
	const connection = await connectionFor(context);
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

function connectionOf(context: JsmContext): Promise<RunConnection> {
	let connection = connections.get(context);
	if (!connection) {
		connection = resolveConnection(context);
		connections.set(context, connection);
		connection.catch(() => connections.delete(context));
	}
	return connection;
}

/** Jira Cloud or Data Center, for the few callers whose calls differ beyond one request (JQL search). */
export async function deploymentOf(context: JsmContext): Promise<Deployment> {
	return (await connectionOf(context)).deployment;
}

/** The single way this package sends a request to Jira (operations write Cloud's form; Data Center's is derived). */
export async function jsmApiRequest(this: JsmContext, cloudRequest: JsmRequest): Promise<any> {
	const { baseUrl, credentialType, credentialOptions, deployment } = await connectionOf(this);
	const request = deployment === 'datacenter' ? dataCenterRequest(this, cloudRequest) : cloudRequest;
	const headers: IDataObject = { Accept: 'application/json', ...request.headers };
	if (request.experimental) headers['X-ExperimentalApi'] = 'opt-in';
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${baseUrl}${request.path}`,
		qs: request.qs,
		headers,
		json: !request.binary,
		arrayFormat: 'repeat',
		timeout: request.timeout ?? requestTimeoutOf(this),
	};
	if (request.body !== undefined) options.body = request.body as IDataObject;
	if (request.binary) options.encoding = 'arraybuffer';
	const idempotent = request.idempotent ?? request.method !== 'POST';
	// Every request of a node run passes one gate: a bounded number in flight, and one 429 slows them all.
	const gate = gateFor(this);

	for (let attempt = 0; ; attempt++) {
		await gate.acquire();
		let error: unknown;
		try {
			const response = await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentialType,
				options,
				credentialOptions,
			);
			gate.succeeded();
			return response;
		} catch (caught) {
			error = caught;
		} finally {
			gate.release();
		}
		const failure = failedResponseOf(error);
		// Any answer but 401/429 shows the connection works: the gate may open to its full width.
		if (failure.status !== undefined && failure.status !== 401 && failure.status !== 429) gate.succeeded();
		if (request.acceptNotFound && failure.status === 404) return undefined;
		if (isRetryableStatus(failure.status) && attempt < MAX_RETRIES) {
			const wait = retryDelayMs(failure, attempt);
			// A 429 pauses the whole node run (every in-flight item) for Retry-After, and halves its concurrency.
			if (failure.status === 429) gate.rateLimited(wait);
			else await sleep(wait);
			continue;
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
	const lost = isTimeoutCode(code) ? 'no answer came within the timeout' : 'the connection was lost';
	// No network code in the message or response: n8n would replace the message with its generic one.
	const message = `The outcome of creating ${what} is unknown: ${lost} after the request was sent`;
	return new NodeApiError(
		context.getNode(),
		{ message },
		{
			message,
			description: `Jira may or may not have applied it (network error ${code}). It was not sent again, to avoid a duplicate: check Jira before re-running this item.`,
			itemIndex: request.itemIndex,
		},
	);
}
