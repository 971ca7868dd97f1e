import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { apiTokenAuthorization } from '../transport/apiTokenAuthorization';
import { atlassianErrorText } from '../transport/errors';
import { cloudIdProblem, customUrl, customUrlProblem, siteProblem, siteUrl } from '../transport/siteAddress';

const ATLASSIAN_GATEWAY = 'https://api.atlassian.com';

interface Answer {
	statusCode: number;
	body: unknown;
}

const error = (message: string): INodeCredentialTestResult => ({ status: 'Error', message });

/** Where requests go, or the sentence that says why they cannot be sent. */
type Target = { base: string; site: string; refusal?: undefined } | { refusal: string };

async function get(context: ICredentialTestFunctions, url: string, authorization?: string): Promise<Answer | undefined> {
	try {
		return (await context.helpers.request({
			method: 'GET',
			uri: url,
			headers: { Accept: 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
			json: true,
			simple: false,
			resolveWithFullResponse: true,
		})) as Answer;
	} catch {
		// No answer at all (no such host, refused, TLS): said in the caller's words.
		return undefined;
	}
}

/**
 * Where the credential's requests go, as the node works it out (transport/connection.ts): the site, the custom URL,
 * or for scoped tokens the gateway with the Cloud ID given or discovered from the site's `/_edge/tenant_info`.
 */
async function targetOf(context: ICredentialTestFunctions, data: ICredentialDataDecryptedObject): Promise<Target> {
	if (data.deployment === 'custom' || data.deployment === 'datacenter') {
		const problem = customUrlProblem(data.siteUrl);
		if (problem) return { refusal: problem };
		const site = customUrl(data.siteUrl);
		return { base: site, site };
	}
	const problem = siteProblem(data.subdomain, data.domain);
	if (problem) return { refusal: problem };
	const site = siteUrl(data.subdomain, data.domain);
	if (data.accessType !== 'scoped') return { base: site, site };
	const gatewayProblem = customUrlProblem(data.apiGatewayUrl || ATLASSIAN_GATEWAY);
	if (gatewayProblem) return { refusal: gatewayProblem };
	const gateway = customUrl(data.apiGatewayUrl || ATLASSIAN_GATEWAY);
	let cloudId = String(data.cloudId ?? '').trim();
	if (!cloudId) {
		const info = await get(context, `${site}/_edge/tenant_info`);
		cloudId = String((info?.statusCode === 200 && (info.body as IDataObject | undefined)?.cloudId) || '');
		if (!cloudId) {
			return {
				refusal: `Could not find the Cloud ID of ${site} (from ${site}/_edge/tenant_info): check the subdomain and domain, or enter the Cloud ID`,
			};
		}
	}
	const idProblem = cloudIdProblem(cloudId);
	if (idProblem) return { refusal: idProblem };
	return { base: `${gateway}/ex/jira/${cloudId.toLowerCase()}`, site };
}

/** Data Center's answers in words: Basic is username and password there, and PATs are Bearer tokens. */
function refusedDataCenterAnswer(answer: Answer, data: ICredentialDataDecryptedObject): INodeCredentialTestResult {
	switch (answer.statusCode) {
		case 401:
			return error(
				data.authType === 'bearer'
					? 'Invalid credentials: Jira Data Center did not accept the personal access token. Check it is not expired or revoked'
					: 'Invalid credentials: Jira Data Center did not accept the username and password. Check both (the username, not the email address, unless they are the same)',
			);
		case 403:
			return error(
				'Missing permission: the account signed in but may not use Jira Service Management here (or Jira asks for a CAPTCHA after failed logins: sign in once in the browser)',
			);
		case 404:
			return error('Site not found: no Jira Service Management Data Center answers at this address. Check the site URL (the base URL, without /rest)');
		default: {
			const text = atlassianErrorText(answer.body);
			return error(`Jira answered the test with HTTP ${answer.statusCode}${text ? `: ${text}` : ''}`);
		}
	}
}

/**
 * A Data Center credential: the service desk list (as on Cloud), then serverInfo, whose deploymentType tells a
 * Cloud site entered as Data Center ("Cloud" vs "Server" / "DataCenter", GET /rest/api/2/serverInfo).
 */
async function testDataCenter(context: ICredentialTestFunctions, data: ICredentialDataDecryptedObject, site: string) {
	const authorization = apiTokenAuthorization(data);
	const desks = await get(context, `${site}/rest/servicedeskapi/servicedesk?limit=1`, authorization);
	if (!desks) return error(`Site not found: nothing answers at ${site}. Check the site URL`);
	if (desks.statusCode < 200 || desks.statusCode > 299) return refusedDataCenterAnswer(desks, data);
	const info = await get(context, `${site}/rest/api/2/serverInfo`, authorization);
	const deploymentType = info?.statusCode === 200 ? (info.body as IDataObject | undefined)?.deploymentType : undefined;
	if (deploymentType === 'Cloud') {
		return error('This address is a Jira Cloud site: choose Connect To: Jira Cloud Site (with an email and API token)');
	}
	if ((desks.body as IDataObject | undefined)?.size === 0) {
		return error('Connected, but this account sees no service desk: ask a Jira Service Management admin to add it as an agent');
	}
	return { status: 'OK', message: 'Connection successful' } as INodeCredentialTestResult;
}

function refusedAnswer(answer: Answer, scoped: boolean): INodeCredentialTestResult {
	switch (answer.statusCode) {
		case 401:
			return error(
				scoped
					? 'Invalid credentials: Jira did not accept the email and scoped API token. Check both, and that the token was made for this site'
					: 'Invalid credentials: Jira did not accept the email and API token. Check both (a scoped token needs Token Type: Scoped API Token)',
			);
		case 403:
			return error('Missing permission: the account signed in but may not use Jira Service Management on this site');
		case 404:
			return error(
				scoped
					? 'Site not found: no Jira Service Management answers for this Cloud ID. Check the Cloud ID, or leave it blank to look it up'
					: 'Site not found: no Jira Service Management answers at this address. Check the subdomain and domain',
			);
		default: {
			const text = atlassianErrorText(answer.body);
			return error(`Jira answered the test with HTTP ${answer.statusCode}${text ? `: ${text}` : ''}`);
		}
	}
}

/**
 * The API token credential's test, in plain words. Two things a single request cannot tell: a scoped token with a
 * blank Cloud ID works once the Cloud ID is looked up, and a portal-only customer's token passes every customer
 * endpoint but no agent operation. Jira's `GET /rest/api/3/myself` gives the account type: `customer` is
 * "a Jira Service Desk account representing an external service desk" (platform REST v3, User.accountType).
 * Data Center has no such field (and no /rest/api/3): there the service desk answer alone decides.
 */
export async function jiraServiceManagementApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const scoped = data.deployment !== 'custom' && data.accessType === 'scoped';
	const target = await targetOf(this, data);
	if (target.refusal !== undefined) return error(target.refusal);
	const { base, site } = target;
	if (data.deployment === 'datacenter') return await testDataCenter(this, data, site);
	const authorization = apiTokenAuthorization(data);

	const desks = await get(this, `${base}/rest/servicedeskapi/servicedesk?limit=1`, authorization);
	if (!desks) return error(`Site not found: nothing answers at ${scoped ? base : site}. Check the subdomain and domain`);
	if (desks.statusCode < 200 || desks.statusCode > 299) return refusedAnswer(desks, scoped);

	const myself = await get(this, `${base}/rest/api/3/myself`, authorization);
	if (myself?.statusCode === 200 && (myself.body as IDataObject | undefined)?.accountType === 'customer') {
		return error('This account is a portal-only customer; agent operations need a licensed agent account');
	}
	if ((desks.body as IDataObject | undefined)?.size === 0) {
		return error('Connected, but this account sees no service desk: ask a Jira Service Management admin to add it as an agent');
	}
	return { status: 'OK', message: 'Connection successful' };
}
