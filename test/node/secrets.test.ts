// Secrets kept: the API token (Basic and Bearer), OAuth tokens and webhook secrets never show in node
// output, error messages, error descriptions or error context, on success and on every kind of failure.
// Beside these cases, every node run of the suite checks its own output against its credentials
// (run-node.ts) and global teardown scans everything the suite logged (secrets.ts): this file also proves
// that scanner finds what it must.
import { createHmac } from 'node:crypto';
import type { ICredentialDataDecryptedObject, IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { JiraServiceManagementTrigger } from '../../nodes/JiraServiceManagementTrigger/JiraServiceManagementTrigger.node';
import { secretFingerprint, webhookSecretFor } from '../../nodes/JiraServiceManagementTrigger/trigger/secret';
import { runNode } from '../helpers/run-node';
import { adminCredentials, startSandbox, type Sandbox } from '../helpers/sandbox';
import { expectNoSecrets, leakedSecrets, registerSecret, visibleText } from '../helpers/secrets';
import { recordedResponse } from '../helpers/webhook-response';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ requestCount: 40 });
});
afterAll(async () => sb.close());
afterEach(() => {
	sb.configure({ currentUser: null, faults: { slowMs: 0, slowRate: 0 } });
	expect(sb.violations).toEqual([]);
});

const locator = (value: string) => ({ __rl: true, mode: 'id', value });
const requestTypeOfDesk1 = () => [...sb.state.requestTypes.values()].find((type: any) => type.serviceDeskId === '1').id as string;
const createCall = { resource: 'site', operation: 'customApiCall', method: 'POST', path: '/rest/servicedeskapi/request' };
const createBody = (requestTypeId: string) =>
	JSON.stringify({ serviceDeskId: '1', requestTypeId, requestFieldValues: { summary: 'Secrets test' } });

describe('the API token never shows', () => {
	const cases: Array<[string, () => Promise<{ credentials: Record<string, ICredentialDataDecryptedObject>; parameters: IDataObject }>]> = [
		['a successful read of the account itself', async () => ({
			credentials: adminCredentials(sb),
			parameters: { resource: 'site', operation: 'customApiCall', method: 'GET', path: '/rest/api/3/myself' },
		})],
		['a wrong token (401)', async () => ({
			credentials: adminCredentials(sb, { apiToken: 'wrong-token-Zq81xJ3' }),
			parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true },
		})],
		['a personal access token that is wrong (Bearer, 401)', async () => ({
			credentials: adminCredentials(sb, { authType: 'bearer', apiToken: 'not-a-valid-pat-7781' }),
			parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true },
		})],
		['a missing permission (403)', async () => {
			sb.configure({ currentUser: 'agent' });
			return { credentials: adminCredentials(sb), parameters: { resource: 'auditRecord', operation: 'query', returnAll: false, limit: 5 } };
		}],
		['something not found (404)', async () => ({
			credentials: adminCredentials(sb),
			parameters: { resource: 'request', operation: 'get', request: locator('ITS-99999') },
		})],
		['a refused create (400)', async () => ({
			credentials: adminCredentials(sb),
			parameters: { ...createCall, body: createBody('99999') },
		})],
		['a create answered too late (outcome unknown)', async () => {
			sb.configure({ faults: { slowMs: 600, slowRate: 1 } });
			return { credentials: adminCredentials(sb), parameters: { ...createCall, body: createBody(requestTypeOfDesk1()), performance: { timeout: 100 } } };
		}],
		['a site that does not answer at all', async () => ({
			credentials: adminCredentials(sb, { siteUrl: 'http://127.0.0.1:9' }),
			parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true },
		})],
	];

	test.each(cases)('%s', async (label, prepare) => {
		const { credentials, parameters } = await prepare();
		for (const continueOnFail of [false, true]) {
			const result = await runNode({ parameters, credentials, continueOnFail });
			const failed = result.error ?? result.items.find((item) => item.json.error !== undefined);
			expect(Boolean(failed)).toBe(label !== 'a successful read of the account itself');
			expectNoSecrets({ items: result.items, error: result.error }, [credentials]);
			// What n8n keeps of the run (execution data users can open) holds no secret either.
			expectNoSecrets(result.run.data.resultData, [credentials]);
		}
	}, 60_000);
});

