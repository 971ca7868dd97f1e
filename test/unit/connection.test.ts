import { customUrl, customUrlProblem, retryDelayMs, siteProblem, siteUrl } from '../../nodes/JiraServiceManagement/transport';

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
import { atlassianErrorText } from '../../nodes/JiraServiceManagement/transport';

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
