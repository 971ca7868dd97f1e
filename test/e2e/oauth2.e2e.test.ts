// The OAuth2 credential in a real n8n (2.41, Node 24), installed as users install it, against the
// sandbox's Atlassian-style authorization server: n8n's own authorization-code flow connects the
// credential; an action node then reaches the site through the API gateway with the Cloud ID it
// discovered; the trigger registers a dynamic webhook, turns the site's JWT-signed delivery into one
// execution, refuses a forged one, and removes the webhook when the workflow is unpublished.
import { createHmac } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

import { executionItems, executionsSettled, publicationSettled, type Credential, type N8nInstance, type Workflow } from './n8n';
import { activated, preparedInstance, removeAll, startSignedIn, type Running } from './session';
import { until } from './until';
import { NODE_TYPE, triggerWorkflow, webhookNode } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { availableTransitions } = require('../sandbox/workflow');

// The first run may install Node 24 and n8n (several minutes).
jest.setTimeout(10 * 60_000);

const CREDENTIAL = { id: 'JsmSandboxOAuth1', name: 'JSM Sandbox (OAuth2)' };
const DESKS_WORKFLOW = 'JsmE2eOAuthDesk1';
const DESKS_PATH = 'jsm-oauth-service-desks';
const TRIGGER_WORKFLOW = 'JsmE2eOAuthTrig1';
const TRIGGER_WEBHOOK_ID = '6d2b9f4e-1c3a-4e8f-b5d7-2a9c0e4f8b13';
const usesOAuth2 = { jiraServiceManagementOAuth2Api: CREDENTIAL };

