import {
	assetsBaseUrlOf,
	customUrl,
	customUrlProblem,
	operationsBaseUrlOf,
	retryDelayMs,
	siteProblem,
	siteUrl,
} from '../../nodes/shared/transport';
import { CLOUD_ID, cloudIdContext } from '../helpers/connection-context';

function siteUrlOf(subdomain: string, domain: string): string {
	const problem = siteProblem(subdomain, domain);
	if (problem) throw new Error(problem);
	return siteUrl(subdomain, domain);
}

function customUrlOf(value: string): string {
	const problem = customUrlProblem(value);
	if (problem) throw new Error(problem);
	return customUrl(value);
}
import { atlassianErrorText } from '../../nodes/shared/transport';

describe('site address', () => {
	it('builds https://<subdomain>.<domain>', () => {
		expect(siteUrlOf('acme', 'atlassian.net')).toBe('https://acme.atlassian.net');
		expect(siteUrlOf('Acme-IT', '')).toBe('https://acme-it.atlassian.net');
		expect(siteUrlOf('acme', 'jira-dev.com')).toBe('https://acme.jira-dev.com');
	});

	it.each(['evil.example.com/x', 'a:8080', 'a/b', 'user@host', 'a?b', 'a#b', '', '-a', 'a b', 'acme.atlassian.net'])(
		'refuses the subdomain %p',
		(subdomain) => {
			expect(() => siteUrlOf(subdomain, 'atlassian.net')).toThrow(/subdomain/);
		},
	);

	it.each(['atlassian.net/x', 'atlassian.net:443', 'evil.com@atlassian.net', 'localhost', 'https://atlassian.net'])(
		'refuses the domain %p',
		(domain) => {
			expect(() => siteUrlOf('acme', domain)).toThrow(/domain/);
		},
	);

	it('accepts custom URLs without credentials, queries or fragments', () => {
		expect(customUrlOf('http://127.0.0.1:8181/')).toBe('http://127.0.0.1:8181');
		expect(customUrlOf('https://jira.example.com/jira')).toBe('https://jira.example.com/jira');
		expect(() => customUrlOf('ftp://x')).toThrow(/https/);
		expect(() => customUrlOf('https://u:p@jira.example.com')).toThrow(/credentials/);
		expect(() => customUrlOf('not a url')).toThrow(/valid URL/);
	});
});

describe('retry delay', () => {
	const failure = (headers: Record<string, string>) => ({ status: 429, headers, body: undefined });
	it('honours Retry-After in seconds', () => {
		expect(retryDelayMs(failure({ 'retry-after': '2' }), 0, 0, () => 0)).toBe(2000);
	});
	it('honours X-RateLimit-Reset as a date', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(retryDelayMs(failure({ 'x-ratelimit-reset': '2026-01-01T00:00:03Z' }), 0, now, () => 0)).toBe(3000);
	});
	it('backs off exponentially with jitter, bounded', () => {
		const first = retryDelayMs(failure({}), 0, 0, () => 0.5);
		const third = retryDelayMs(failure({}), 2, 0, () => 0.5);
		expect(third).toBeGreaterThan(first);
		expect(retryDelayMs(failure({}), 30, 0, () => 1)).toBeLessThanOrEqual(60_000);
	});
	it('never cuts a long Retry-After short: asking early earns the same or a longer wait', () => {
		// Jira Cloud's hourly quotas (developer.atlassian.com/cloud/jira/platform/rate-limiting/, quoted in JRACLOUD-69262).
		expect(retryDelayMs(failure({ 'retry-after': '3600' }), 0, 0, () => 0)).toBe(3_600_000);
		expect(retryDelayMs(failure({ 'retry-after': '3600' }), 0, 0, () => 1)).toBeGreaterThanOrEqual(3_600_000);
	});
});

describe('Atlassian error text', () => {
	it('reads the platform shape', () => {
		expect(atlassianErrorText({ errorMessages: ['Issue does not exist'], errors: { summary: 'required' } })).toBe(
			'Issue does not exist; summary: required',
		);
	});
	it('reads the JSM shape and raw JSON text', () => {
		expect(atlassianErrorText({ errorMessage: 'No request type', i18nErrorMessage: {} })).toBe('No request type');
		expect(atlassianErrorText(Buffer.from('{"errorMessages":["x"]}'))).toBe('x');
	});
});

