/**
 * Checks of the site parts a user types into a credential. Each returns a sentence saying what is wrong,
 * or undefined, so both the credential (before any request) and the transport can refuse bad input
 * such as `evil.example.com/x` or `a:8080`, which could otherwise send the token to another host.
 */
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const CLOUD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const DEFAULT_DOMAIN = 'atlassian.net';

export function siteProblem(subdomain: unknown, domain: unknown): string | undefined {
	const sub = String(subdomain ?? '').trim();
	const dom = String(domain ?? '').trim() || DEFAULT_DOMAIN;
	if (!HOST_LABEL.test(sub)) {
		return `The subdomain "${sub}" is not valid: use only the first part of your site address (letters, digits and hyphens), for example "your-team" for your-team.atlassian.net`;
	}
	const labels = dom.split('.');
	if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label))) {
		return `The domain "${dom}" is not valid: use a host name such as "atlassian.net", without a scheme, path or port`;
	}
	return undefined;
}

/** `https://<subdomain>.<domain>`; call only after siteProblem() found nothing. */
export function siteUrl(subdomain: unknown, domain: unknown): string {
	const dom = String(domain ?? '').trim() || DEFAULT_DOMAIN;
	return `https://${String(subdomain).trim().toLowerCase()}.${dom.toLowerCase()}`;
}

export function customUrlProblem(value: unknown): string | undefined {
	const raw = String(value ?? '').trim();
	let parsed: URL;
	try {
		parsed = new URL(raw);
	} catch {
		return `The site URL "${raw}" is not a valid URL, for example https://jira.example.com`;
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
		return `The site URL "${raw}" must start with https:// or http://`;
	}
	if (parsed.username || parsed.password || parsed.search || parsed.hash) {
		return `The site URL "${raw}" must not contain credentials, a query or a fragment`;
	}
	return undefined;
}

/** The custom URL without a trailing slash; call only after customUrlProblem() found nothing. */
export function customUrl(value: unknown): string {
	const parsed = new URL(String(value).trim());
	return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
}

export function cloudIdProblem(value: string): string | undefined {
	return CLOUD_ID.test(value) ? undefined : `The Cloud ID "${value}" is not valid: it looks like 11111111-2222-3333-4444-555555555555`;
}