describe('webhook secrets never show', () => {
	const trigger = new JiraServiceManagementTrigger();
	const url = 'http://127.0.0.1:5678/webhook/secrets-test/webhook';
	const apiToken = 'secrets-test-api-token';
	registerSecret(apiToken);
	const secret = webhookSecretFor({ apiToken }, url);
	registerSecret(secret);
	const payload = {
		webhookEvent: 'jira:issue_created',
		timestamp: Date.now(),
		issue: { id: '10001', key: 'ITS-1', fields: { summary: 'Printer on fire', project: { key: 'ITS' }, status: { name: 'Open' } } },
	};

	function delivery(signature: string | undefined, includeRaw: boolean) {
		const rawBody = Buffer.from(JSON.stringify(payload));
		const { sent: response, response: responseObject } = recordedResponse();
		const staticData: IDataObject = { kind: 'admin', webhookId: '1', url, secretFingerprint: secretFingerprint(secret) };
		const headers: IDataObject = { 'x-atlassian-webhook-identifier': `id-${Math.random()}` };
		if (signature !== undefined) headers['x-hub-signature'] = signature;
		const parameters: IDataObject = { events: ['requestCreated'], serviceDesks: [], requestTypes: [], options: { includeRaw } };
		const context = {
			getWorkflowStaticData: () => staticData,
			getRequestObject: () => ({ rawBody, body: payload }),
			getHeaderData: () => headers,
			getBodyData: () => payload,
			getResponseObject: () => responseObject,
			getNodeParameter: (name: string, fallback: unknown) => parameters[name] ?? fallback,
			getNode: () => ({ name: 'JSM Trigger', parameters: { authentication: 'apiToken' } }),
			getWorkflow: () => ({ id: 'secrets-test' }),
			getCredentials: async () => ({ apiToken }),
			getNodeWebhookUrl: () => url,
			logger: { warn: (message: string) => expectNoSecrets({ message }, [secret, apiToken]) },
			helpers: { returnJsonArray: (data: IDataObject) => [{ json: data }] },
		} as unknown as IWebhookFunctions;
		return { context, response };
	}

	test('a signed delivery, with the raw payload included, starts the workflow without the secret', async () => {
		const signature = `sha256=${createHmac('sha256', secret).update(JSON.stringify(payload)).digest('hex')}`;
		const { context, response } = delivery(signature, true);
		const result = await trigger.webhook.call(context);
		expect(result.workflowData?.[0]).toHaveLength(1);
		expectNoSecrets({ result, response }, [secret, apiToken]);
	});

	test.each([
		['forged', `sha256=${'0'.repeat(64)}`],
		['unsigned', undefined],
		['signed with another secret', `sha256=${createHmac('sha256', 'another').update(JSON.stringify(payload)).digest('hex')}`],
	])('a %s delivery is refused with 401 and the answer names no secret', async (_, signature) => {
		const { context, response } = delivery(signature, true);
		const result = await trigger.webhook.call(context);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(401);
		expectNoSecrets({ response }, [secret, apiToken]);
	});
});

describe('the scanner itself', () => {
	test('finds each kind of secret: fixed tokens, Basic headers, minted OAuth tokens, given values, inside errors', () => {
		expect(leakedSecrets('token sandbox-admin-token here')).toEqual(['admin API token']);
		const basic = Buffer.from('agent@sandbox.test:sandbox-agent-token').toString('base64');
		expect(leakedSecrets(`Authorization: Basic ${basic}`)).toEqual(['Basic header of agent@sandbox.test']);
		expect(leakedSecrets(`Bearer sandbox-oauth-${'ab'.repeat(24)}`)).toEqual(['sandbox-minted OAuth token']);
		expect(leakedSecrets('value my-webhook-secret-1234', ['my-webhook-secret-1234'])).toHaveLength(1);
		expect(leakedSecrets('value my%20webhook%20secret', ['my webhook secret'])).toHaveLength(1);
		const error = Object.assign(new Error('failed'), { context: { request: { headers: { Authorization: 'Bearer sandbox-admin-pat' } } } });
		expect(leakedSecrets(visibleText(error))).toEqual(['admin PAT']);
		expect(() => expectNoSecrets({ description: 'sandbox-secret' })).toThrow('OAuth client secret');
	});
});