describe('the OAuth2 credential in a real n8n', () => {
	let sb: any;
	let instance: N8nInstance;
	let running: Running | undefined;

	const rest = async (path: string) => {
		const response = await fetch(`${instance.url}${path}`, { headers: { cookie: running!.cookie, 'browser-id': 'jsm-e2e' }, redirect: 'manual' });
		return { status: response.status, text: await response.text(), location: response.headers.get('location') };
	};

	const executions = (workflowId: string, count: number) => executionsSettled(running!.n8n, () => sb.flushDeliveries(), workflowId, count);

	const dynamicWebhooks = (): IDataObject[] => [...sb.state.dynamicWebhooks.values()];

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 80 });
		// Not connected yet: no token data, as after a user fills in the form.
		const credential: Credential = {
			...CREDENTIAL,
			type: 'jiraServiceManagementOAuth2Api',
			data: {
				clientId: 'sandbox-client',
				clientSecret: 'sandbox-secret',
				apiGatewayUrl: sb.url,
				cloudId: '',
			},
		};
		const desks: Workflow = {
			id: DESKS_WORKFLOW,
			name: 'E2E OAuth2 service desks',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				webhookNode('desks-0', 'Webhook', '0f4d7c2a-8e1b-4a6d-9c3f-5b2e8a7d1c64', 'GET', DESKS_PATH, [0, 0]),
				{
					id: 'desks-1',
					name: 'Service desks',
					type: NODE_TYPE,
					typeVersion: 1,
					position: [220, 0],
					parameters: { authentication: 'oAuth2', resource: 'serviceDesk', operation: 'query', returnAll: true },
					credentials: usesOAuth2,
				},
			],
			connections: { Webhook: { main: [[{ node: 'Service desks', type: 'main', index: 0 }]] } },
		};
		const trigger = triggerWorkflow(TRIGGER_WORKFLOW, 'E2E OAuth2 trigger', { nodeName: 'JSM Trigger', webhookId: TRIGGER_WEBHOOK_ID, events: ['statusChanged'] }, credential);
		// n8n pins a credential type's hidden OAuth URLs to their defaults (Atlassian's); an n8n admin points
		// them elsewhere with credential overwrites, which is how they lead to the sandbox here.
		const overwrites = {
			env: {
				CREDENTIALS_OVERWRITE_DATA: JSON.stringify({
					jiraServiceManagementOAuth2Api: { authUrl: `${sb.url}/oauth/authorize`, accessTokenUrl: `${sb.url}/oauth/token` },
				}),
			},
		};
		instance = await preparedInstance([credential], [desks, trigger], overwrites);
		running = await startSignedIn(instance);
	});

	afterAll(async () => {
		await removeAll(running?.server, sb, instance);
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
	});

	it("connects through n8n's authorization-code flow with Atlassian's audience, consent prompt and scopes", async () => {
		const auth = await rest(`/rest/oauth2-credential/auth?id=${CREDENTIAL.id}`);
		expect(auth.status).toBe(200);
		const authorize = new URL(JSON.parse(auth.text).data);
		expect(`${authorize.origin}${authorize.pathname}`).toBe(`${sb.url}/oauth/authorize`);
		expect(authorize.searchParams.get('client_id')).toBe('sandbox-client');
		expect(authorize.searchParams.get('audience')).toBe('api.atlassian.com');
		expect(authorize.searchParams.get('prompt')).toBe('consent');
		expect(authorize.searchParams.get('response_type')).toBe('code');
		expect(authorize.searchParams.get('scope')?.split(' ')).toEqual(
			expect.arrayContaining(['read:servicedesk-request', 'write:servicedesk-request', 'manage:jira-webhook', 'offline_access']),
		);

		// The site signs the user in and sends the browser back to n8n with a code.
		const consent = await fetch(authorize, { redirect: 'manual' });
		expect(consent.status).toBe(302);
		const callback = new URL(String(consent.headers.get('location')));
		expect(callback.pathname).toBe('/rest/oauth2-credential/callback');
		expect(callback.searchParams.get('code')).toMatch(/^sandbox-/);

		const before = sb.state.oauth.accessTokens.size;
		const back = await rest(`${callback.pathname}${callback.search}`);
		expect(back.status).toBe(200);
		expect(back.text).not.toMatch(/error/i);
		// n8n redeemed the code at the site's token endpoint.
		expect(sb.state.oauth.accessTokens.size).toBe(before + 1);
	});

	it('runs an action node through the API gateway with the Cloud ID it discovered', async () => {
		expect(await activated(instance, running!, DESKS_WORKFLOW)).toMatchObject({ status: 'published' });
		const response = await until(() => fetch(`${instance.url}/webhook/${DESKS_PATH}`), (answer) => answer.status !== 404, { timeoutMs: 15_000, everyMs: 200 });
		const text = await response.text();
		expect(response.status).toBe(200);
		const desks = JSON.parse(text) as IDataObject[];
		expect(desks.map((desk) => desk.projectKey)).toEqual(['ITS', 'HR', 'FAC']);
		const paths = sb.requests.map((request: IDataObject) => request.path);
		expect(paths).toContain('/oauth/token/accessible-resources');
		expect(paths).toContain(`/ex/jira/${sb.state.cloudId}/rest/servicedeskapi/servicedesk`);
		// No token in what n8n answered.
		for (const token of sb.state.oauth.accessTokens.keys()) expect(text).not.toContain(token);
	});

	it('registers a dynamic webhook, runs once per signed delivery, refuses a forged one, and removes it', async () => {
		expect(dynamicWebhooks()).toHaveLength(0);
		expect(await activated(instance, running!, TRIGGER_WORKFLOW)).toMatchObject({ status: 'published' });
		const registered = dynamicWebhooks();
		expect(registered).toHaveLength(1);
		expect(registered[0]).toMatchObject({ url: `${instance.url}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`, events: ['jira:issue_updated'] });
		expect(String(registered[0].jqlFilter).length).toBeGreaterThan(0);

		const issue = [...sb.state.issues.values()].find(
			(candidate: any) => candidate.serviceDeskId && availableTransitions(sb.state, candidate).length > 0,
		) as any;
		const [transition] = availableTransitions(sb.state, issue);
		const control = await fetch(`${sb.url}/sandbox/requests/${issue.key}/transition`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ transitionId: transition.id }),
		});
		expect(control.status).toBe(200);
		const list = await executions(TRIGGER_WORKFLOW, 1);
		expect(list).toHaveLength(1);
		const [event] = executionItems(list[0], 'JSM Trigger');
		expect(event).toMatchObject({ event: 'statusChanged', requestKey: issue.key, status: sb.state.statuses.get(transition.to).name });
		const sent = sb.deliveries.filter((delivery: IDataObject) => delivery.kind === 'dynamic');
		expect(sent.at(-1)).toMatchObject({ status: 'delivered', event: 'jira:issue_updated' });

		// The same body with a JWT signed by another secret: refused, nothing starts.
		const forged = await fetch(`${instance.url}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${forgedJwt(sb.state.cloudId)}` },
			body: sent.at(-1).body,
		});
		expect(forged.status).toBe(401);
		expect(await executions(TRIGGER_WORKFLOW, 1)).toHaveLength(1);

		await running!.n8n.deactivate(TRIGGER_WORKFLOW);
		await publicationSettled(instance, running!.cookie, TRIGGER_WORKFLOW, ['not_published']);
		expect(dynamicWebhooks()).toHaveLength(0);
	});
});

/** A well-formed Atlassian JWT for the sandbox's client, signed with the wrong secret. */
function forgedJwt(cloudId: string): string {
	const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const now = Math.floor(Date.now() / 1000);
	const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: `jira:${cloudId}`, aud: 'sandbox-client', iat: now, exp: now + 180 })}`;
	return `${unsigned}.${createHmac('sha256', 'not-the-client-secret').update(unsigned).digest('base64url')}`;
}
