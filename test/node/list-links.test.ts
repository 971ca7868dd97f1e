// Links in the editor's pick lists (resource locator list search, each entry's `url`) open the site's own
// pages. OAuth2 and scoped API tokens call Jira through the API gateway, which serves REST calls only: a link
// there (api.atlassian.com/ex/jira/<cloudId>/browse/KEY) is a dead page. The site's address is the `url` that
// accessible-resources lists for the Cloud ID (OAuth2), or the site the credential names (scoped token).
import type { ICredentialDataDecryptedObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';
import { editorContextFor } from '../helpers/load-options';
import { additionalDataFor } from '../helpers/run-node';
import { sandboxForFile } from '../helpers/node-file';
import { oauth2Credentials, oauth2Tokens } from '../helpers/sandbox';

const sb = sandboxForFile({ requestCount: 60 });

const { listSearch } = new JiraServiceManagement().methods;

let contexts = 0;
/** n8n-core's editor context for a node set to the given credential, signed by n8n-core (OAuth2 included). */
function editorContext(type: string, data: ICredentialDataDecryptedObject): ILoadOptionsFunctions {
	// A fresh credential id each time, so the node's per-credential discovery cache starts empty.
	const id = `${type}-${++contexts}`;
	const authentication = type === 'jiraServiceManagementOAuth2Api' ? 'oAuth2' : 'apiToken';
	return editorContextFor({ type, id }, { authentication }, additionalDataFor({ [type]: data }));
}

const oauth2 = async (cloudId: string) => oauth2Credentials(sb, await oauth2Tokens(sb), cloudId).jiraServiceManagementOAuth2Api;

/** Every list that offers links: service desks, requests, issues. */
async function links(context: ILoadOptionsFunctions): Promise<string[]> {
	const lists: INodeListSearchResult[] = [
		await listSearch.searchServiceDesks.call(context),
		await listSearch.searchRequests.call(context),
		await listSearch.searchIssues.call(context),
	];
	for (const list of lists) expect(list.results.length).toBeGreaterThan(0);
	return lists.flatMap((list) => list.results.map((result) => String(result.url)));
}

const sample = (urls: string[]) => [urls[0], urls.find((url) => url.includes('/browse/')) as string];

test.each([
	['blank', false],
	['entered', true],
])('OAuth2 (Cloud ID %s): links open the site from accessible-resources, and the pages exist', async (_, entered) => {
	const before = sb.requests.length;
	const urls = await links(editorContext('jiraServiceManagementOAuth2Api', await oauth2(entered ? sb.state.cloudId : '')));
	// The sandbox lists itself as the site in accessible-resources; its gateway is <site>/ex/jira/<cloudId>.
	expect(urls.every((url) => url.startsWith(`${sb.url}/browse/`) || url.startsWith(`${sb.url}/servicedesk/customer/portal/`))).toBe(true);
	expect(urls.filter((url) => url.includes('/ex/jira/'))).toEqual([]);
	for (const url of sample(urls)) expect((await fetch(url)).status).toBe(200);
	// The lists themselves went through the gateway, as OAuth2 calls must.
	const api = sb.requests.slice(before).filter((request) => request.path.includes('/rest/'));
	expect(api.every((request) => request.path.startsWith(`/ex/jira/${sb.state.cloudId}/rest/`))).toBe(true);
	// What the links used to be: the gateway does not serve pages.
	const key = urls.find((url) => url.includes('/browse/'))?.split('/browse/')[1];
	expect((await fetch(`${sb.url}/ex/jira/${sb.state.cloudId}/browse/${key}`)).status).toBe(404);
});

test('scoped API token: links open the site the credential names, not the gateway', async () => {
	const before = sb.requests.length;
	const context = editorContext('jiraServiceManagementApi', {
		deployment: 'cloud',
		accessType: 'scoped',
		subdomain: 'Acme-IT',
		domain: 'atlassian.net',
		cloudId: sb.state.cloudId,
		apiGatewayUrl: sb.url,
		email: 'agent@sandbox.test',
		apiToken: 'sandbox-agent-scoped-token',
	});
	const urls = await links(context);
	const desk = [...sb.state.serviceDesks.keys()][0];
	expect(urls).toContain(`https://acme-it.atlassian.net/servicedesk/customer/portal/${desk}`);
	expect(urls.filter((url) => url.includes('/browse/')).every((url) => /^https:\/\/acme-it\.atlassian\.net\/browse\/[A-Z]+-\d+$/.test(url))).toBe(true);
	const api = sb.requests.slice(before);
	expect(api.length).toBeGreaterThan(0);
	expect(api.every((request) => request.path.startsWith(`/ex/jira/${sb.state.cloudId}/rest/`))).toBe(true);
});