describe('API token credential', () => {
	const { JiraServiceManagementApi } = jest.requireActual('../../credentials/JiraServiceManagementApi.credentials');
	const credential = new JiraServiceManagementApi();

	it('refuses a smuggling subdomain before any request is sent', async () => {
		for (const subdomain of ['evil.example.com/x', 'a:8080']) {
			await expect(
				credential.authenticate({ deployment: 'cloud', subdomain, domain: 'atlassian.net', email: 'a@b.c', apiToken: 't' }, { url: '' }),
			).rejects.toThrow(/subdomain .* is not valid/);
		}
	});

	it('signs with Basic for tokens and Bearer for personal access tokens', async () => {
		const basic = await credential.authenticate({ deployment: 'cloud', subdomain: 'acme', email: 'a@b.c', apiToken: 't' }, { url: '' });
		expect(basic.headers.Authorization).toBe(`Basic ${Buffer.from('a@b.c:t').toString('base64')}`);
		const bearer = await credential.authenticate({ deployment: 'custom', siteUrl: 'https://jira.example.com', authType: 'bearer', apiToken: 'pat' }, { url: '' });
		expect(bearer.headers.Authorization).toBe('Bearer pat');
	});
});

describe('Assets API base URL', () => {
	const site = 'https://acme.atlassian.net';
	const gateway = 'https://api.atlassian.com/ex/jira/11111111-2222-3333-4444-555555555555';

	it('a classic API token (Basic auth) goes to the gateway root, where Atlassian serves /jsm/assets for it', () => {
		expect(assetsBaseUrlOf('jiraServiceManagementApi', { deployment: 'cloud', accessType: 'classic' }, site)).toBe('https://api.atlassian.com');
	});

	it('scoped tokens and OAuth2 go through /ex/jira/{cloudId}, like their other requests', () => {
		expect(assetsBaseUrlOf('jiraServiceManagementApi', { deployment: 'cloud', accessType: 'scoped' }, gateway)).toBe(gateway);
		expect(assetsBaseUrlOf('jiraServiceManagementOAuth2Api', {}, gateway)).toBe(gateway);
	});

	it('a custom URL (proxy, sandbox) serves it under its own root', () => {
		expect(assetsBaseUrlOf('jiraServiceManagementApi', { deployment: 'custom' }, 'https://proxy.example.com/jira')).toBe(
			'https://proxy.example.com/jira',
		);
	});
});

describe('JSM Operations root', () => {
	const { context, asked } = cloudIdContext('c1', 'https://ops-oauth.atlassian.net');

	it('Basic auth (API token) goes to api.atlassian.com/jsm/ops/api/{cloudId}, the Cloud ID from tenant_info', async () => {
		const root = await operationsBaseUrlOf(context, 'jiraServiceManagementApi', { deployment: 'cloud', subdomain: 'ops-basic', domain: 'atlassian.net' });
		expect(root).toBe(`https://api.atlassian.com/jsm/ops/api/${CLOUD_ID}`);
		expect(asked).toContain('https://ops-basic.atlassian.net/_edge/tenant_info');
	});

	it('a scoped token uses the Cloud ID it was given', async () => {
		const root = await operationsBaseUrlOf(context, 'jiraServiceManagementApi', {
			deployment: 'cloud',
			accessType: 'scoped',
			subdomain: 'ops-scoped',
			domain: 'atlassian.net',
			cloudId: 'AAAAAAAA-2222-3333-4444-555555555555',
		});
		expect(root).toBe('https://api.atlassian.com/jsm/ops/api/aaaaaaaa-2222-3333-4444-555555555555');
		expect(asked).not.toContain('https://ops-scoped.atlassian.net/_edge/tenant_info');
	});

	it('OAuth2 goes through the gateway as /ex/jira/{cloudId}/jsm/ops/api', async () => {
		const root = await operationsBaseUrlOf(context, 'jiraServiceManagementOAuth2Api', { apiGatewayUrl: 'https://api.atlassian.com', cloudId: '' });
		expect(root).toBe(`https://api.atlassian.com/ex/jira/${CLOUD_ID}/jsm/ops/api`);
	});

	it('a custom URL (proxy) serves the Basic form itself', async () => {
		const root = await operationsBaseUrlOf(context, 'jiraServiceManagementApi', { deployment: 'custom', siteUrl: 'https://proxy.example.com/' });
		expect(root).toBe(`https://proxy.example.com/jsm/ops/api/${CLOUD_ID}`);
	});

	it('reads the JSM Operations error shape (errors[].title)', () => {
		expect(atlassianErrorText({ errors: [{ title: 'Alert not found', code: 'NOT_FOUND' }] })).toBe('Alert not found');
	});
});
