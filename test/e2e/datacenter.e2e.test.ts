// Jira Data Center in a real n8n (2.41, Node 24), the package installed as users install it, against the sandbox's
// Data Center mode (Jira 10.3: /rest/api/2, usernames, /rest/jira-webhook/1.0/webhooks): one credential with an
// admin's personal access token (Bearer; n8n issue #14471), one workflow per resource the README lists as working on
// Data Center (all in one `n8n execute-batch`), the webhook trigger's lifecycle (activate, signed delivery, forged
// refused, deactivate; n8n issue #12351) and the poll trigger (activated, it emits what changed after, each once).
import type { IDataObject } from 'n8n-workflow';

import { identity } from '../helpers/poll-site';

import {
	emittedItems,
	executeWorkflows,
	executionsSettled,
	itemsOf,
	publicationSettled,
	sandboxCredential,
	type BatchExecution,
	type Credential,
	type N8nInstance,
	type Workflow,
} from './n8n';
import { resources } from '../../nodes/JiraServiceManagement/actions/resources';
import { activated, preparedInstance, removeAll, startSignedIn, type Running } from './session';
import { sleep, until, unsignedPost, untilListening } from './until';
import { byId, chainOnFirstItems, commentSteps, first, pollTriggerWorkflow, serviceDeskSteps, siteInfoSteps, triggerWorkflow, type Step } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { availableTransitions } = require('../sandbox/workflow');

jest.setTimeout(10 * 60_000);

