import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** What we could recover of an HTTP response from an error thrown by n8n's request helpers. */
export interface FailedResponse {
	status?: number;
	headers: Record<string, string>;
	body: unknown;
	/** Low-level network code such as ECONNRESET, when no response arrived. */
	code?: string;
}

/** n8n wraps the axios error in NodeApiError; the response sits on the error or on its cause. */
export function failedResponseOf(error: unknown): FailedResponse {
	const err = error as IDataObject & { cause?: IDataObject };
	// Where the original error lands depends on whether it is an Error in n8n's realm (`cause`) or not (`errorResponse`).
	const candidates = [err, err?.cause, (err?.cause as IDataObject | undefined)?.cause, err?.errorResponse].filter(
		Boolean,
	) as IDataObject[];
	for (const candidate of candidates) {
		const response = candidate.response as IDataObject | undefined;
		if (response && typeof response.status === 'number') {
			return {
				status: response.status,
				headers: lowerCaseHeaders(response.headers),
				body: response.data ?? response.body,
			};
		}
	}
	const httpCode = Number(err?.httpCode);
	// NodeApiError files a network or OAuth code (ECONNRESET, EAUTH) under httpCode when the cause carries no status.
	const namedCode = typeof err?.httpCode === 'string' && /^E[A-Z_]+$/.test(err.httpCode) ? err.httpCode : undefined;
	const code = (candidates.map((c) => c.code).find((c) => typeof c === 'string') as string | undefined) ?? namedCode;
	// NodeApiError keeps the response body in context.data even when it drops the response itself.
	const body = (err?.context as IDataObject | undefined)?.data;
	return { status: Number.isFinite(httpCode) && httpCode > 0 ? httpCode : undefined, headers: {}, body, code };
}

export function lowerCaseHeaders(headers: unknown): Record<string, string> {
	const result: Record<string, string> = {};
	if (!headers || typeof headers !== 'object') return result;
	for (const [key, value] of Object.entries(headers as IDataObject)) {
		if (value !== undefined && value !== null) result[key.toLowerCase()] = String(value);
	}
	return result;
}

/** Atlassian's own words from its error shapes (platform `errorMessages`/`errors`, JSM `errorMessage`, Operations `errors[].title`). */
export function atlassianErrorText(body: unknown): string | undefined {
	let data: unknown = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof data === 'string') {
		const text = data;
		try {
			data = JSON.parse(text);
		} catch {
			return text.trim().slice(0, 500) || undefined;
		}
	}
	if (!data || typeof data !== 'object') return undefined;
	const object = data as IDataObject;
	const parts: string[] = [];
	if (typeof object.errorMessage === 'string') parts.push(object.errorMessage);
	if (Array.isArray(object.errorMessages)) parts.push(...object.errorMessages.map(String));
	// JSM Operations: `errors: [{ title, code }]` (its ErrorResponses schema). Forms: `errors: [{ title, detail, code }]`
	// (ApiErrorsResponse, developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/), whose detail says why.
	if (Array.isArray(object.errors)) {
		for (const entry of object.errors as IDataObject[]) {
			if (typeof entry?.title !== 'string') continue;
			parts.push(typeof entry.detail === 'string' && entry.detail ? `${entry.title}: ${entry.detail}` : entry.title);
		}
	} else if (object.errors && typeof object.errors === 'object') {
		for (const [field, message] of Object.entries(object.errors as IDataObject)) {
			parts.push(`${field}: ${String(message)}`);
		}
	}
	if (typeof object.message === 'string') parts.push(object.message);
	return parts.length ? parts.join('; ') : undefined;
}

const STATUS_HINTS: Record<number, string> = {
	400: 'Jira refused the request as invalid',
	401: 'The credentials are invalid or expired: check the email and API token (or reconnect OAuth2)',
	403: 'The account lacks the permission (or the OAuth2 scope) for this operation',
	404: 'Not found, or not visible to this account',
	409: 'Conflict with the current state in Jira',
	412: 'Jira refused the request: a precondition header is missing',
	429: 'Jira rate limit reached and retries ran out',
	500: 'Jira had an internal error',
	503: 'Jira is unavailable; retries ran out',
};

/**
 * n8n's OAuth2 client raises EAUTH when Atlassian will not renew the access token (refresh token revoked or
 * expired, app access removed); its own text names OAuth grant types, so say what the user has to do.
 */
function reconnectError(node: INode, itemIndex?: number): NodeApiError {
	const message = 'Atlassian refused to renew the OAuth2 access: reconnect the credential';
	return new NodeApiError(node, { message } as JsonObject, {
		message,
		description:
			'The refresh token was revoked or has expired (for example after 90 days unused, a password change or removed app access). Open the Jira Service Management OAuth2 credential and click Reconnect.',
		httpCode: '401',
		itemIndex,
	});
}

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);

/** Whether a network code means the answer did not come in time (rather than a broken connection). */
export const isTimeoutCode = (code: string | undefined): boolean => TIMEOUT_CODES.has(code ?? '');

/** The error a user sees: what kind of failure, in plain words, then Atlassian's own text. */
export function apiError(node: INode, failure: FailedResponse, itemIndex?: number, cause?: unknown): NodeApiError {
	if (failure.code === 'EAUTH') return reconnectError(node, itemIndex);
	const status = failure.status;
	const atlassianText = atlassianErrorText(failure.body);
	const timedOut = !status && isTimeoutCode(failure.code);
	// n8n swaps any message that names a network code (ECONNRESET, ...) for its own words: keep codes in the description.
	const noResponse = failure.code
		? timedOut
			? 'Jira did not answer within the timeout'
			: 'No response from Jira: the connection failed'
		: ((cause as Error | undefined)?.message ?? 'No response from Jira');
	const networkDescription = timedOut
		? `No answer in time (${failure.code}), also when asked again: try later, or raise Performance → Timeout`
		: `Network error ${failure.code}, also when asked again: check that Jira is reachable from n8n`;
	// The gateway's 401 for an OAuth2 token without the operation's scope: reconnecting alone does not help.
	const missingScope = status === 401 && /scope does not match/i.test(atlassianText ?? '');
	const statusHint = missingScope
		? 'The OAuth2 app lacks a scope this operation needs: add the scopes of the README\'s scope guide to the app in the Atlassian developer console, then reconnect the credential'
		: STATUS_HINTS[status ?? 0];
	const hint = status ? (statusHint ?? `Jira answered with HTTP ${status}`) : noResponse;
	const message = atlassianText ? `${hint}: ${atlassianText}` : hint;
	return new NodeApiError(node, { message, httpCode: status ? String(status) : null } as JsonObject, {
		message,
		description: !status && failure.code ? networkDescription : atlassianText,
		httpCode: status ? String(status) : undefined,
		itemIndex,
	});
}
