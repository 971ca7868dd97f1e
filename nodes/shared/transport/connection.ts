import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CONNECTED_APP_CREDENTIAL, credentialTypeOf, type JsmContext } from './context';
import { apiError, failedResponseOf } from './errors';
import { cloudIdProblem, customUrl, customUrlProblem, siteProblem, siteUrl } from './siteAddress';

/** Jira Cloud (sites, gateway, proxies) or Jira Data Center, whose API differs (transport/dataCenter.ts). */
export type Deployment = 'cloud' | 'datacenter';

export interface Connection {
	credentialType: string;
	/** Everything before `/rest/...`, without a trailing slash. */
	baseUrl: string;
	/**
	 * Everything before `/jsm/assets/workspace/...`. Atlassian serves the Assets API on its gateway: with a
	 * classic API token (Basic auth) at `https://api.atlassian.com/jsm/assets/...`
	 * (developer.atlassian.com/cloud/assets/rest/api-group-object/), with OAuth 2.0 and scoped tokens through
	 * `/ex/jira/{cloudId}` like every other Jira API (developer.atlassian.com/cloud/assets/assets-rest-api-guide/
	 * scopes-for-oauth-2-3LO-and-forge-apps). A custom URL (proxy) serves it under its own root.
	 */
	assetsBaseUrl: string;
	deployment: Deployment;
}

export const deploymentOfCredential = (credentials: ICredentialDataDecryptedObject): Deployment =>
	credentials.deployment === 'datacenter' ? 'datacenter' : 'cloud';

const ATLASSIAN_GATEWAY = 'https://api.atlassian.com';

/** Cloud IDs never change for a site, so one discovery per site and process is enough. */
const discoveredCloudIds = new Map<string, string>();

/** The address people open an OAuth2 app's site at, by gateway, credential and Cloud ID. */
const discoveredSiteUrls = new Map<string, string>();

interface AccessibleResource {
	id: string;
	url: string;
}

/** An API Jira Data Center does not have: said before any request, like the transport's (dataCenter.ts). */
function notOnDataCenter(context: JsmContext, problem: string): never {
	throw new NodeOperationError(context.getNode(), `Not available on Jira Data Center: ${problem}`, {
		description: "See the README's Data Center section for what works there.",
	});
}

function refuse(context: JsmContext, problem: string): never {
	throw new NodeOperationError(context.getNode(), problem, {
		description: 'Open the credential and correct the site details',
	});
}

function checkedCloudId(context: JsmContext, value: string): string {
	const problem = cloudIdProblem(value);
	if (problem) refuse(context, problem);
	return value.toLowerCase();
}

async function tenantCloudId(context: JsmContext, site: string): Promise<string> {
	const cached = discoveredCloudIds.get(site);
	if (cached) return cached;
	let info: { cloudId?: string } | undefined;
	try {
		info = (await context.helpers.httpRequest({ method: 'GET', url: `${site}/_edge/tenant_info`, json: true })) as {
			cloudId?: string;
		};
	} catch {
		refuse(context, `Could not find the Cloud ID of ${site}: check the subdomain and domain, or enter the Cloud ID`);
	}
	const cloudId = checkedCloudId(context, String(info?.cloudId ?? ''));
	discoveredCloudIds.set(site, cloudId);
	return cloudId;
}

const appCacheKey = (context: JsmContext, gateway: string) =>
	`${gateway} ${context.getNode().credentials?.[CONNECTED_APP_CREDENTIAL]?.id ?? ''}`;

/** The sites the OAuth2 app may reach, remembering each one's address for links. */
async function accessibleResources(context: JsmContext, gateway: string): Promise<AccessibleResource[]> {
	const sites = (await context.helpers.httpRequestWithAuthentication
		.call(context, CONNECTED_APP_CREDENTIAL, { method: 'GET', url: `${gateway}/oauth/token/accessible-resources`, json: true })
		.catch((error: unknown) => {
			// The first request of a run is where an expired token is renewed: explain a refused renewal.
			throw apiError(context.getNode(), failedResponseOf(error), undefined, error);
		})) as AccessibleResource[];
	if (!Array.isArray(sites)) return [];
	for (const site of sites) {
		if (typeof site?.id === 'string' && typeof site.url === 'string' && !customUrlProblem(site.url)) {
			discoveredSiteUrls.set(`${appCacheKey(context, gateway)} ${site.id.toLowerCase()}`, customUrl(site.url));
		}
	}
	return sites;
}