const TRIGGER_WORKFLOW = 'JsmE2eDcTrig0001';
const POLL_WORKFLOW = 'JsmE2eDcPoll0001';
const POLL_NAME = 'JSM Poll Trigger';
/** The resources the README's Data Center section lists as not available there (Assets, JSM Operations, Forms, audit). */
const CLOUD_ONLY_RESOURCES = ['alert', 'assetsObject', 'assetsObjectSchema', 'assetsObjectType', 'auditRecord', 'form', 'heartbeat', 'onCall', 'schedule', 'team', 'workspace'];
const WEBHOOK_ID = '5d2a7c14-8e3b-4f9a-b6c1-2e7d9f0a4b63';
const AGENT = { username: 'avery.agent', accountId: '5b10ac8d82e05b22cc7d4ef5' };
const CUSTOMER = { username: 'casey.customer@sandbox.test', accountId: 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae' };

const WAITING_FOR_SUPPORT = '10001';

describe('Jira Data Center 10 in a real n8n', () => {
	let sb: any;
	let instance: N8nInstance;
	let running: Running | undefined;
	let credential: Credential;
	let batch: BatchExecution;
	const workflows: Record<string, Workflow> = {};
	const requests = (): any[] => [...sb.state.issues.values()].filter((issue: any) => issue.serviceDeskId);
	const used = new Set<string>();
	/** A request no other workflow touches. */
	const pick = (predicate: (issue: any) => boolean): any => {
		const issue = requests().find((candidate: any) => !used.has(candidate.key) && predicate(candidate));
		if (!issue) throw new Error('The sandbox has no request for this workflow');
		used.add(issue.key);
		return issue;
	};
	const groupNamed = (name: string): any => [...sb.state.groups.values()].find((group: any) => group.name === name);
	const data: Record<string, any> = {};

	function add(resource: string, steps: Step[]) {
		const id = `JsmE2eDcRes${String(Object.keys(workflows).length + 1).padStart(5, '0')}`;
		workflows[resource] = chainOnFirstItems(id, `DC: ${resource}`, credential, steps);
	}

	function output(resource: string, node: string): IDataObject[] {
		const result = batch.results[workflows[resource].id];
		if (!result?.run) throw new Error(`The ${resource} workflow failed: ${result?.error ?? 'did not run'}\n${batch.log.slice(-3000)}`);
		return itemsOf(result.run, node);
	}

	function buildWorkflows() {
		data.participant = pick((issue) => issue.participants.length === 0);
		data.issue = pick((issue) => issue.participants.length === 0);
		data.approval = pick((issue) => issue.approvals.length > 0);
		data.attachment = pick((issue) => issue.attachmentIds.length > 0);
		data.comment = pick(() => true);
		data.request = pick((issue) => issue.statusId === WAITING_FOR_SUPPORT);
		data.hrMember = [...sb.state.users.values()].find((user: any) => user.name && user.active && !groupNamed('hr-team').members.has(user.accountId) && user.accountId !== CUSTOMER.accountId);
		data.token = `dc${Date.now().toString(36)}`;
		add('applicationRole', [
			{ name: 'Products', parameters: { resource: 'applicationRole', operation: 'query', returnAll: true } },
			{ name: 'Service desk product', parameters: { resource: 'applicationRole', operation: 'get', applicationRole: byId('jira-servicedesk', 'list') } },
		]);
		add('approval', [
			{ name: 'Approvals', parameters: { resource: 'approval', operation: 'query', request: byId(data.approval.key), returnAll: true } },
			{ name: 'Approval', parameters: { resource: 'approval', operation: 'get', request: byId(data.approval.key), approvalId: first('Approvals', 'id') } },
		]);
		add('attachment', [
			{ name: 'Attachments', parameters: { resource: 'attachment', operation: 'query', request: byId(data.attachment.key), returnAll: true } },
			{
				name: 'Download',
				parameters: { resource: 'attachment', operation: 'download', request: byId(data.attachment.key), attachmentId: data.attachment.attachmentIds[0], binaryPropertyName: 'data' },
			},
		]);
		add('comment', commentSteps(data.comment.key, data.token));
		add('customer', [
			{ name: 'Give access', parameters: { resource: 'customer', operation: 'addToServiceDesk', serviceDesk: byId('3'), accountIds: CUSTOMER.username } },
			{ name: 'Find customer', parameters: { resource: 'customer', operation: 'query', serviceDesk: byId('3'), returnAll: true, filters: { query: 'casey' } } },
		]);
		add('group', [
			{ name: 'Join HR', parameters: { resource: 'group', operation: 'addUser', group: byId('hr-team', 'name'), user: byId(data.hrMember.name, 'username') } },
			{ name: 'HR members', parameters: { resource: 'group', operation: 'queryMembers', group: byId('hr-team', 'name'), returnAll: true } },
			{ name: 'Leave HR', parameters: { resource: 'group', operation: 'removeUser', group: byId('hr-team', 'name'), user: byId(data.hrMember.name, 'username') } },
		]);
		add('issue', [
			{ name: 'Update', parameters: { resource: 'issue', operation: 'update', issue: byId(data.issue.key), updateFields: { description: 'Printer jams\nLevel 3' } } },
			{ name: 'Query', parameters: { resource: 'issue', operation: 'query', jql: 'project = ITS ORDER BY key ASC', returnAll: true, fields: 'summary' } },
			{ name: 'Get', parameters: { resource: 'issue', operation: 'get', issue: byId(data.issue.key) } },
		]);
		add('knowledgeBase', [{ name: 'Articles', parameters: { resource: 'knowledgeBase', operation: 'queryArticles', query: 'vpn', scope: 'all', returnAll: true } }]);
		add('organization', [
			{ name: 'New organization', parameters: { resource: 'organization', operation: 'create', name: `Initech ${data.token}` } },
			{ name: 'Add members', parameters: { resource: 'organization', operation: 'addUsers', organization: byId(first('New organization', 'id')), accountIds: CUSTOMER.username } },
			{ name: 'Members', parameters: { resource: 'organization', operation: 'queryUsers', organization: byId(first('New organization', 'id')), returnAll: true } },
			{ name: 'Organization', parameters: { resource: 'organization', operation: 'get', organization: byId(first('New organization', 'id')) } },
		]);
		add('participant', [
			{ name: 'Add', parameters: { resource: 'participant', operation: 'add', request: byId(data.participant.key), accountIds: `${AGENT.username}, ${CUSTOMER.username}` } },
			{ name: 'Participants', parameters: { resource: 'participant', operation: 'query', request: byId(data.participant.key), returnAll: true } },
		]);
		add('queue', [
			{ name: 'Queues', parameters: { resource: 'queue', operation: 'query', serviceDesk: byId('1'), returnAll: true } },
			{ name: 'Queue requests', parameters: { resource: 'queue', operation: 'queryIssues', serviceDesk: byId('1'), queue: byId(first('Queues', 'id')), limit: 5 } },
		]);
		add('request', [
			{ name: 'Get request', parameters: { resource: 'request', operation: 'get', request: byId(data.request.key) } },
			{ name: 'Assign', parameters: { resource: 'request', operation: 'update', request: byId(data.request.key), updateFields: { assignee: AGENT.username } } },
			{ name: 'Transitions', parameters: { resource: 'request', operation: 'getTransitions', request: byId(data.request.key), returnAll: true } },
			{
				name: 'Start work',
				parameters: { resource: 'request', operation: 'transition', request: byId(data.request.key), transitionBy: 'idOrName', transitionIdOrName: 'Start progress', comment: 'On it' },
			},
		]);
		add('requestType', [
			{ name: 'Request types', parameters: { resource: 'requestType', operation: 'query', scope: 'serviceDesk', serviceDesk: byId('1'), returnAll: true } },
			{ name: 'Request type', parameters: { resource: 'requestType', operation: 'get', serviceDesk: byId('1'), requestType: byId(first('Request types', 'id')) } },
			{ name: 'Fields', parameters: { resource: 'requestType', operation: 'getFields', serviceDesk: byId('1'), requestType: byId(first('Request types', 'id')) } },
		]);
		add('serviceDesk', serviceDeskSteps);
		add('site', siteInfoSteps);
		add('user', [
			{ name: 'Agent', parameters: { resource: 'user', operation: 'get', user: byId(AGENT.username, 'username') } },
			{ name: 'Find Casey', parameters: { resource: 'user', operation: 'query', searchText: 'casey', returnAll: true } },
		]);
	}

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42, requestCount: 60, deployment: 'datacenter', version: '10.3' });
		credential = {
			...sandboxCredential(sb),
			id: 'JsmSandboxDc0001',
			name: 'JSM Data Center (admin PAT)',
			data: { deployment: 'datacenter', siteUrl: sb.url, authType: 'bearer', apiToken: sb.credentials.admin.pat },
		};
		buildWorkflows();
		const trigger = triggerWorkflow(TRIGGER_WORKFLOW, 'DC: trigger', { nodeName: 'JSM Trigger', webhookId: WEBHOOK_ID, events: ['commentCreated'] }, credential);
		instance = await preparedInstance([credential], [...Object.values(workflows), trigger, pollTriggerWorkflow(POLL_WORKFLOW, 'DC: poll trigger', POLL_NAME, credential)]);
		const began = Date.now();
		batch = await executeWorkflows(instance, Object.values(workflows).map((workflow) => workflow.id));
		process.stdout.write(`Data Center e2e: ${Object.keys(workflows).length} workflows in one execute-batch, ${Date.now() - began} ms\n`);
	});

	afterAll(async () => {
		await removeAll(running?.server, sb, instance);
	});

	afterEach(() => {
		expect(sb.violations).toEqual([]);
		expect(sb.serverErrors).toEqual([]);
	});

	it('runs one workflow per resource the README lists for Data Center', () => {
		const onDataCenter = Object.keys(resources).filter((resource) => !CLOUD_ONLY_RESOURCES.includes(resource));
		expect(Object.keys(workflows).sort()).toEqual(onDataCenter.sort());
		const failed = Object.keys(workflows).filter((resource) => batch.results[workflows[resource].id]?.status !== 'success');
		expect(failed.map((resource) => `${resource}: ${batch.results[workflows[resource].id]?.error}`)).toEqual([]);
		// Nothing went to Cloud's platform API, and the platform calls went to /rest/api/2.
		expect(sb.requests.filter((request: any) => request.path.startsWith('/rest/api/3/'))).toEqual([]);
		expect(sb.requests.some((request: any) => request.path === '/rest/api/2/search')).toBe(true);
	});

	it('people by username: participants, customers, organization users, group members, assignee', () => {
		expect(data.participant.participants).toEqual([AGENT.accountId, CUSTOMER.accountId]);
		expect(output('participant', 'Participants').map((item) => item.name)).toEqual([AGENT.username, CUSTOMER.username]);
		expect(sb.state.serviceDesks.get('3').customerIds.has(CUSTOMER.accountId)).toBe(true);
		expect(output('customer', 'Find customer').map((item) => item.name)).toContain(CUSTOMER.username);
		expect(output('organization', 'Members').map((item) => item.name)).toEqual([CUSTOMER.username]);
		expect(output('group', 'HR members').map((item) => item.name)).toContain(data.hrMember.name);
		expect(groupNamed('hr-team').members.has(data.hrMember.accountId)).toBe(false);
		expect(output('user', 'Agent')[0]).toMatchObject({ name: AGENT.username });
		expect(output('user', 'Find Casey').map((item) => item.name)).toContain(CUSTOMER.username);
		expect(data.request.assigneeId).toBe(AGENT.accountId);
	});

	it('platform operations in wiki text on /rest/api/2: issue update, JQL, comment edit and delete, transition', () => {
		expect(output('issue', 'Update')[0]).toMatchObject({ issueKey: data.issue.key, updated: true });
		expect(data.issue.description).toBe('Printer jams\nLevel 3');
		expect(output('issue', 'Get')[0]).toMatchObject({ key: data.issue.key });
		const keys = output('issue', 'Query').map((item) => item.key);
		expect(keys).toEqual(requests().filter((issue) => issue.key.startsWith('ITS-')).map((issue) => issue.key).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1])));
		expect(output('comment', 'Edit note')[0]).toMatchObject({ body: `Checked\nall good (${data.token})` });
		expect(data.comment.comments.some((comment: any) => comment.body.includes(data.token))).toBe(false);
		expect(sb.state.statuses.get(data.request.statusId).name).toBe('In progress');
		expect(output('attachment', 'Download')[0]).toMatchObject({ requestKey: data.attachment.key, filename: sb.state.attachments.get(data.attachment.attachmentIds[0]).filename });
		expect(output('site', 'Permissions')[0]).toEqual({ ADMINISTER: true, BROWSE_PROJECTS: true });
		expect(output('applicationRole', 'Service desk product')[0]).toMatchObject({ key: 'jira-servicedesk' });
	});

	it('the trigger: activate registers a signed DC 10 webhook, a comment starts one execution, a forged delivery none, deactivate removes it', async () => {
		running = await startSignedIn(instance);
		const { n8n, cookie } = running;
		expect(await activated(instance, running, TRIGGER_WORKFLOW)).toMatchObject({ status: 'published' });
		const [hook] = [...sb.state.webhooks.values()] as any[];
		const webhookUrl = `${instance.url}/webhook/${WEBHOOK_ID}/webhook`;
		expect(hook).toMatchObject({ url: webhookUrl, events: ['comment_created'] });
		expect(hook.secret).toMatch(/^[0-9a-f]{64}$/);
		expect(sb.requests.some((request: any) => request.method === 'POST' && request.path === '/rest/jira-webhook/1.0/webhooks')).toBe(true);
		await untilListening(unsignedPost(webhookUrl));

		const issue = pick(() => true);
		const posted = await fetch(`${sb.url}/rest/servicedeskapi/request/${issue.key}/comment`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sb.credentials.agent.pat}`, 'content-type': 'application/json' },
			body: JSON.stringify({ body: 'From Data Center', public: true }),
		});
		expect(posted.status).toBe(201);
		const executions = await executionsSettled(n8n, () => sb.flushDeliveries(), TRIGGER_WORKFLOW, 1);
		expect(executions).toHaveLength(1);

		const forged = await sb.deliver(hook.id, JSON.stringify({ timestamp: Date.now(), webhookEvent: 'comment_created', issue: { key: issue.key } }), {
			signature: `sha256=${'0'.repeat(64)}`,
		});
		expect(forged.status).toBe(401);
		await sleep(1000);
		expect(await n8n.executions(TRIGGER_WORKFLOW)).toHaveLength(1);

		await n8n.deactivate(TRIGGER_WORKFLOW);
		await publicationSettled(instance, cookie, TRIGGER_WORKFLOW, ['not_published']);
		expect(sb.state.webhooks.size).toBe(0);
	});
	it('the poll trigger: activated, it emits each change made after, once, with usernames, and nothing from before', async () => {
		const { n8n } = running!;
		const call = async (method: string, path: string, body: unknown) => {
			const response = await fetch(`${sb.url}${path}`, {
				method,
				headers: { authorization: `Bearer ${sb.credentials.agent.pat}`, 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			const text = await response.text();
			if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
			return text ? (JSON.parse(text) as IDataObject) : {};
		};
		const changes = async (label: string) => {
			const created = await call('POST', '/rest/servicedeskapi/request', {
				serviceDeskId: '1',
				requestTypeId: '1',
				requestFieldValues: { summary: `Poll on DC ${label}` },
				raiseOnBehalfOf: CUSTOMER.username,
			});
			const issue = pick((candidate) => candidate.key.startsWith('ITS-') && availableTransitions(sb.state, candidate).some((t: IDataObject) => ['11', '21', '71'].includes(String(t.id))));
			const transition = availableTransitions(sb.state, issue).find((t: IDataObject) => ['11', '21', '71'].includes(String(t.id)));
			await call('POST', `/sandbox/requests/${issue.key}/transition`, { transitionId: transition.id });
			const note = await call('POST', `/rest/servicedeskapi/request/${issue.key}/comment`, { body: `Note ${label}`, public: false });
			return [`created ${String(created.issueId)}`, `status ${issue.changelog.at(-1).id}`, `comment ${String(note.id)}`];
		};
		const emitted = async () => emittedItems(await n8n.executions(POLL_WORKFLOW), POLL_NAME);

		await changes('before activation');
		expect(await activated(instance, running!, POLL_WORKFLOW)).toMatchObject({ status: 'published' });
		const expected = await changes('after activation');
		// n8n polls every minute at the shortest.
		await until(emitted, (events) => expected.every((id) => events.map(identity).includes(id)), { timeoutMs: 150_000, everyMs: 1000 });
		await sleep(2000);
		const events = await emitted();
		expect(events.map(identity).sort()).toEqual([...expected].sort());
		expect(events.find((event) => event.event === 'commentCreated')).toMatchObject({ comment: { public: false, authorUsername: AGENT.username } });
		await n8n.deactivate(POLL_WORKFLOW);
		expect(sb.requests.filter((request: any) => request.path.startsWith('/rest/api/3/'))).toEqual([]);
	});
});
