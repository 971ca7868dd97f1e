import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { CONNECTED_APP_CREDENTIAL, credentialTypeOf } from '../../shared/transport';
import type { Registration } from './registration';
import { secretFingerprint } from './secret';
import { freshSecret, recentSecret } from './secretCache';
import { appJwtProblem, isValidHubSignature } from './signature';

/**
 * Jira retries a failed delivery "up to 30 minutes" after the event (Atlassian's webhook retry policy,
 * developer.atlassian.com/cloud/jira/platform/webhooks/#retry-policy); an hour covers that with room for
 * clock differences, and refuses a captured delivery replayed later.
 */
export const DEFAULT_MAX_DELIVERY_AGE_MINUTES = 60;
/** A timestamp this far ahead of n8n's clock is still taken (clocks differ a little). */
const FUTURE_SKEW_MS = 5 * 60 * 1000;

/**
 * Why an admin webhook delivery's X-Hub-Signature is refused, in words for the log. A secret derived moments
 * ago is reused while the registration still names it (its fingerprint), so the credential is not read on
 * every delivery; anything it does not accept is checked again against the credential as it is now.
 */
async function hubSignatureProblem(this: IWebhookFunctions, registration: Registration, rawBody: Buffer, header: unknown): Promise<string | undefined> {
	if (typeof header !== 'string' || !header) return 'it carries no X-Hub-Signature';
	const url = registration.url ?? String(this.getNodeWebhookUrl('default') ?? '');
	const recent = recentSecret(this, url);
	if (recent && registration.secretFingerprint === secretFingerprint(recent) && isValidHubSignature(rawBody, header, recent)) return undefined;
	const secret = await freshSecret(this, url);
	if (isValidHubSignature(rawBody, header, secret)) return undefined;
	if (!registration.secretFingerprint) {
		return 'the webhook was registered by an earlier version of this node; deactivate and activate the workflow to register it again';
	}
	if (registration.secretFingerprint !== secretFingerprint(secret)) {
		return "the credential's API token changed since the webhook was registered, so Jira still signs with the old secret; deactivate and activate the workflow (or restart its activation) to register it with the new one";
	}
	return 'its X-Hub-Signature does not match (not sent by Jira, or the body was altered)';
}

/** Why the signed body's `timestamp` makes the delivery suspect, or undefined when it is fresh. */
function ageProblem(payload: IDataObject, maxAgeMinutes: number, now: number): string | undefined {
	const timestamp = payload.timestamp;
	if (typeof timestamp !== 'number' || !Number.isFinite(timestamp)) return 'its body has no timestamp, so its age cannot be checked';
	if (timestamp > now + FUTURE_SKEW_MS) return `its timestamp ${new Date(timestamp).toISOString()} is in the future`;
	const ageMinutes = (now - timestamp) / 60_000;
	if (ageMinutes > maxAgeMinutes) {
		return `it is ${Math.round(ageMinutes)} minutes old (signed timestamp ${new Date(timestamp).toISOString()}), beyond the Maximum Delivery Age of ${maxAgeMinutes} minutes: refused as a possible replay`;
	}
	return undefined;
}

/**
 * Checks that a delivery comes from Jira and is not a replay: the admin webhook's X-Hub-Signature with the
 * secret derived from the credential, or the OAuth2 app's JWT; then the age of the body's timestamp.
 * Returns why it is refused, for the log line, or undefined when it may start the workflow.
 */
export async function deliveryProblem(
	this: IWebhookFunctions,
	registration: Registration,
	rawBody: Buffer,
	payload: IDataObject,
	maxAgeMinutes: number,
	headers = this.getHeaderData(),
): Promise<string | undefined> {
	let problem: string | undefined;
	if (credentialTypeOf(this) === CONNECTED_APP_CREDENTIAL) {
		const credentials = await this.getCredentials(CONNECTED_APP_CREDENTIAL);
		problem = appJwtProblem(headers.authorization, {
			clientId: String(credentials.clientId ?? ''),
			clientSecret: String(credentials.clientSecret ?? ''),
		});
	} else {
		problem = await hubSignatureProblem.call(this, registration, rawBody, headers['x-hub-signature']);
	}
	return problem ?? ageProblem(payload, maxAgeMinutes, Date.now());
}
