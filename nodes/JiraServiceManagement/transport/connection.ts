import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CONNECTED_APP_CREDENTIAL, credentialTypeOf, type JsmContext } from './context';
import { apiError, failedResponseOf } from './errors';
import { cloudIdProblem, customUrl, customUrlProblem, siteProblem, siteUrl } from './siteAddress';

export interface Connection {
	credentialType: string;
	/** Everything before `/rest/...`, without a trailing slash. */
	baseUrl: string;
}

const ATLASSIAN_GATEWAY = 'https://api.atlassian.com';

/** Cloud IDs never change for a site, so one discovery per site and process is enough. */
const discoveredCloudIds = new Map<string, string>();

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

async function appCloudId(context: JsmContext, gateway: string): Promise<string> {
	const cacheKey = `${gateway} ${context.getNode().credentials?.[CONNECTED_APP_CREDENTIAL]?.id ?? ''}`;
	const cached = discoveredCloudIds.get(cacheKey);
	if (cached) return cached;
	const sites = (await context.helpers.httpRequestWithAuthentication
		.call(context, CONNECTED_APP_CREDENTIAL, { method: 'GET', url: `${gateway}/oauth/token/accessible-resources`, json: true })
		.catch((error: unknown) => {
			// The first request of a run is where an expired token is renewed: explain a refused renewal.
			throw apiError(context.getNode(), failedResponseOf(error), undefined, error);
		})) as Array<{ id: string; url: string }>;
	if (!Array.isArray(sites) || sites.length === 0) {
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
	if (credentialType === CONNECTED_APP_CREDENTIAL) return `${await baseUrlOf(context, credentialType, credentials)}/jsm/ops/api`;
	let site: string;
	let host = ATLASSIAN_GATEWAY;
	if (credentials.deployment === 'custom') {
		const problem = customUrlProblem(credentials.siteUrl);
		if (problem) refuse(context, problem);
		site = customUrl(credentials.siteUrl);
		host = site;
	} else {
		const problem = siteProblem(credentials.subdomain, credentials.domain);
		if (problem) refuse(context, problem);
		site = siteUrl(credentials.subdomain, credentials.domain);
	}
	const configured = credentials.accessType === 'scoped' ? String(credentials.cloudId ?? '').trim() : '';
	const cloudId = configured ? checkedCloudId(context, configured) : await tenantCloudId(context, site);
	return `${host}/jsm/ops/api/${cloudId}`;
}

/** Works out where requests go for the credential the node uses: site, gateway or custom URL. */
export async function connectionFor(context: JsmContext): Promise<Connection> {
	const credentialType = credentialTypeOf(context);
	const credentials: ICredentialDataDecryptedObject = await context.getCredentials(credentialType);
	return { credentialType, baseUrl: await baseUrlOf(context, credentialType, credentials) };
}

export async function baseUrlOf(
	context: JsmContext,
	credentialType: string,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	if (credentialType === CONNECTED_APP_CREDENTIAL) {
		const configuredGateway = credentials.apiGatewayUrl || ATLASSIAN_GATEWAY;
		const gatewayProblem = customUrlProblem(configuredGateway);
		if (gatewayProblem) refuse(context, gatewayProblem);
		const gateway = customUrl(configuredGateway);
		const configured = String(credentials.cloudId ?? '').trim();
		const cloudId = configured ? checkedCloudId(context, configured) : await appCloudId(context, gateway);
		return `${gateway}/ex/jira/${cloudId}`;
	}
	if (credentials.deployment === 'custom') {
		const problem = customUrlProblem(credentials.siteUrl);
		if (problem) refuse(context, problem);
		return customUrl(credentials.siteUrl);
	}
	const problem = siteProblem(credentials.subdomain, credentials.domain);
	if (problem) refuse(context, problem);
	const site = siteUrl(credentials.subdomain, credentials.domain);
	if (credentials.accessType !== 'scoped') return site;
	const configured = String(credentials.cloudId ?? '').trim();
	const cloudId = configured ? checkedCloudId(context, configured) : await tenantCloudId(context, site);
	return `${ATLASSIAN_GATEWAY}/ex/jira/${cloudId}`;
}