async function appCloudId(context: JsmContext, gateway: string): Promise<string> {
	const cacheKey = appCacheKey(context, gateway);
	const cached = discoveredCloudIds.get(cacheKey);
	if (cached) return cached;
	const sites = await accessibleResources(context, gateway);
	if (sites.length === 0) {
		refuse(context, 'This OAuth2 connection cannot reach any Atlassian site: reconnect it and grant access to a site');
	}
	if (sites.length > 1) {
		const list = sites.map((site) => `${site.url} (Cloud ID ${site.id})`).join(', ');
		refuse(context, `This OAuth2 connection reaches several sites; enter the Cloud ID of one in the credential: ${list}`);
	}
	const cloudId = checkedCloudId(context, sites[0].id);
	discoveredCloudIds.set(cacheKey, cloudId);
	return cloudId;
}

/** The gateway and Cloud ID an OAuth2 app's requests go through: the credential's Cloud ID, else the one site it reaches. */
async function appCloudIdOf(context: JsmContext, credentials: ICredentialDataDecryptedObject): Promise<{ gateway: string; cloudId: string }> {
	const gateway = gatewayOf(context, credentials);
	const configured = String(credentials.cloudId ?? '').trim();
	return { gateway, cloudId: configured ? checkedCloudId(context, configured) : await appCloudId(context, gateway) };
}

/** A site's Cloud ID: a scoped token's credential names it, else the site's tenant_info tells. */
async function siteCloudIdOf(context: JsmContext, credentials: ICredentialDataDecryptedObject, site: string): Promise<string> {
	const configured = credentials.accessType === 'scoped' ? String(credentials.cloudId ?? '').trim() : '';
	return configured ? checkedCloudId(context, configured) : await tenantCloudId(context, site);
}

/**
 * For API tokens (Basic), the host of the APIs Atlassian serves by Cloud ID on its gateway (Operations, Forms) and the
 * site's Cloud ID. A custom URL (a proxy) serves them itself.
 */
async function tokenCloudOf(context: JsmContext, credentials: ICredentialDataDecryptedObject): Promise<{ host: string; cloudId: string }> {
	if (credentials.deployment === 'custom') {
		const problem = customUrlProblem(credentials.siteUrl);
		if (problem) refuse(context, problem);
		const site = customUrl(credentials.siteUrl);
		return { host: site, cloudId: await siteCloudIdOf(context, credentials, site) };
	}
	const problem = siteProblem(credentials.subdomain, credentials.domain);
	if (problem) refuse(context, problem);
	const site = siteUrl(credentials.subdomain, credentials.domain);
	return { host: ATLASSIAN_GATEWAY, cloudId: await siteCloudIdOf(context, credentials, site) };
}

/** The host of the APIs served by Cloud ID and that Cloud ID: an OAuth2 app's gateway (`app`), else tokenCloudOf's. */
async function gatewayCloudOf(
	context: JsmContext,
	credentialType: string,
	credentials: ICredentialDataDecryptedObject,
): Promise<{ host: string; cloudId: string; app: boolean }> {
	if (credentialType !== CONNECTED_APP_CREDENTIAL) return { ...(await tokenCloudOf(context, credentials)), app: false };
	const { gateway, cloudId } = await appCloudIdOf(context, credentials);
	return { host: gateway, cloudId, app: true };
}

/**
 * Where JSM Operations requests go (everything before `/v1/...`). Basic auth (API tokens) calls
 * `https://api.atlassian.com/jsm/ops/api/{cloudId}`; OAuth 2.0 apps call
 * `https://api.atlassian.com/ex/jira/{cloudId}/jsm/ops/api` (developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro/,
 * "Authentication"). A custom URL (a proxy) serves the Basic form itself. The Cloud ID is the credential's,
 * else discovered like the gateway's (tenant_info, or the OAuth2 app's accessible resources).
 */
export async function operationsBaseUrlOf(
	context: JsmContext,
	credentialType: string,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	// Atlassian documents the Operations REST API for Cloud only (developer.atlassian.com/cloud/jira/service-desk-ops/);
	// a Data Center credential has no Cloud site to name, which used to surface as an empty-subdomain error.
	if (credentialType !== CONNECTED_APP_CREDENTIAL && credentials.deployment === 'datacenter') {
		notOnDataCenter(context, 'JSM Operations (alerts, schedules, on-call, teams, heartbeats) is a Jira Cloud API (api.atlassian.com/jsm/ops)');
	}
	const { host, cloudId, app } = await gatewayCloudOf(context, credentialType, credentials);
	return app ? `${host}/ex/jira/${cloudId}/jsm/ops/api` : `${host}/jsm/ops/api/${cloudId}`;
}

