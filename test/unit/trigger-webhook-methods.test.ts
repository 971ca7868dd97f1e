import { createHmac } from 'node:crypto';

import type {
	IDataObject,
	IHookFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INode,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { JiraServiceManagementTrigger } from '../../nodes/JiraServiceManagementTrigger/JiraServiceManagementTrigger.node';
import type { Registration } from '../../nodes/JiraServiceManagementTrigger/trigger/registration';
import { recordedResponse } from '../helpers/webhook-response';

/*
 * The webhook trigger's hook methods and webhook() with stand-ins for n8n's IHookFunctions / IWebhookFunctions and an
 * in-memory Jira that answers the admin webhook API: fast checks beside the real-n8n ones in test/e2e. Admin webhooks
 * are registered at /rest/webhooks/1.0/webhook with a `secret`, and Jira signs each delivery's raw body with
 * HMAC-SHA256 of it in `X-Hub-Signature: sha256=<hex>` (developer.atlassian.com/cloud/jira/platform/webhooks/,
 * "Secure admin webhooks"); `X-Atlassian-Webhook-Identifier` is the same on each retry of a delivery (same page,
 * "Retry policy"). Registering needs Administer Jira, read from GET /rest/api/3/mypermissions?permissions=ADMINISTER
 * (developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get).
 */

const SITE = 'https://jsm-fake.example.test';
const WEBHOOK_URL = 'https://n8n.example.test/webhook/hook-1/webhook';
const ADMIN_PATH = '/rest/webhooks/1.0/webhook';
const API_TOKEN = 'fake-api-token-0123';

interface FakeWebhook extends IDataObject {
	self: string;
	name: string;
	url: string;
	events: string[];
	filters: IDataObject;
	secret?: string;
}

/** Jira's side of the conversation: the admin webhooks it holds and every request it was sent. */
class FakeJira {
	webhooks = new Map<string, FakeWebhook>();
	requests: Array<{ method: string; path: string; authorization?: string }> = [];
	private nextId = 1;

	handle(options: IHttpRequestOptions): IN8nHttpFullResponse {
		const url = new URL(options.url);
		const method = String(options.method ?? 'GET');
		this.requests.push({ method, path: url.pathname, authorization: (options.headers as IDataObject | undefined)?.Authorization as string });
		const answer = (statusCode: number, body: unknown = ''): IN8nHttpFullResponse => ({ statusCode, headers: {}, body: body as IN8nHttpFullResponse['body'] });
		if (method === 'GET' && url.pathname === '/rest/api/3/mypermissions') {
			return answer(200, { permissions: { ADMINISTER: { key: 'ADMINISTER', havePermission: true } } });
		}
		if (url.pathname === ADMIN_PATH && method === 'GET') {
			// Jira never shows a webhook's secret back.
			return answer(200, [...this.webhooks.values()].map(({ secret: _secret, ...shown }) => shown));
		}
		if (url.pathname === ADMIN_PATH && method === 'POST') {
			const body = options.body as IDataObject;
			const id = String(this.nextId++);
			const webhook = { ...(body as FakeWebhook), self: `${SITE}${ADMIN_PATH}/${id}` };
			this.webhooks.set(id, webhook);
			const { secret: _secret, ...shown } = webhook;
			return answer(201, shown);
		}
		const one = url.pathname.startsWith(`${ADMIN_PATH}/`) ? decodeURIComponent(url.pathname.slice(ADMIN_PATH.length + 1)) : undefined;
		if (one !== undefined && method === 'DELETE') {
			if (!this.webhooks.delete(one)) return answer(404, { errorMessages: ['Webhook not found'] });
			return answer(204);
		}
		return answer(404, { errorMessages: [`No fake for ${method} ${url.pathname}`] });
	}
}

const node: INode = {
	id: 'node-1',
	name: 'JSM Trigger',
	type: 'n8n-nodes-jira-service-management.jiraServiceManagementTrigger',
	typeVersion: 1.1,
	position: [0, 0],
	parameters: { authentication: 'apiToken' },
	credentials: { jiraServiceManagementApi: { id: 'cred-1', name: 'JSM' } },
};

const parameters: IDataObject = {
	events: ['requestCreated', 'commentCreated'],
	serviceDesks: ['ITS'],
	requestTypes: [],
	options: { jql: 'priority = High' },
};

const credentials: IDataObject = {
	deployment: 'custom',
	siteUrl: SITE,
	authType: 'basic',
	email: 'admin@example.test',
	apiToken: API_TOKEN,
};

interface Delivery {
	body: Buffer;
	headers: IDataObject;
}

/** What an OAuth2 trigger differs in: its Authentication and the connected app's credential. */
interface Connection {
	node: INode;
	credentialType: string;
	credentials: IDataObject;
}
const apiTokenConnection: Connection = { node, credentialType: 'jiraServiceManagementApi', credentials };

/**
 * One stand-in for both contexts n8n hands the trigger: the hook methods and webhook() read the same parts.
 * `given` replaces node parameters, as evaluated: what an expression yields.
 */
function contextFor(jira: FakeJira, staticData: IDataObject, delivery?: Delivery, connection = apiTokenConnection, given: IDataObject = {}) {
	const values = { ...parameters, ...given };
	const { sent: response, response: responseObject } = recordedResponse();
	const warnings: string[] = [];
	const context = {
		getNode: () => connection.node,
		getWorkflow: () => ({ id: 'workflow-1', name: 'Desk', active: true }),
		getNodeParameter: (name: string, fallback?: unknown) => (name in values ? values[name] : fallback),
		getNodeWebhookUrl: () => WEBHOOK_URL,
		getWorkflowStaticData: () => staticData,
		getCredentials: async (type: string) => {
			if (type !== connection.credentialType) throw new Error(`no ${type} credential in this test`);
			return { ...connection.credentials };
		},
		getRequestObject: () => ({ rawBody: delivery?.body, body: delivery ? JSON.parse(delivery.body.toString()) : {} }),
		getHeaderData: () => delivery?.headers ?? {},
		getBodyData: () => (delivery ? JSON.parse(delivery.body.toString()) : {}),
		getResponseObject: () => responseObject,
		logger: { warn: (message: string) => warnings.push(message), debug: () => {}, info: () => {}, error: () => {} },
		helpers: {
			// n8n applies the credential's `authenticate` here; the fake only records that a credential was named.
			httpRequestWithAuthentication: async (type: string, options: IHttpRequestOptions) => {
				expect(type).toBe('jiraServiceManagementApi');
				return jira.handle(options);
			},
			returnJsonArray: (items: IDataObject | IDataObject[]) => (Array.isArray(items) ? items : [items]).map((json) => ({ json })),
		},
	};
	return { context, response, warnings };
}

const trigger = new JiraServiceManagementTrigger();
const hooks = trigger.webhookMethods.default;

async function hook(method: 'checkExists' | 'create' | 'delete', jira: FakeJira, staticData: IDataObject, given?: IDataObject): Promise<boolean> {
	const { context } = contextFor(jira, staticData, undefined, undefined, given);
	return await hooks[method].call(context as unknown as IHookFunctions);
}

async function deliver(jira: FakeJira, staticData: IDataObject, delivery: Delivery, connection?: Connection, given?: IDataObject) {
	const { context, response, warnings } = contextFor(jira, staticData, delivery, connection, given);
	const result: IWebhookResponseData = await trigger.webhook.call(context as unknown as IWebhookFunctions);
	return { result, response, warnings };
}

const sign = (body: Buffer, secret: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

function issueCreated(id: string, timestamp = Date.now()): Delivery {
	const body = Buffer.from(
		JSON.stringify({
			timestamp,
			webhookEvent: 'jira:issue_created',
			issue: { id: '10001', key: 'ITS-1', fields: { summary: 'Printer on fire', project: { key: 'ITS', id: '10000', name: 'IT' } } },
		}),
	);
	return { body, headers: { 'x-atlassian-webhook-identifier': id } };
}

describe('webhook trigger with mocked n8n contexts', () => {
	let jira: FakeJira;
	let staticData: IDataObject;
	let secret: string;

	beforeEach(async () => {
		jira = new FakeJira();
		staticData = {};
		expect(await hook('checkExists', jira, staticData)).toBe(false);
		expect(await hook('create', jira, staticData)).toBe(true);
		secret = String([...jira.webhooks.values()][0]?.secret ?? '');
	});

	it('create registers one admin webhook for the URL, with the chosen events, the JQL filter and a secret', () => {
		expect(jira.webhooks.size).toBe(1);
		const [webhook] = [...jira.webhooks.values()];
		expect(webhook.url).toBe(WEBHOOK_URL);
		expect([...webhook.events].sort()).toEqual(['comment_created', 'jira:issue_created']);
		expect(webhook.filters).toEqual({ 'issue-related-events-section': 'project in ("ITS") AND (priority = High)' });
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		expect(secret).not.toContain(API_TOKEN);
		const registration = staticData as Registration;
		expect(registration).toMatchObject({ kind: 'admin', url: WEBHOOK_URL, webhookId: '1' });
		// Only a fingerprint is kept: the secret itself never lands in the workflow's static data.
		expect(JSON.stringify(staticData)).not.toContain(secret);
	});

	it('checkExists finds the registered webhook and leaves it in place', async () => {
		expect(await hook('checkExists', jira, staticData)).toBe(true);
		expect(jira.webhooks.size).toBe(1);
		expect(jira.requests.filter((request) => request.method === 'DELETE')).toEqual([]);
	});

	it('delete removes the webhook and forgets the registration; checkExists then answers false', async () => {
		expect(await hook('delete', jira, staticData)).toBe(true);
		expect(jira.webhooks.size).toBe(0);
		expect(staticData).toEqual({});
		expect(await hook('checkExists', jira, staticData)).toBe(false);
	});

	it('webhook() refuses a delivery signed with another secret: 401, no workflow data', async () => {
		const delivery = issueCreated('delivery-forged');
		delivery.headers['x-hub-signature'] = sign(delivery.body, 'f'.repeat(64));
		const { result, response, warnings } = await deliver(jira, staticData, delivery);
		expect(response.statusCode).toBe(401);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(result.workflowData).toBeUndefined();
		expect(warnings.join('\n')).toMatch(/refused a delivery \(401\)/);
		expect(warnings.join('\n')).not.toContain(secret);
	});

	it('webhook() refuses a delivery without X-Hub-Signature', async () => {
		const { result, response } = await deliver(jira, staticData, issueCreated('delivery-unsigned'));
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it('webhook() starts the workflow once for a correctly signed delivery; its retry (same identifier) starts nothing', async () => {
		const delivery = issueCreated('delivery-1');
		delivery.headers['x-hub-signature'] = sign(delivery.body, secret);
		const first = await deliver(jira, staticData, delivery);
		expect(first.response.statusCode).toBe(200);
		expect(first.result.workflowData).toHaveLength(1);
		const [items] = first.result.workflowData!;
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			event: 'requestCreated',
			webhookEvent: 'jira:issue_created',
			requestKey: 'ITS-1',
			deliveryId: 'delivery-1',
		});
		const retry = await deliver(jira, staticData, delivery);
		expect(retry.response.statusCode).toBe(200);
		expect(retry.result).toEqual({ webhookResponse: 'duplicate' });
		expect(retry.result.workflowData).toBeUndefined();
	});

	describe('Options → Include Raw Payload, read like every yes/no field', () => {
		const includeRaw = (value: unknown): IDataObject => ({ options: { jql: 'priority = High', includeRaw: value } });
		const signed = (id: string) => {
			const delivery = issueCreated(id);
			delivery.headers['x-hub-signature'] = sign(delivery.body, secret);
			return delivery;
		};

		it('an expression giving "maybe" fails the activation naming the field, before anything is registered', async () => {
			const fresh = new FakeJira();
			await expect(hook('create', fresh, {}, includeRaw('maybe'))).rejects.toThrow(
				'Options → Include Raw Payload must be true or false, not "maybe"',
			);
			expect(fresh.requests.filter((request) => request.method === 'POST')).toEqual([]);
			expect(fresh.webhooks.size).toBe(0);
		});

		it('a delivery read with "maybe" fails naming the field and is not noted as seen: its retry still starts the workflow', async () => {
			const delivery = signed('delivery-maybe');
			await expect(deliver(jira, staticData, delivery, undefined, includeRaw('maybe'))).rejects.toThrow(
				'Options → Include Raw Payload must be true or false, not "maybe"',
			);
			const retry = await deliver(jira, staticData, delivery, undefined, includeRaw(false));
			expect(retry.result.workflowData).toHaveLength(1);
		});

		it('the text "true" from an expression adds the payload as raw; "false" leaves it out', async () => {
			const withRaw = await deliver(jira, staticData, signed('delivery-raw'), undefined, includeRaw('true'));
			expect(withRaw.result.workflowData![0][0].json.raw).toMatchObject({ webhookEvent: 'jira:issue_created' });
			const without = await deliver(jira, staticData, signed('delivery-plain'), undefined, includeRaw(' FALSE '));
			expect(without.result.workflowData![0][0].json).not.toHaveProperty('raw');
		});
	});

	it('webhook() refuses a genuine delivery replayed past the Maximum Delivery Age, and the log line gives its age', async () => {
		// Jira retries a delivery for up to 30 minutes (developer.atlassian.com/cloud/jira/platform/webhooks/, "Retry policy").
		const replayed = issueCreated('delivery-old', Date.now() - 90 * 60_000);
		replayed.headers['x-hub-signature'] = sign(replayed.body, secret);
		const refused = await deliver(jira, staticData, replayed);
		expect(refused.response.statusCode).toBe(401);
		expect(refused.result.workflowData).toBeUndefined();
		expect(refused.warnings.join('\n')).toMatch(/refused a delivery \(401\): it is 90 minutes old .*beyond the Maximum Delivery Age of 60 minutes: refused as a possible replay/);

		const retried = issueCreated('delivery-retried', Date.now() - 30 * 60_000);
		retried.headers['x-hub-signature'] = sign(retried.body, secret);
		expect((await deliver(jira, staticData, retried)).result.workflowData).toHaveLength(1);
	});

	it('webhook() refuses deliveries signed with the old secret after the token changed, and the log line says to activate again', async () => {
		const delivery = issueCreated('delivery-after-rotation');
		delivery.headers['x-hub-signature'] = sign(delivery.body, secret);
		// Another credential id than the other tests', so no secret derived moments ago (kept up to a minute) answers for it.
		const rotated: Connection = {
			node: { ...node, credentials: { jiraServiceManagementApi: { id: 'cred-rotated', name: 'JSM' } } },
			credentialType: 'jiraServiceManagementApi',
			credentials: { ...credentials, apiToken: 'fake-api-token-rotated-4567' },
		};
		const { result, response, warnings } = await deliver(jira, staticData, delivery, rotated);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
		expect(warnings.join('\n')).toMatch(/API token changed since the webhook was registered.*deactivate and activate the workflow/);
	});
});

/*
 * OAuth2 apps' dynamic webhooks carry no X-Hub-Signature: Jira signs each delivery with an HS256 JWT keyed by the app's
 * client secret in the Authorization header (nango.dev Jira webhooks guide; QuackbackIO/quackback PR #366 and
 * lobu-ai/lobu PR #2754 check the same claims: exp, iat, aud).
 */
describe('webhook trigger on an OAuth2 app: strict app JWTs, through webhook()', () => {
	const app = { clientId: 'app-client-1', clientSecret: 'app-client-secret-0123456789' };
	const oauth2: Connection = {
		node: { ...node, parameters: { authentication: 'oAuth2' }, credentials: { jiraServiceManagementOAuth2Api: { id: 'cred-2', name: 'JSM app' } } },
		credentialType: 'jiraServiceManagementOAuth2Api',
		credentials: app,
	};
	const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const jwt = (claims: IDataObject, key = app.clientSecret) => {
		const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
		return `Bearer ${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
	};
	const now = () => Math.floor(Date.now() / 1000);
	const withJwt = (id: string, authorization: string) => {
		const delivery = issueCreated(id);
		delivery.headers.authorization = authorization;
		return delivery;
	};

	it("a JWT signed with the app's client secret, for this app and not expired, starts the workflow", async () => {
		const claims = { iss: 'jira:cloud-1', aud: app.clientId, iat: now(), exp: now() + 180 };
		const { result, response } = await deliver(new FakeJira(), {}, withJwt('jwt-valid', jwt(claims)), oauth2);
		expect(response.statusCode).toBe(200);
		expect(result.workflowData).toHaveLength(1);
	});

	it.each([
		['expired ten minutes ago', { aud: app.clientId, iat: now() - 780, exp: now() - 600 }, /the JWT expired at/],
		['without an expiry', { aud: app.clientId, iat: now() }, /the JWT has no expiry \(exp\)/],
		['issued in the future', { aud: app.clientId, iat: now() + 600, exp: now() + 780 }, /issued in the future/],
		["for another app, signed with this app's secret", { aud: 'another-app', iat: now(), exp: now() + 180 }, /meant for another app \(aud another-app\)/],
	])('a JWT %s starts nothing: 401 and a log line saying why', async (name, claims, why) => {
		const { result, response, warnings } = await deliver(new FakeJira(), {}, withJwt(`jwt-${name}`, jwt({ iss: 'jira:cloud-1', ...claims })), oauth2);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
		expect(warnings.join('\n')).toMatch(why);
		expect(warnings.join('\n')).not.toContain(app.clientSecret);
	});
});
