// The OAuth2 credential as n8n runs it (oAuth2Api parent: n8n-core signs, refreshes on 401 and saves the new
// token) against the sandbox's token endpoint: an expired access token is refreshed once and the run
// completes; a revoked refresh token ends in a plain "reconnect the credential" error, with no token in it.
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { JiraServiceManagementOAuth2Api } from '../../credentials/JiraServiceManagementOAuth2Api.credentials';
import { runNode } from '../helpers/run-node';
import { expectNoSecrets } from '../helpers/secrets';
import { oauth2Credentials, oauth2Tokens, startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ requestCount: 60 });
});
afterAll(async () => sb.close());
afterEach(() => {
	sb.configure({ oauthTokenTtlSeconds: 3600 });
	expect(sb.violations).toEqual([]);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const connect = () => oauth2Tokens(sb);
const oauthCredentials = (oauthTokenData: IDataObject, cloudId = '') => oauth2Credentials(sb, oauthTokenData, cloudId);

const queryServiceDesks = (credentials: Record<string, ICredentialDataDecryptedObject>) =>
	runNode({ parameters: { authentication: 'oAuth2', resource: 'serviceDesk', operation: 'query', returnAll: true }, credentials });

test('an expired access token is refreshed once, saved to the credential, and the operation completes', async () => {
	sb.configure({ oauthTokenTtlSeconds: 1 });
	const tokens = await connect();
	const credentials = oauthCredentials(tokens);
	await sleep(1200);
	const before = sb.requests.length;

	const result = await queryServiceDesks(credentials);
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.json.id).sort()).toEqual([...sb.state.serviceDesks.keys()].sort());
	// The stale token was refused with 401 once, one refresh followed, and everything after it succeeded.
	const seen = sb.requests.slice(before);
	expect(seen.filter((request) => request.status === 401)).toHaveLength(1);
	expect(seen.filter((request) => request.path === '/oauth/token')).toHaveLength(1);
	expect(seen.filter((request) => request.path.startsWith('/ex/jira/')).every((request) => request.status === 200)).toBe(true);

	const saved = credentials.jiraServiceManagementOAuth2Api.oauthTokenData as IDataObject;
	expect(saved.access_token).not.toBe(tokens.access_token);
	expect(sb.state.oauth.accessTokens.has(saved.access_token)).toBe(true);
	expectNoSecrets({ items: result.items, error: result.error }, [tokens, saved]);
	process.stdout.write(`OAuth2: expired access token refreshed with 1 token request; ${result.items.length} service desks read\n`);
});

