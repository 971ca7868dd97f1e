// Every API operation the nodes call must be reachable with the OAuth2 credential's default scopes: the
// scopes each operation needs come from Atlassian's OpenAPI files (`x-atlassian-oauth2-scopes` and
// `security`, through the sandbox's loader), where a token needs all scopes of one listed alternative.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { JiraServiceManagementOAuth2Api } from '../../credentials/JiraServiceManagementOAuth2Api.credentials';
import { catalogue } from '../helpers/catalogue';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpecs } = require('../sandbox/specs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scopeAlternatives, apiScopes } = require('../sandbox/scopes');

/** What the two triggers call with an OAuth2 credential (the action node's calls come from its catalogue). */
const TRIGGER_CALLS = [
	'GET /rest/api/3/webhook',
	'POST /rest/api/3/webhook',
	'DELETE /rest/api/3/webhook',
	'PUT /rest/api/3/webhook/refresh',
	'GET /rest/servicedeskapi/servicedesk',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}',
	'GET /rest/api/3/serverInfo',
	'GET /rest/api/3/myself',
	'POST /rest/api/3/search/jql',
	'GET /rest/api/3/issue/{issueIdOrKey}',
	'GET /rest/api/3/issue/{issueIdOrKey}/changelog',
	'GET /rest/api/3/issue/{issueIdOrKey}/comment',
];

const credential = new JiraServiceManagementOAuth2Api();
const defaults = String(credential.properties.find((property) => property.name === 'enabledScopes')?.default).split(' ');

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const guide = readme.slice(readme.indexOf('<!-- scopes:start -->'), readme.indexOf('<!-- scopes:end -->'));
const guideScopes = [...guide.matchAll(/`([a-z-]+:[a-z.:-]+|offline_access)`/g)].map((match) => match[1]);

const operations = new Map<string, { operation: object }>(
	(loadSpecs().operations as Array<{ key: string; operation: object }>).map((entry) => [entry.key, entry]),
);

const calls = [
	...catalogue.flatMap(({ resource, operation, module }) => module.api.map((api) => ({ who: `${resource}.${operation}`, api }))),
	...TRIGGER_CALLS.map((api) => ({ who: 'trigger', api })),
];

describe('OAuth2 scopes', () => {
	const provided = new Set([...defaults, ...guideScopes]);

	it.each(calls.map(({ who, api }) => [`${who}: ${api}`, api]))('%s is covered by the default scopes or the scope guide', (_name, api) => {
		const entry = operations.get(api);
		expect(entry ? api : `not in the OpenAPI files: ${api}`).toBe(api);
		const alternatives = scopeAlternatives(entry!.operation) as string[][];
		const covered = !alternatives.length || alternatives.some((scopes) => scopes.every((scope) => provided.has(scope)));
		const missing = alternatives.map((scopes) => scopes.filter((scope) => !provided.has(scope)).join(' + '));
		expect(covered ? 'covered' : `needs one of: ${missing.join(' | ')}`).toBe('covered');
	});

	it('asks only for scopes of the Jira and Jira Service Management APIs (no User identity API)', () => {
		const known = Object.values(apiScopes() as Record<string, Set<string>>);
		const foreign = defaults.filter((scope) => scope !== 'offline_access' && !known.some((set) => set.has(scope)));
		expect(foreign).toEqual([]);
		expect(defaults).toContain('offline_access');
	});

	it('the README scope guide lists exactly the default scopes', () => {
		expect([...new Set(guideScopes)].sort()).toEqual([...defaults].sort());
	});
});
