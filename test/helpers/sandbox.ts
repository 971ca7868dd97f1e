import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

// The sandbox is plain CommonJS so `npm start` and the CLI run it without a build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');

/** What one request looks like to an override's `when` and `body` function. */
export interface OverrideRequest {
	method: string;
	path: string;
	params: Record<string, string>;
	/** As the contract validation coerced it: numbers and arrays where the operation's parameters say so. */
	query: Record<string, unknown>;
	body: any;
}

/** A one-off answer: `body` may be a function of the route's own answer (the route runs first). */
export interface OverrideAnswer {
	status?: number;
	body?: unknown | ((answer: any, request: OverrideRequest) => unknown);
	headers?: Record<string, string>;
	/** How many matching requests it answers; left out, every one until restore() or reset(). */
	times?: number;
	when?: (request: OverrideRequest) => boolean;
}

/** One of the sandbox's fixed accounts (test/sandbox/seed/people.js `DEMO`). */
export interface SandboxAccount {
	accountId: string;
	email: string;
	token: string;
	displayName: string;
	pat?: string;
	scopedToken?: string;
}

/** What test/sandbox/index.js `createSandbox` hands back. */
export interface Sandbox {
	url: string;
	/** The fixed accounts: admin, agent, customer. */
	credentials: { admin: SandboxAccount & { pat: string }; agent: SandboxAccount & { pat: string; scopedToken: string }; customer: SandboxAccount };
	/** Data Center mode's version details; null for a Cloud site. */
	dataCenter: unknown;
	state: any;
	violations: unknown[];
	responseViolations: unknown[];
	serverErrors: unknown[];
	/** Every request served, with its query string parsed (repeated parameters as lists). */
	requests: Array<{ method: string; path: string; query: Record<string, string | string[]>; status: number; ms: number }>;
	deliveries: any[];
	configure(patch: Record<string, unknown>): unknown;
	/** The hourly quota fault: when it lifts and how many requests came before that; null without one. */
	quotaState(): { until: number; earlyResends: number } | null;
	/**
	 * Sends one signed delivery of `payload` to the webhook now (`signature` replaces the one the webhook's secret
	 * gives; `retry` and `identifier` set the retry headers); resolves with the receiver's answer.
	 */
	deliver(
		webhookId: string | number,
		payload: unknown,
		options?: { identifier?: string; retry?: number; signature?: string },
	): Promise<{ status: number; body?: string; error?: string }>;
	coverage(): { jsm: { exercised: string[]; total: number }; platform: { exercised: string[] }; ops: { exercised: string[]; total: number } };
	reset(): void;
	revokeRefreshTokens(): void;
	flushDeliveries(): Promise<void>;
	/** The site's clock, and setting it (it ticks on from there; null: real time). */
	now(): number;
	setNow(ms: number | null): void;
	/**
	 * Answers one route (its key in test/sandbox/routes, `'GET /rest/servicedeskapi/request'`) with a one-off answer
	 * instead of its handler; the request is still authenticated and checked against the contract (overrides.js).
	 */
	override(key: string, answer: OverrideAnswer): { readonly calls: number; restore(): void };
	/** Calls `hook` after each request is handled, before it is answered; returns an unsubscribe. */
	onRequest(hook: (request: { method: string; path: string; body: string; headers: Record<string, string | string[] | undefined> }) => Promise<void> | void): () => void;
	close(): Promise<void>;
}

export async function startSandbox(options: Record<string, unknown> = {}): Promise<Sandbox> {
	return (await createSandbox({ port: 0, seed: 42, ...options })) as Sandbox;
}

/** The API token credential of the sandbox's admin, in custom URL mode. */
export function adminCredentials(sandbox: Sandbox, overrides: ICredentialDataDecryptedObject = {}) {
	return {
		jiraServiceManagementApi: {
			deployment: 'custom',
			siteUrl: sandbox.url,
			authType: 'basic',
			email: 'admin@sandbox.test',
			apiToken: 'sandbox-admin-token',
			...overrides,
		},
	};
}

/** Tokens as n8n keeps them once `account` connected the OAuth2 credential (the sandbox's authorization code grant). */
export async function oauth2Tokens(sandbox: Sandbox, account: 'admin' | 'agent' = 'admin'): Promise<IDataObject> {
	const response = await fetch(`${sandbox.url}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ grant_type: 'authorization_code', code: `sandbox-code-${account}`, client_id: 'sandbox-client', client_secret: 'sandbox-secret' }),
	});
	expect(response.status).toBe(200);
	return (await response.json()) as IDataObject;
}

/** The OAuth2 credential of the sandbox's client, connected with `oauthTokenData`; with no `cloudId` the node discovers it. */
export function oauth2Credentials(sandbox: Sandbox, oauthTokenData: IDataObject, cloudId = ''): Record<string, ICredentialDataDecryptedObject> {
	return {
		jiraServiceManagementOAuth2Api: {
			clientId: 'sandbox-client',
			clientSecret: 'sandbox-secret',
			authUrl: `${sandbox.url}/oauth/authorize`,
			accessTokenUrl: `${sandbox.url}/oauth/token`,
			apiGatewayUrl: sandbox.url,
			cloudId,
			oauthTokenData,
		},
	};
}
