import type { IWebhookFunctions } from 'n8n-workflow';

import { API_TOKEN_CREDENTIAL } from '../../shared/transport';
import { adminWebhookSecret } from './registration';

/**
 * How long a derived secret is used before the credential is read again. Reading it costs n8n a database
 * query and a decryption per delivery (more than the rest of the trigger's work); a token rotated without
 * reactivating the workflow is noticed within this time.
 */
export const SECRET_REUSE_MS = 60_000;
/** Bounds the memory: one entry per active trigger URL and credential in this process. */
const MAX_ENTRIES = 1000;

/** Derived secrets in this process's memory only, keyed by credential id and webhook URL (never by the token). */
const derived = new Map<string, { secret: string; derivedAt: number }>();

function keyOf(context: IWebhookFunctions, url: string): string | undefined {
	const id = context.getNode().credentials?.[API_TOKEN_CREDENTIAL]?.id;
	return id ? `${id}\n${url}` : undefined;
}

/** The secret derived less than SECRET_REUSE_MS ago for this node's credential and URL, if any. */
export function recentSecret(context: IWebhookFunctions, url: string, now = Date.now()): string | undefined {
	const key = keyOf(context, url);
	const entry = key === undefined ? undefined : derived.get(key);
	return entry && now - entry.derivedAt < SECRET_REUSE_MS ? entry.secret : undefined;
}

/** Derives the secret from the credential as read now, and keeps it for the next deliveries. */
export async function freshSecret(context: IWebhookFunctions, url: string): Promise<string> {
	const secret = await adminWebhookSecret.call(context, url);
	const key = keyOf(context, url);
	if (key !== undefined) {
		derived.delete(key);
		derived.set(key, { secret, derivedAt: Date.now() });
		if (derived.size > MAX_ENTRIES) derived.delete(derived.keys().next().value as string);
	}
	return secret;
}
