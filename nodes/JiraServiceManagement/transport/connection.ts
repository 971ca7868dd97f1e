import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { credentialTypeOf, OAUTH2_CREDENTIAL, type JsmContext } from './context';

export interface Connection {
	credentialType: string;
	/** Everything before `/rest/...`, without a trailing slash. */
	baseUrl: string;
}

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const CLOUD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cloud IDs never change for a site, so one discovery per site and process is enough. */
const discoveredCloudIds = new Map<string, string>();

export function isHostLabel(value: string): boolean {
	return HOST_LABEL.test(value);
}

export function isHostname(value: string): boolean {
	const labels = value.split('.');
	return labels.length >= 2 && labels.every(isHostLabel);
}

/**
 * The site address built from subdomain and domain. Both are checked so that neither can smuggle in a
 * path, a port, credentials or another host (for example `evil.example.com/x` or `a:8080`).
 */
export function siteUrlOf(subdomain: unknown, domain: unknown): string {
	const sub = String(subdomain ?? '').trim();
	const dom = String(domain ?? '').trim() || 'atlassian.net';
	if (!isHostLabel(sub)) {
		throw new Error(
			`The subdomain "${sub}" is not valid: use only the first part of your site address (letters, digits and hyphens), for example "your-team" for your-team.atlassian.net`,
		);
	}
	if (!isHostname(dom)) {
		throw new Error(
			`The domain "${dom}" is not valid: use a host name such as "atlassian.net", without a scheme, path or port`,
		);
	}
	return `https://${sub.toLowerCase()}.${dom.toLowerCase()}`;
}

export function customUrlOf(siteUrl: unknown): string {
	const raw = String(siteUrl ?? '').trim();
	let parsed: URL;
	try {
		parsed = new URL(raw);
	} catch {
		throw new Error(`The site URL "${raw}" is not a valid URL, for example https://jira.example.com`);
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
		throw new Error(`The site URL "${raw}" must start with https:// or http://`);
	}
	if (parsed.username || parsed.password || parsed.search || parsed.hash) {
		throw new Error(`The site URL "${raw}" must not contain credentials, a query or a fragment`);
	}
	return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
}

function checkedCloudId(value: string): string {
	if (!CLOUD_ID.test(value)) {
		throw new Error(`The Cloud ID "${value}" is not valid: it looks like 11111111-2222-3333-4444-555555555555`);
	}
	return value.toLowerCase();
}

async function tenantCloudId(context: JsmContext, site: string): Promise<string> {
	const cached = discoveredCloudIds.get(site);
	if (cached) return cached;
	let info: { cloudId?: string };
	try {
		info = (await context.helpers.httpRequest({ method: 'GET', url: `${site}/_edge/tenant_info`, json: true })) as {
			cloudId?: string;
		};
	} catch {
		throw new Error(`Could not find the Cloud ID of ${site}: check the subdomain and domain, or enter the Cloud ID`);
	}
	const cloudId = checkedCloudId(String(info?.cloudId ?? ''));
	discoveredCloudIds.set(site, cloudId);
	return cloudId;
}

async function oauthCloudId(context: JsmContext, gateway: string): Promise<string> {
	const cacheKey = `${gateway} ${context.getNode().credentials?.[OAUTH2_CREDENTIAL]?.id ?? ''}`;
	const cached = discoveredCloudIds.get(cacheKey);
	if (cached) return cached;
	const resources = (await context.helpers.httpRequestWithAuthentication.call(context, OAUTH2_CREDENTIAL, {
		method: 'GET',
		url: `${gateway}/oauth/token/accessible-resources`,
		json: true,
	})) as Array<{ id: string; url: string; name: string }>;
	if (!Array.isArray(resources) || resources.length === 0) {
		throw new Error('This OAuth2 connection cannot reach any Atlassian site: reconnect it and grant access to a site');
	}
	if (resources.length > 1) {
		const sites = resources.map((r) => `${r.url} (Cloud ID ${r.id})`).join(', ');
		throw new Error(`This OAuth2 connection reaches several sites; enter the Cloud ID of one of them in the credential: ${sites}`);
	}
	const cloudId = checkedCloudId(resources[0].id);
	discoveredCloudIds.set(cacheKey, cloudId);
	return cloudId;
}

/** Works out where requests go for the credential the node uses. */
export async function connectionFor(context: JsmContext): Promise<Connection> {
	const credentialType = credentialTypeOf(context);
	const credentials: ICredentialDataDecryptedObject = await context.getCredentials(credentialType);
	try {
		return { credentialType, baseUrl: await baseUrlOf(context, credentialType, credentials) };
	} catch (error) {
		throw new NodeOperationError(context.getNode(), (error as Error).message, {
			description: 'Open the credential and correct the site details',
		});
	}
}

export async function baseUrlOf(
	context: JsmContext,
	credentialType: string,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	if (credentialType === OAUTH2_CREDENTIAL) {
		const gateway = customUrlOf(credentials.apiGatewayUrl || 'https://api.atlassian.com');
		const configured = String(credentials.cloudId ?? '').trim();
		const cloudId = configured ? checkedCloudId(configured) : await oauthCloudId(context, gateway);
		return `${gateway}/ex/jira/${cloudId}`;
	}
	if (credentials.deployment === 'custom') return customUrlOf(credentials.siteUrl);
	const site = siteUrlOf(credentials.subdomain, credentials.domain);
	if (credentials.tokenType !== 'scoped') return site;
	const configured = String(credentials.cloudId ?? '').trim();
	const cloudId = configured ? checkedCloudId(configured) : await tenantCloudId(context, site);
	return `https://api.atlassian.com/ex/jira/${cloudId}`;
}
