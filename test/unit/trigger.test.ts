import { createHmac } from 'node:crypto';

import { classify, jiraEventsFor } from '../../nodes/JiraServiceManagementTrigger/trigger/events';
import { isFirstDelivery } from '../../nodes/JiraServiceManagementTrigger/trigger/deliveries';
import { jqlString, passesFilters, registrationJql } from '../../nodes/JiraServiceManagementTrigger/trigger/filters';
import { isValidAppJwt, isValidHubSignature, newWebhookSecret } from '../../nodes/JiraServiceManagementTrigger/trigger/signature';
import { dynamicJqlProblem } from '../../nodes/JiraServiceManagementTrigger/trigger/dynamicJql';

const secret = newWebhookSecret();
const body = Buffer.from(JSON.stringify({ webhookEvent: 'jira:issue_created', issue: { key: 'ITS-1' } }));
const sign = (data: Buffer, key = secret, algorithm = 'sha256') =>
	`${algorithm}=${createHmac(algorithm, key).update(data).digest('hex')}`;

describe('X-Hub-Signature', () => {
	it('accepts the HMAC-SHA256 of the raw body', () => {
		expect(isValidHubSignature(body, sign(body), secret)).toBe(true);
	});
	it('refuses a signature made with another secret', () => {
		expect(isValidHubSignature(body, sign(body, newWebhookSecret()), secret)).toBe(false);
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
	it('gives every registration a fresh 256-bit secret', () => {
		expect(newWebhookSecret()).toMatch(/^[0-9a-f]{64}$/);
		expect(newWebhookSecret()).not.toBe(newWebhookSecret());
	});
});

describe('OAuth2 app JWT', () => {
	const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const jwt = (claims: object, key: string, alg = 'HS256') => {
		const head = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
		return `Bearer ${head}.${createHmac('sha256', key).update(head).digest('base64url')}`;
	};
	it('accepts a token signed with the client secret, refuses others and expired ones', () => {
		const exp = Date.now() / 1000 + 60;
		expect(isValidAppJwt(jwt({ exp }, 'client-secret'), 'client-secret')).toBe(true);
		expect(isValidAppJwt(jwt({ exp }, 'other'), 'client-secret')).toBe(false);
		expect(isValidAppJwt(jwt({ exp: 1 }, 'client-secret'), 'client-secret')).toBe(false);
		expect(isValidAppJwt(jwt({ exp }, 'client-secret', 'none'), 'client-secret')).toBe(false);
		expect(isValidAppJwt(undefined, 'client-secret')).toBe(false);
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
