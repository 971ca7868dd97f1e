// The transport's Data Center mapping (transport/dataCenter.ts): one Cloud-shaped request in, its Data Center form
// out, or a refusal before anything is sent. Sources are in that file (Jira DC 10.3 OpenAPI file, DC JSM REST API).
import type { INode } from 'n8n-workflow';

import { dataCenterRequest } from '../../nodes/shared/transport/dataCenter';
import type { JsmContext } from '../../nodes/shared/transport';

const context = { getNode: () => ({ name: 'JSM' }) as INode } as unknown as JsmContext;
const doc = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Down', marks: [{ type: 'strong' }] }] }] };

test('platform paths move to /rest/api/2 with wiki text, usernames and comma-separated lists', () => {
	expect(
		dataCenterRequest(context, {
			method: 'PUT',
			path: '/rest/api/3/issue/ITS-1',
			qs: { fields: ['summary', 'status'], notifyUsers: false },
			body: { fields: { description: doc, assignee: { accountId: 'avery.agent' }, labels: ['a'] } },
		}),
	).toEqual({
		method: 'PUT',
		path: '/rest/api/2/issue/ITS-1',
		qs: { fields: 'summary,status', notifyUsers: false },
		body: { fields: { description: '*Down*', assignee: { name: 'avery.agent' }, labels: ['a'] } },
	});
	expect(dataCenterRequest(context, { method: 'GET', path: '/rest/api/3/mypermissions', qs: { permissions: 'ADMINISTER' } }).qs).toEqual({});
	expect(dataCenterRequest(context, { method: 'DELETE', path: '/rest/api/3/group/user', qs: { groupname: 'hr', accountId: 'a.b' } }).qs).toEqual({
		groupname: 'hr',
		username: 'a.b',
	});
	expect(dataCenterRequest(context, { method: 'GET', path: '/rest/api/3/user/search', qs: { query: 'jane' } }).qs).toEqual({ username: 'jane' });
});

test("JSM people lists are usernames; other JSM requests are Data Center's as they are", () => {
	expect(dataCenterRequest(context, { method: 'POST', path: '/rest/servicedeskapi/request/ITS-1/participant', body: { accountIds: ['a.b@c'] } }).body).toEqual({
		usernames: ['a.b@c'],
	});
	const comment = { method: 'POST' as const, path: '/rest/servicedeskapi/request/ITS-1/comment', body: { body: 'x', public: true } };
	expect(dataCenterRequest(context, comment)).toBe(comment);
});

test.each([
	['GET', '/rest/servicedeskapi/assets/workspace', /Assets workspaces are a Jira Cloud API/],
	['POST', '/rest/api/3/search/jql', /POST \/rest\/api\/2\/search/],
	['GET', '/rest/api/3/webhook', /dynamic webhooks/],
	['GET', '/rest/api/3/auditing/record', /audit log/],
	['GET', '/rest/api/3/users/search', /GET \/rest\/api\/2\/user\/list/],
	['POST', '/rest/servicedeskapi/servicedesk/1/requesttype/permissions/check', /no request type permission check/],
] as const)('%s %s is refused before sending', (method, path, message) => {
	expect(() => dataCenterRequest(context, { method, path, itemIndex: 2 })).toThrow(message);
});