// Blank Cloud ID: the refresh happens while discovering the site; set: inside the operation's own request.
test.each([
	['discovered', false],
	['entered', true],
])('a revoked refresh token (Cloud ID %s) fails the item with "reconnect the credential" and leaks no token', async (_, entered) => {
	sb.configure({ oauthTokenTtlSeconds: 1 });
	const tokens = await connect();
	sb.revokeRefreshTokens();
	await sleep(1200);
	const credentials = () => oauthCredentials(tokens, entered ? sb.state.cloudId : '');

	const result = await queryServiceDesks(credentials());
	expect(result.items).toEqual([]);
	expect(result.error?.message).toBe('Atlassian refused to renew the OAuth2 access: reconnect the credential');
	expect(result.error?.description).toMatch(/click Reconnect/);
	expect(result.error?.context?.itemIndex).toBe(0);
	expectNoSecrets({ error: result.error }, [tokens]);

	const withContinue = await runNode({
		parameters: { authentication: 'oAuth2', resource: 'serviceDesk', operation: 'query', returnAll: true },
		credentials: credentials(),
		input: [{}, {}],
		continueOnFail: true,
	});
	expect(withContinue.items.map((item) => item.json.error)).toEqual([result.error?.message, result.error?.message]);
	expect(withContinue.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	process.stdout.write(`OAuth2 (Cloud ID ${_}): revoked refresh token -> "${result.error?.message}"\n`);
});

/** The user consents on the site's authorize page to `scope`; the code is redeemed as n8n does. */
async function consent(scope: string): Promise<{ status: number; text: string; tokens?: IDataObject }> {
	const authorize = new URL(`${sb.url}/oauth/authorize`);
	authorize.search = new URLSearchParams({
		client_id: 'sandbox-client',
		redirect_uri: 'http://127.0.0.1/rest/oauth2-credential/callback',
		response_type: 'code',
		scope,
		audience: 'api.atlassian.com',
		prompt: 'consent',
	}).toString();
	const answer = await fetch(authorize, { redirect: 'manual' });
	if (answer.status !== 302) return { status: answer.status, text: await answer.text() };
	const code = new URL(String(answer.headers.get('location'))).searchParams.get('code');
	const token = await fetch(`${sb.url}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ grant_type: 'authorization_code', code, client_id: 'sandbox-client', client_secret: 'sandbox-secret' }),
	});
	return { status: answer.status, text: '', tokens: (await token.json()) as IDataObject };
}

const defaultScopes = String(new JiraServiceManagementOAuth2Api().properties.find((p) => p.name === 'enabledScopes')?.default);

describe('scopes', () => {
	test('the default scopes pass the consent (no User identity API) and cover admin operations such as Application Role and Audit Record', async () => {
		const granted = await consent(defaultScopes);
		expect(granted.text).toBe('');
		expect(granted.status).toBe(302);
		const credentials = oauthCredentials(granted.tokens!, sb.state.cloudId);
		const roles = await runNode({ parameters: { authentication: 'oAuth2', resource: 'applicationRole', operation: 'query', returnAll: true }, credentials });
		expect(roles.error).toBeUndefined();
		expect(roles.items.map((item) => item.json.key)).toEqual(expect.arrayContaining(['jira-servicedesk']));
		const audit = await runNode({ parameters: { authentication: 'oAuth2', resource: 'auditRecord', operation: 'query', limit: 5 }, credentials });
		expect(audit.error).toBeUndefined();
		expect(audit.items.length).toBe(5);
	});

	test('the site accepts a token holding one full alternative of an operation (classic or the whole granular set), and no part of one', async () => {
		const call = async (scope: string) => {
			const { tokens } = await consent(scope);
			const response = await fetch(`${sb.url}/ex/jira/${sb.state.cloudId}/rest/servicedeskapi/request/${[...sb.state.issues.values()][0].key}`, {
				headers: { authorization: `Bearer ${String(tokens!.access_token)}` },
			});
			return { status: response.status, body: await response.json() };
		};
		expect((await call('read:servicedesk-request')).status).toBe(200);
		expect((await call('read:request:jira-service-management read:user:jira')).status).toBe(200);
		expect(await call('read:request:jira-service-management')).toEqual({ status: 401, body: { code: 401, message: 'Unauthorized; scope does not match' } });
	});

	test('asking for read:me without the User identity API fails the consent with Atlassian\'s words', async () => {
		const refused = await consent('read:servicedesk-request read:me offline_access');
		expect(refused.status).toBe(400);
		expect(refused.text).toContain('This app has requested User identity API scopes that have not been added to the app');
		expect(refused.text).toContain('read:me');
	});

	test("a token without an operation's scope gets Atlassian's 401 and the item error says what to add", async () => {
		const granted = await consent('read:servicedesk-request offline_access');
		const credentials = oauthCredentials(granted.tokens!, sb.state.cloudId);
		const desks = await queryServiceDesks(credentials);
		expect(desks.error).toBeUndefined();
		const before = sb.requests.length;
		const roles = await runNode({ parameters: { authentication: 'oAuth2', resource: 'applicationRole', operation: 'query', returnAll: true }, credentials });
		expect(roles.error?.message).toBe(
			"The OAuth2 app lacks a scope this operation needs: add the scopes of the README's scope guide to the app in the Atlassian developer console, then reconnect the credential: Unauthorized; scope does not match",
		);
		const refused = sb.requests.slice(before).filter((request) => request.path.endsWith('/rest/api/3/applicationrole'));
		expect(refused.length).toBeGreaterThan(0);
		expect(refused.every((request) => request.status === 401)).toBe(true);
	});
});
