import { createHmac } from 'node:crypto';

import { isStatusChange } from '../../nodes/JiraServiceManagementPollTrigger/poll/changes';
import { classify, jiraEventsFor } from '../../nodes/shared/trigger/events';
import { isFirstDelivery } from '../../nodes/JiraServiceManagementTrigger/trigger/deliveries';
import { jqlString } from '../../nodes/shared/helpers/jql';
import { passesFilters, registrationJql } from '../../nodes/shared/trigger/filters';
import { appJwtProblem, isValidHubSignature } from '../../nodes/JiraServiceManagementTrigger/trigger/signature';
import { secretFingerprint, webhookSecretFor } from '../../nodes/JiraServiceManagementTrigger/trigger/secret';
import { dynamicJqlProblem } from '../../nodes/JiraServiceManagementTrigger/trigger/dynamicJql';

const URL_A = 'https://n8n.example.com/webhook/a/webhook';
const secret = webhookSecretFor({ apiToken: 'token-1' }, URL_A);
const body = Buffer.from(JSON.stringify({ webhookEvent: 'jira:issue_created', issue: { key: 'ITS-1' } }));
const sign = (data: Buffer, key = secret, algorithm = 'sha256') =>
	`${algorithm}=${createHmac(algorithm, key).update(data).digest('hex')}`;

describe('X-Hub-Signature', () => {
	it('accepts the HMAC-SHA256 of the raw body', () => {
		expect(isValidHubSignature(body, sign(body), secret)).toBe(true);
	});
	it('refuses a signature made with another secret', () => {
		expect(isValidHubSignature(body, sign(body, webhookSecretFor({ apiToken: 'token-2' }, URL_A)), secret)).toBe(false);
	});
	it('refuses a missing or empty header', () => {
		expect(isValidHubSignature(body, undefined, secret)).toBe(false);
		expect(isValidHubSignature(body, '', secret)).toBe(false);
	});
	it('refuses another algorithm', () => {
		expect(isValidHubSignature(body, sign(body, secret, 'sha1'), secret)).toBe(false);
		expect(isValidHubSignature(body, sign(body, secret, 'sha512'), secret)).toBe(false);
	});
	it('refuses a body altered by one byte', () => {
		const altered = Buffer.from(body);
		altered[5] ^= 1;
		expect(isValidHubSignature(altered, sign(body), secret)).toBe(false);
	});
	it('refuses when no secret is known', () => {
		expect(isValidHubSignature(body, sign(body, ''), '')).toBe(false);
	});
	it('derives a 256-bit secret from the credential and the webhook URL, another for another token or URL', () => {
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		expect(webhookSecretFor({ apiToken: 'token-1' }, URL_A)).toBe(secret);
		expect(webhookSecretFor({ apiToken: 'token-2' }, URL_A)).not.toBe(secret);
		expect(webhookSecretFor({ apiToken: 'token-1' }, `${URL_A}x`)).not.toBe(secret);
		expect(() => webhookSecretFor({}, URL_A)).toThrow(/no API token/);
	});
	it('keeps only a fingerprint that cannot sign: it is not the secret and signs nothing valid', () => {
		const fingerprint = secretFingerprint(secret);
		expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
		expect(secret).not.toContain(fingerprint);
		expect(isValidHubSignature(body, sign(body, fingerprint), secret)).toBe(false);
	});
});

describe('OAuth2 app JWT', () => {
	const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const jwt = (claims: object, key: string, alg = 'HS256') => {
		const head = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
		return `Bearer ${head}.${createHmac('sha256', key).update(head).digest('base64url')}`;
	};
	const app = { clientId: 'app-client-id', clientSecret: 'client-secret' };
	const now = Math.floor(Date.now() / 1000);
	it('accepts a token signed with the client secret, for this app, not expired', () => {
		expect(appJwtProblem(jwt({ exp: now + 180, iat: now, aud: app.clientId }, app.clientSecret), app)).toBeUndefined();
	});
	it('refuses another key, another algorithm, no token', () => {
		expect(appJwtProblem(jwt({ exp: now + 60 }, 'other'), app)).toMatch(/does not match/);
		expect(appJwtProblem(jwt({ exp: now + 60 }, app.clientSecret, 'none'), app)).toMatch(/not HS256/);
		expect(appJwtProblem(undefined, app)).toMatch(/no Authorization JWT/);
	});
	it('refuses expired tokens, tokens without expiry and tokens issued in the future', () => {
		expect(appJwtProblem(jwt({ exp: now - 3600 }, app.clientSecret), app)).toMatch(/expired/);
		expect(appJwtProblem(jwt({ iat: now }, app.clientSecret), app)).toMatch(/no expiry/);
		expect(appJwtProblem(jwt({ exp: 'never' }, app.clientSecret), app)).toMatch(/no expiry/);
		expect(appJwtProblem(jwt({ exp: now + 7200, iat: now + 3600 }, app.clientSecret), app)).toMatch(/future/);
	});
	it("refuses a token meant for another app (its aud), even signed with this app's secret", () => {
		expect(appJwtProblem(jwt({ exp: now + 60, aud: 'someone-else' }, app.clientSecret), app)).toMatch(/another app/);
	});
});