/**
 * Where Forms requests go (everything before `/issue/...`, `/project/...`). Atlassian serves the Forms REST API at
 * `https://api.atlassian.com/jira/forms/cloud/{cloudId}` for API tokens (Basic) and OAuth 2.0 (3LO) apps alike
 * (developer.atlassian.com/cloud/forms/rest/intro/, "Authentication and Authorization"); a custom URL (a proxy)
 * serves the same path itself. Jira Data Center has no Forms REST API (ProForma's own API there).
 */
export async function formsBaseUrlOf(
	context: JsmContext,
	credentialType: string,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	if (credentialType !== CONNECTED_APP_CREDENTIAL && credentials.deployment === 'datacenter') {
		notOnDataCenter(context, 'Forms are a Jira Cloud API: Jira Data Center serves forms through the ProForma app instead');
	}
	const { host, cloudId } = await gatewayCloudOf(context, credentialType, credentials);
	return `${host}/jira/forms/cloud/${cloudId}`;
}

/** Works out where requests go for the credential the node uses: site, gateway or custom URL. */
export async function connectionFor(context: JsmContext): Promise<Connection> {
	const credentialType = credentialTypeOf(context);
	const credentials: ICredentialDataDecryptedObject = await context.getCredentials(credentialType);
	const baseUrl = await baseUrlOf(context, credentialType, credentials);
	return {
		credentialType,
		baseUrl,
		assetsBaseUrl: assetsBaseUrlOf(credentialType, credentials, baseUrl),
		deployment: credentialType === CONNECTED_APP_CREDENTIAL ? 'cloud' : deploymentOfCredential(credentials),
	};
}

/** Where the Assets API lives for this credential, given the site's base URL (see Connection.assetsBaseUrl). */
export function assetsBaseUrlOf(credentialType: string, credentials: ICredentialDataDecryptedObject, baseUrl: string): string {
	const classicSiteToken =
		credentialType !== CONNECTED_APP_CREDENTIAL && credentials.deployment !== 'custom' && credentials.accessType !== 'scoped';
	return classicSiteToken ? ATLASSIAN_GATEWAY : baseUrl;
}

function gatewayOf(context: JsmContext, credentials: ICredentialDataDecryptedObject): string {
	const configured = credentials.apiGatewayUrl || ATLASSIAN_GATEWAY;
	const problem = customUrlProblem(configured);
	if (problem) refuse(context, problem);
	return customUrl(configured);
}

export async function baseUrlOf(
	context: JsmContext,
	credentialType: string,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	if (credentialType === CONNECTED_APP_CREDENTIAL) {
		const { gateway, cloudId } = await appCloudIdOf(context, credentials);
		return `${gateway}/ex/jira/${cloudId}`;
	}
	if (credentials.deployment === 'custom' || credentials.deployment === 'datacenter') {
		const problem = customUrlProblem(credentials.siteUrl);
		if (problem) refuse(context, problem);
		return customUrl(credentials.siteUrl);
	}
	const problem = siteProblem(credentials.subdomain, credentials.domain);
	if (problem) refuse(context, problem);
	const site = siteUrl(credentials.subdomain, credentials.domain);
	if (credentials.accessType !== 'scoped') return site;
	const cloudId = await siteCloudIdOf(context, credentials, site);
	return `${gatewayOf(context, credentials)}/ex/jira/${cloudId}`;
}

/**
 * The site's own address, for links people open in a browser (`/browse/KEY`, portals): the API gateway
 * serves only the REST APIs. OAuth2: the `url` Atlassian lists for the site in accessible-resources;
 * scoped tokens: the site the credential names. Undefined when Atlassian does not list the site.
 */
export async function siteAddressFor(context: JsmContext): Promise<string | undefined> {
	const credentialType = credentialTypeOf(context);
	const credentials = await context.getCredentials(credentialType);
	if (credentialType !== CONNECTED_APP_CREDENTIAL) {
		if (credentials.deployment === 'custom' || credentials.deployment === 'datacenter' || credentials.accessType !== 'scoped') {
			return await baseUrlOf(context, credentialType, credentials);
		}
		const problem = siteProblem(credentials.subdomain, credentials.domain);
		if (problem) refuse(context, problem);
		return siteUrl(credentials.subdomain, credentials.domain);
	}
	const { gateway, cloudId } = await appCloudIdOf(context, credentials);
	const key = `${appCacheKey(context, gateway)} ${cloudId}`;
	if (!discoveredSiteUrls.has(key)) await accessibleResources(context, gateway);
	return discoveredSiteUrls.get(key);
}
