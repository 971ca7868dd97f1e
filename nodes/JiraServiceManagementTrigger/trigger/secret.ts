import { createHmac } from 'crypto';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * The signing secret of an admin webhook, derived when it is needed and never stored. n8n hands a
 * workflow's static data to anyone who can read the workflow (public API, exports, backups), so a secret
 * kept there would let them sign deliveries. Instead the secret is an HMAC keyed by the credential's own
 * token (which n8n keeps encrypted) over this webhook's URL: the same credential and URL give the same
 * secret on every process, another URL or a rotated token give another one.
 */
export function webhookSecretFor(credentials: ICredentialDataDecryptedObject, webhookUrl: string): string {
	const key = String(credentials.apiToken ?? '');
	if (!key) throw new Error('The credential holds no API token to derive the webhook secret from');
	return createHmac('sha256', key).update(`jsm-trigger-webhook-secret\n${webhookUrl}`).digest('hex');
}

/**
 * A one-way fingerprint of the secret, safe to keep in static data: it tells whether the webhook in Jira
 * was registered with the secret the credential gives today (it was not when the token was rotated), and
 * cannot sign anything.
 */
export function secretFingerprint(secret: string): string {
	return createHmac('sha256', secret).update('jsm-trigger-secret-fingerprint').digest('hex').slice(0, 32);
}