describe('events', () => {
	const statusChange = { webhookEvent: 'jira:issue_updated', changelog: { items: [{ field: 'status', toString: 'Done' }] } };
	const edit = { webhookEvent: 'jira:issue_updated', changelog: { items: [{ field: 'summary' }] } };

	it('registers only the Jira events the selection needs', () => {
		expect(jiraEventsFor(['statusChanged'])).toEqual(['jira:issue_updated']);
		expect(jiraEventsFor(['*'])).toContain('user_deleted');
	});
	it('classifies a status change as the most specific selected event', () => {
		expect(classify(statusChange, ['requestUpdated', 'statusChanged'])).toBe('statusChanged');
		expect(classify(statusChange, ['requestUpdated'])).toBe('requestUpdated');
	});
	// A changelog item's `field` is the field's name and `fieldId` its id (ChangeDetails, Jira platform OpenAPI file;
	// jira.js Version3Models.ChangeDetails): a custom field a site named "Status" is no status change.
	it('reads the changed field by id before name, in the webhook trigger and the poll trigger alike', () => {
		const customStatus = { field: 'Status', fieldId: 'customfield_10050', toString: 'Green' };
		const renamed = { webhookEvent: 'jira:issue_updated', changelog: { items: [customStatus] } };
		expect(classify(renamed, ['requestUpdated', 'statusChanged'])).toBe('requestUpdated');
		expect(isStatusChange({ items: [customStatus] })).toBe(false);
		expect(isStatusChange({ items: [{ field: 'status', fieldId: 'status' }] })).toBe(true);
	});
	it('ignores events that were not selected', () => {
		expect(classify(edit, ['statusChanged'])).toBeUndefined();
		expect(classify({ webhookEvent: 'comment_created' }, ['requestCreated'])).toBeUndefined();
	});
});

describe('filters', () => {
	it('quote JQL values so they cannot change the query', () => {
		expect(jqlString('ITS" OR project = "X')).toBe('"ITS\\" OR project = \\"X"');
		expect(registrationJql({ projectKeys: ['ITS', 'HR'], requestTypeIds: [], jql: 'priority = High', commentVisibility: 'all' })).toBe(
			'project in ("ITS", "HR") AND (priority = High)',
		);
	});
	it('drop deliveries of other service desks, request types and comment visibility', () => {
		const payload = {
			issue: { key: 'ITS-1', fields: { project: { key: 'ITS' }, customfield_10010: { requestType: { id: '7' } } } },
			comment: { jsdPublic: false },
		};
		const base = { projectKeys: [], requestTypeIds: [], jql: '', commentVisibility: 'all' as const };
		expect(passesFilters(payload, base)).toBe(true);
		expect(passesFilters(payload, { ...base, projectKeys: ['HR'] })).toBe(false);
		expect(passesFilters(payload, { ...base, requestTypeIds: ['7'] })).toBe(true);
		expect(passesFilters(payload, { ...base, requestTypeIds: ['8'] })).toBe(false);
		expect(passesFilters(payload, { ...base, commentVisibility: 'public' })).toBe(false);
		expect(passesFilters(payload, { ...base, commentVisibility: 'internal' })).toBe(true);
	});
});

describe('retried deliveries', () => {
	it('start the workflow once per identifier', () => {
		const data = {};
		expect(isFirstDelivery(data, 'a')).toBe(true);
		expect(isFirstDelivery(data, 'a')).toBe(false);
		expect(isFirstDelivery(data, 'b')).toBe(true);
		expect(isFirstDelivery(data, undefined)).toBe(true);
	});
	it('remember identifiers in the process too, for when n8n does not save the static data', () => {
		const scope = `wf-${Date.now()}:Trigger`;
		expect(isFirstDelivery({}, 'c', scope)).toBe(true);
		// A fresh (unsaved) copy of the static data, as n8n loads it for the next delivery.
		expect(isFirstDelivery({}, 'c', scope)).toBe(false);
		expect(isFirstDelivery({}, 'c', `${scope}-other`)).toBe(true);
	});
});

describe('dynamic-webhook JQL subset (WebhookDetails.jqlFilter in the platform OpenAPI file)', () => {
	it.each([
		'project != null',
		'project in ("ITS", "HR") AND (issuetype = Incident)',
		'status NOT IN (Done, "Won\'t Do") OR assignee = currentUser()',
		'issueKey = ITS-1',
		'cf[10014] = "EPIC-1"',
		'issue.property[triage].done = true',
	])('accepts %s', (jql) => {
		expect(dynamicJqlProblem(jql)).toBeUndefined();
	});
	it.each([
		['priority = High', 'the field "priority" is outside it'],
		['status ~ Done', 'the operator "~" is outside it'],
		['assignee IS EMPTY', 'the operator "IS" is outside it'],
		['created >= -1d', 'the field "created" is outside it'],
		['NOT status = Done', 'NOT before a clause is outside it (use != or NOT IN)'],
		['status = Done ORDER BY created', 'ORDER BY is outside it'],
		['(status = Done', 'a parenthesis is not closed'],
	])('refuses %s: %s', (jql, problem) => {
		expect(dynamicJqlProblem(jql)).toBe(problem);
	});
});
