import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { JiraServiceManagementApi } from '../../../credentials/JiraServiceManagementApi.credentials';
import { atlassianErrorText, customUrlOf, failedResponseOf, siteUrlOf } from '../transport';

const CLOUD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Outcome = INodeCredentialTestResult;
const fail = (message: string): Outcome => ({ status: 'Error', message });

/** Plain words for what went wrong, the way a good connector reports it. */
function explain(error: unknown, where: string): Outcome {
	const failure = failedResponseOf(error);
	const atlassian = atlassianErrorText(failure.body);
	const detail = atlassian ? ` (Jira said: ${atlassian})` : '';
	switch (failure.status) {
		case 401:
			return fail(`Invalid credentials: ${where} did not accept them. Check the email and the API token, or reconnect${detail}`);
		case 403:
			return fail(`Missing permission or scope: the account is signed in but may not use Jira Service Management at ${where}${detail}`);
		case 404:
			return fail(`Site not found: ${where} has no Jira Service Management API. Check the site address${detail}`);
		case undefined:
			return fail(`Site not found: could not reach ${where} (${failure.code ?? 'no answer'}). Check the site address`);
		default:
			return fail(`${where} answered HTTP ${failure.status}${detail}`);
	}
}

async function checkServiceDesks(
	context: ICredentialTestFunctions,
	baseUrl: string,
	headers: IDataObject,
	where: string,
): Promise<Outcome> {
	try {
		const page = (await context.helpers.request({
			method: 'GET',
			uri: `${baseUrl}/rest/servicedeskapi/servicedesk`,
			qs: { limit: 1 },
			headers: { Accept: 'application/json', ...headers },
			json: true,
		})) as { values?: unknown[] };
		if (!page?.values?.length) {
			return fail(
				'Connected, but this account sees no service desk: ask a Jira Service Management admin to add it as an agent of a service desk',
			);
		}
		return { status: 'OK', message: 'Connection tested successfully' };
	} catch (error) {
		return explain(error, where);
	}
}

export async function jiraServiceManagementApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<Outcome> {
	const data = (credential.data ?? {}) as ICredentialDataDecryptedObject;
	let baseUrl: string;
	let where: string;
	try {
		if (data.deployment === 'custom') {
			baseUrl = customUrlOf(data.siteUrl);
			where = baseUrl;
		} else {
			const site = siteUrlOf(data.subdomain, data.domain);
			where = site;
			baseUrl = site;
			if (data.tokenType === 'scoped') {
				let cloudId = String(data.cloudId ?? '').trim();
				if (!cloudId) {
					try {
						const info = (await this.helpers.request({ method: 'GET', uri: `${site}/_edge/tenant_info`, json: true })) as IDataObject;
						cloudId = String(info?.cloudId ?? '');
					} catch (error) {
						return explain(error, site);
					}
				}
				if (!CLOUD_ID.test(cloudId)) return fail(`The Cloud ID "${cloudId}" is not valid`);
				baseUrl = `https://api.atlassian.com/ex/jira/${cloudId}`;
			}
		}
	} catch (error) {
		return fail((error as Error).message);
	}
	const signed = await new JiraServiceManagementApi().authenticate(data, { url: baseUrl, headers: {} });
	return await checkServiceDesks(this, baseUrl, (signed.headers ?? {}) as IDataObject, where);
}

export async function jiraServiceManagementOAuth2Test(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<Outcome> {
	const data = (credential.data ?? {}) as ICredentialDataDecryptedObject;
	const token = (data.oauthTokenData as IDataObject | undefined)?.access_token;
	if (!token) return fail('Not connected yet: click "Connect my account" first');
	const headers = { Authorization: `Bearer ${String(token)}` };
	let gateway: string;
	try {
		gateway = customUrlOf(data.apiGatewayUrl || 'https://api.atlassian.com');
	} catch (error) {
		return fail((error as Error).message);
	}
	let cloudId = String(data.cloudId ?? '').trim();
	if (!cloudId) {
		try {
			const sites = (await this.helpers.request({
				method: 'GET',
				uri: `${gateway}/oauth/token/accessible-resources`,
				headers,
				json: true,
			})) as Array<{ id: string; url: string }>;
			if (!sites?.length) return fail('This connection cannot reach any Atlassian site: reconnect and grant access to a site');
			if (sites.length > 1) {
				return fail(`This connection reaches several sites; enter one Cloud ID: ${sites.map((s) => `${s.url} = ${s.id}`).join(', ')}`);
			}
			cloudId = sites[0].id;
		} catch (error) {
			return explain(error, gateway);
		}
	}
	if (!CLOUD_ID.test(cloudId)) return fail(`The Cloud ID "${cloudId}" is not valid`);
	return await checkServiceDesks(this, `${gateway}/ex/jira/${cloudId}`, headers, `the site with Cloud ID ${cloudId}`);
}
