// One workflow per resource of the action node, run by a real n8n (2.41, Node 24) with the package
// installed as users install it, against the sandbox. All workflows run in one `n8n execute-batch`
// process; each test then checks its workflow's output and the site's state.
import type { IDataObject, IRun } from 'n8n-workflow';

import { executeWorkflows, itemsOf, sandboxCredential, type BatchExecution, type Credential, type N8nInstance, type Workflow } from './n8n';
import { resources } from '../../nodes/JiraServiceManagement/actions/resources';
import { preparedInstance, removeAll } from './session';
import { byId, chainOnFirstItems, chainWorkflow, commentSteps, first, serviceDeskSteps, siteInfoSteps, type Step } from './workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { formsState } = require('../sandbox/routes/forms');

// The first run may install Node 24 and n8n (several minutes).
jest.setTimeout(10 * 60_000);

const ADMIN = '5b10a2844c20165700ede21g';
const AGENT = '5b10ac8d82e05b22cc7d4ef5';
const CUSTOMER = 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae';
const WAITING_FOR_SUPPORT = '10001';

describe('one workflow per resource in a real n8n', () => {
	let sb: any;
	let instance: N8nInstance;
	let admin: Credential;
	let batch: BatchExecution;
	const used = new Set<string>();
	/** A request (or issue) no other workflow touches. */
	const pick = (predicate: (issue: any) => boolean): any => {
		const issue = [...sb.state.issues.values()].find((candidate: any) => !used.has(candidate.key) && predicate(candidate));
		if (!issue) throw new Error('The sandbox has no issue for this workflow');
		used.add(issue.key);
		return issue;
	};
	const isRequest = (issue: any) => Boolean(issue.serviceDeskId);
	const issueByKey = (key: string): any => [...sb.state.issues.values()].find((issue: any) => issue.key === key);
	const groupNamed = (name: string): any => [...sb.state.groups.values()].find((group: any) => group.name === name);
	const userByEmail = (email: string): any => [...sb.state.users.values()].find((user: any) => user.emailAddress === email);

	// Chosen from the seeded site before the workflows are built.
	const data: Record<string, any> = {};
	const workflows: Record<string, Workflow> = {};

	function add(resource: string, steps: Step[]) {
		const id = `JsmE2eRes${String(Object.keys(workflows).length + 1).padStart(7, '0')}`;
		workflows[resource] = chainOnFirstItems(id, `E2E ${resource}`, admin, steps);
	}

	let badInput: Workflow;

	/** The run of a resource's workflow; fails with n8n's error when the workflow failed. */
	function runOf(resource: string): IRun {
		const result = batch.results[workflows[resource].id];
		if (!result) throw new Error(`The workflow of ${resource} did not run:\n${batch.log}`);
		if (result.status !== 'success' || !result.run) throw new Error(`The workflow of ${resource} failed: ${result.error}`);
		return result.run;
	}

	beforeAll(async () => {
		sb = await createSandbox({ host: '127.0.0.1', port: 0, seed: 42 });
		admin = sandboxCredential(sb);

		data.approval = pick(
			(issue) =>
				isRequest(issue) &&
				issue.approvals.some((a: any) => a.finalDecision === 'pending' && a.approvers.some((p: any) => p.accountId === ADMIN)),
		);
		data.approvalId = data.approval.approvals.find((a: any) => a.finalDecision === 'pending').id;
		data.attachmentSource = pick((issue) => isRequest(issue) && issue.attachmentIds.length > 0);
		data.attachmentId = data.attachmentSource.attachmentIds[0];
		data.original = { ...sb.state.attachments.get(String(data.attachmentId)) };
		data.sourceAttachmentIds = data.attachmentSource.attachmentIds.map(String);
		data.attachmentTarget = pick((issue) => isRequest(issue) && issue.attachmentIds.length === 0);
		data.comment = pick(isRequest);
		data.participant = pick((issue) => isRequest(issue) && issue.participants.length === 0);
		data.request = pick((issue) => isRequest(issue) && issue.statusId === WAITING_FOR_SUPPORT);
		data.issue = pick((issue) => issue.changelog.length > 0);
		data.hrMember = [...sb.state.users.values()].find(
			(user: any) => String(user.emailAddress).endsWith('@dev.sandbox.test') && !groupNamed('hr-team').members.has(user.accountId),
		);
		data.softwareMember = [...groupNamed('jira-software-users').members].find((id) => id !== data.hrMember.accountId && id !== ADMIN);
		data.token = `e2e${Date.now().toString(36)}`;

		const opsTeam = [...sb.state.ops.teams.values()].find((team: any) => team.teamName === 'IT Operations');
		data.primarySchedule = [...sb.state.ops.schedules.values()].find((schedule: any) => schedule.name === 'IT Operations - Primary');
		data.opsTeamId = opsTeam.teamId;
		data.alertAlias = `e2e-alert-${data.token}`;
		// Alert → Snooze: an hour after the site's clock.
		data.snoozeUntil = new Date(sb.now() + 3_600_000).toISOString();
		add('alert', [
			{
				name: 'Create alert',
				parameters: {
					resource: 'alert',
					operation: 'create',
					message: 'E2E: printer on fire',
					priority: 'P2',
					responders: { responder: [{ type: 'team', id: opsTeam.teamId }] },
					additionalFields: { alias: data.alertAlias, tags: 'e2e, printer' },
				},
			},
			{ name: 'Acknowledge alert', parameters: { resource: 'alert', operation: 'acknowledge', alert: byId(first('Create alert', 'id')) } },
			{ name: 'Unacknowledge alert', parameters: { resource: 'alert', operation: 'unacknowledge', alert: byId(first('Create alert', 'id')) } },
			{ name: 'Snooze alert', parameters: { resource: 'alert', operation: 'snooze', alert: byId(first('Create alert', 'id')), endTime: data.snoozeUntil } },
			{ name: 'Note on alert', parameters: { resource: 'alert', operation: 'addNote', alert: byId(first('Create alert', 'id')), note: 'Fire brigade called' } },
			{ name: 'Close alert', parameters: { resource: 'alert', operation: 'close', alert: byId(first('Create alert', 'id')) } },
			{ name: 'Closed alert', parameters: { resource: 'alert', operation: 'get', alert: byId(first('Create alert', 'id')) } },
			{ name: 'Find alert', parameters: { resource: 'alert', operation: 'query', query: `alias: ${data.alertAlias} AND status: closed`, returnAll: true } },
		]);
		data.form = pick(isRequest);
		data.laptopTemplate = formsState(sb.state).templates.get(data.form.projectId).find((template: any) => template.design.settings.name === 'Laptop request');
		add('form', [
			{ name: 'Attach form', parameters: { resource: 'form', operation: 'attach', request: byId(data.form.key), formTemplate: byId(data.laptopTemplate.id) } },
			{
				name: 'Answer and submit',
				parameters: {
					resource: 'form',
					operation: 'saveAnswers',
					request: byId(data.form.key),
					formId: first('Attach form', 'id'),
					answers: '{"1": "MacBook Pro", "2": {"choices": ["2"]}, "3": {"date": "2027-01-04"}}',
					submit: true,
				},
			},
			{ name: 'Answers', parameters: { resource: 'form', operation: 'getAnswers', request: byId(data.form.key), formId: first('Attach form', 'id') } },
			{ name: 'Show to customer', parameters: { resource: 'form', operation: 'changeVisibility', request: byId(data.form.key), formId: first('Attach form', 'id'), visibility: 'external' } },
			{ name: 'Reopen form', parameters: { resource: 'form', operation: 'reopen', request: byId(data.form.key), formId: first('Attach form', 'id') } },
			{ name: 'Forms', parameters: { resource: 'form', operation: 'getMany', request: byId(data.form.key) } },
		]);
		add('onCall', [{ name: 'On call now', parameters: { resource: 'onCall', operation: 'get', schedule: byId(data.primarySchedule.id), flat: true } }]);
		add('schedule', [{ name: 'Schedules', parameters: { resource: 'schedule', operation: 'query', returnAll: true } }]);
		add('team', [{ name: 'Teams', parameters: { resource: 'team', operation: 'query', returnAll: true } }]);
		add('heartbeat', [{ name: 'Ping', parameters: { resource: 'heartbeat', operation: 'ping', team: byId(opsTeam.teamId), heartbeatName: 'Nightly backup' } }]);
		add('applicationRole', [
			{ name: 'Products', parameters: { resource: 'applicationRole', operation: 'query', returnAll: true } },
			{ name: 'Service desk product', parameters: { resource: 'applicationRole', operation: 'get', applicationRole: byId('jira-servicedesk', 'list') } },
		]);
		add('approval', [
			{ name: 'Approvals', parameters: { resource: 'approval', operation: 'query', request: byId(data.approval.key), returnAll: true } },
			{ name: 'Approval', parameters: { resource: 'approval', operation: 'get', request: byId(data.approval.key), approvalId: data.approvalId } },
			{
				name: 'Approve',
				parameters: { resource: 'approval', operation: 'answer', request: byId(data.approval.key), approvalId: data.approvalId, decision: 'approve' },
			},
		]);
		add('attachment', [
			{ name: 'Attachments', parameters: { resource: 'attachment', operation: 'query', request: byId(data.attachmentSource.key), returnAll: true } },
			{
				name: 'Download',
				parameters: {
					resource: 'attachment',
					operation: 'download',
					request: byId(data.attachmentSource.key),
					attachmentId: data.attachmentId,
					binaryPropertyName: 'data',
				},
			},
			{
				name: 'Upload',
				parameters: { resource: 'attachment', operation: 'create', request: byId(data.attachmentTarget.key), binaryPropertyName: 'data', visibility: 'public' },
			},
			{ name: 'Delete original', parameters: { resource: 'attachment', operation: 'delete', attachmentId: data.attachmentId } },
		]);
		add('auditRecord', [{ name: 'Audit log', parameters: { resource: 'auditRecord', operation: 'query', limit: 5 } }]);
		add('comment', commentSteps(data.comment.key, data.token));
		add('customer', [
			{ name: 'New customer', parameters: { resource: 'customer', operation: 'create', email: `${data.token}@customer.example`, displayName: 'Dana E2E' } },
			{ name: 'Give access', parameters: { resource: 'customer', operation: 'addToServiceDesk', serviceDesk: byId('3'), accountIds: first('New customer', 'accountId') } },
			{
				name: 'Find customer',
				parameters: { resource: 'customer', operation: 'query', serviceDesk: byId('3'), returnAll: true, filters: { query: data.token } },
			},
			{ name: 'Invite', parameters: { resource: 'customer', operation: 'invite', serviceDesk: byId('2'), email: `${data.token}.invited@customer.example`, displayName: '' } },
		]);
		add('group', [
			{ name: 'Groups', parameters: { resource: 'group', operation: 'query', returnAll: true } },
			{ name: 'Join HR', parameters: { resource: 'group', operation: 'addUser', group: byId('hr-team', 'name'), user: byId(data.hrMember.accountId) } },
			{ name: 'HR members', parameters: { resource: 'group', operation: 'queryMembers', group: byId('hr-team', 'name'), returnAll: true } },
			{
				name: 'Reclaim licence',
				parameters: { resource: 'group', operation: 'removeUser', group: byId('jira-software-users', 'name'), user: byId(data.softwareMember) },
			},
		]);
		add('issue', [
			{ name: 'Find issue', parameters: { resource: 'issue', operation: 'query', jql: `key = ${data.issue.key}`, returnAll: true } },
			{ name: 'Get issue', parameters: { resource: 'issue', operation: 'get', issue: byId(first('Find issue', 'key')) } },
			{ name: 'Rename issue', parameters: { resource: 'issue', operation: 'update', issue: byId(data.issue.key), updateFields: { summary: `Renamed (${data.token})` } } },
			{ name: 'Watchers', parameters: { resource: 'issue', operation: 'getWatchers', issue: byId(data.issue.key) } },
			{ name: 'History', parameters: { resource: 'issue', operation: 'getChangelog', issue: byId(data.issue.key), returnAll: true } },
			{ name: 'Delete issue', parameters: { resource: 'issue', operation: 'delete', issue: byId(data.issue.key), deleteSubtasks: true } },
		]);
		add('knowledgeBase', [
			{ name: 'Articles', parameters: { resource: 'knowledgeBase', operation: 'queryArticles', query: 'vpn', scope: 'all', returnAll: true } },
			{ name: 'Article', parameters: { resource: 'knowledgeBase', operation: 'viewArticle', pageId: first('Articles', 'source.pageId') } },
		]);
		add('organization', [
			{ name: 'New organization', parameters: { resource: 'organization', operation: 'create', name: `Initech ${data.token}` } },
			{
				name: 'Set plan',
				parameters: { resource: 'organization', operation: 'setProperty', organization: byId(first('New organization', 'id')), propertyKey: 'sla-plan', propertyValue: '{"hours": 8}' },
			},
			{ name: 'Read plan', parameters: { resource: 'organization', operation: 'getProperty', organization: byId(first('New organization', 'id')), propertyKey: 'sla-plan' } },
			{ name: 'Add members', parameters: { resource: 'organization', operation: 'addUsers', organization: byId(first('New organization', 'id')), accountIds: CUSTOMER } },
			{ name: 'Members', parameters: { resource: 'organization', operation: 'queryUsers', organization: byId(first('New organization', 'id')), returnAll: true } },
			{
				name: 'Link to HR',
				parameters: { resource: 'organization', operation: 'addToServiceDesk', serviceDesk: byId('2'), organization: byId(first('New organization', 'id')) },
			},
			{ name: 'Organization', parameters: { resource: 'organization', operation: 'get', organization: byId(first('New organization', 'id')) } },
		]);
		add('participant', [
			{ name: 'Add people', parameters: { resource: 'participant', operation: 'add', request: byId(data.participant.key), accountIds: `${AGENT}, ${CUSTOMER}` } },
			{ name: 'Participants', parameters: { resource: 'participant', operation: 'query', request: byId(data.participant.key), returnAll: true } },
			{ name: 'Remove agent', parameters: { resource: 'participant', operation: 'remove', request: byId(data.participant.key), accountIds: AGENT } },
		]);
		add('queue', [
			{ name: 'Queues', parameters: { resource: 'queue', operation: 'query', serviceDesk: byId('1'), returnAll: true, includeCount: true } },
			{ name: 'Queue', parameters: { resource: 'queue', operation: 'get', serviceDesk: byId('1'), queue: byId(first('Queues', 'id')) } },
			{ name: 'Queue requests', parameters: { resource: 'queue', operation: 'queryIssues', serviceDesk: byId('1'), queue: byId(first('Queues', 'id')), limit: 5 } },
		]);
		add('request', [
			{ name: 'Get request', parameters: { resource: 'request', operation: 'get', request: byId(`${sb.url}/browse/${data.request.key}`, 'url') } },
			{
				name: 'Update request',
				parameters: { resource: 'request', operation: 'update', request: byId(data.request.key), updateFields: { summary: `Laptop will not boot (${data.token})`, labels: 'vip, hardware' } },
			},
			{ name: 'Transitions', parameters: { resource: 'request', operation: 'getTransitions', request: byId(data.request.key), returnAll: true } },
			{
				name: 'Start work',
				parameters: { resource: 'request', operation: 'transition', request: byId(data.request.key), transitionBy: 'idOrName', transitionIdOrName: 'Start progress', comment: 'On it' },
			},
			{ name: 'Status history', parameters: { resource: 'request', operation: 'getStatusHistory', request: byId(data.request.key), returnAll: true } },
			{ name: 'SLAs', parameters: { resource: 'request', operation: 'getSlas', request: byId(data.request.key), returnAll: true } },
		]);
		add('requestType', [
			{ name: 'Request types', parameters: { resource: 'requestType', operation: 'query', scope: 'serviceDesk', serviceDesk: byId('1'), returnAll: true } },
			{ name: 'Request type', parameters: { resource: 'requestType', operation: 'get', serviceDesk: byId('1'), requestType: byId(first('Request types', 'id')) } },
			{ name: 'Fields', parameters: { resource: 'requestType', operation: 'getFields', serviceDesk: byId('1'), requestType: byId(first('Request types', 'id')) } },
			{
				name: 'New request type',
				parameters: { resource: 'requestType', operation: 'create', serviceDesk: byId('3'), name: `Lost key card ${data.token}`, issueTypeId: '10001', additionalFields: {} },
			},
			{
				name: 'Set form version',
				parameters: {
					resource: 'requestType',
					operation: 'setProperty',
					serviceDesk: byId('3'),
					requestType: byId(first('New request type', 'id')),
					propertyKey: 'form-version',
					propertyValue: '3',
				},
			},
		]);
		add('serviceDesk', serviceDeskSteps);
		add('site', [
			...siteInfoSteps,
			{ name: 'Myself', parameters: { resource: 'site', operation: 'customApiCall', method: 'GET', path: '/rest/api/3/myself' } },
		]);
		add('user', [
			{ name: 'Find Alex', parameters: { resource: 'user', operation: 'query', searchText: 'alex', returnAll: true } },
			{ name: 'Admin', parameters: { resource: 'user', operation: 'get', user: byId(ADMIN), expand: ['groups'] } },
			{ name: 'Admin groups', parameters: { resource: 'user', operation: 'getGroups', user: byId(ADMIN) } },
		]);
		badInput = chainWorkflow('JsmE2eResBadIn01', 'E2E bad input', admin, [
			{ name: 'Update nothing', parameters: { resource: 'issue', operation: 'update', issue: byId('ITS-1'), updateFields: {} } },
		]);
		add('workspace', [{ name: 'Workspaces', parameters: { resource: 'workspace', operation: 'query', returnAll: true } }]);
		const assets = sb.state.assets;
		const typeNamed = (name: string): any => [...assets.objectTypes.values()].find((type: any) => type.name === name);
		data.laptopType = typeNamed('Laptop');
		data.connectedObjectId = [...assets.tickets.keys()][0];
		const laptopType = { objectSchema: byId(data.laptopType.schemaId), objectType: byId(data.laptopType.id) };
		const mapped = (value: IDataObject) => ({ mappingMode: 'defineBelow', value, matchingColumns: [], schema: [] });
		add('assetsObject', [
			{ name: 'Agent laptop', parameters: { resource: 'assetsObject', operation: 'query', aql: `objectType = Laptop AND Owner = "${AGENT}"`, limit: 5 } },
			{ name: 'Laptop', parameters: { resource: 'assetsObject', operation: 'get', object: byId(first('Agent laptop', 'objectKey'), 'key') } },
			{
				name: 'New laptop',
				parameters: {
					resource: 'assetsObject',
					operation: 'create',
					...laptopType,
					attributes: mapped({ Name: `Loaner ${data.token}`, 'Serial Number': `SN-${data.token}`, 'RAM (GB)': 16, Lifecycle: 'In Stock', Location: 'ITAM-1' }),
				},
			},
			{
				name: 'Hand out',
				parameters: {
					resource: 'assetsObject',
					operation: 'update',
					object: byId(first('New laptop', 'objectKey'), 'key'),
					...laptopType,
					attributes: mapped({ Lifecycle: 'In Use', Owner: CUSTOMER }),
				},
			},
			{ name: 'Laptop history', parameters: { resource: 'assetsObject', operation: 'getHistory', object: byId(first('New laptop', 'id')) } },
			{ name: 'Connected requests', parameters: { resource: 'assetsObject', operation: 'getConnectedRequests', object: byId(data.connectedObjectId) } },
			{ name: 'Retire loaner', parameters: { resource: 'assetsObject', operation: 'delete', object: byId(first('New laptop', 'id')) } },
		]);
		add('assetsObjectSchema', [
			{ name: 'Schemas', parameters: { resource: 'assetsObjectSchema', operation: 'query', returnAll: true } },
			{ name: 'Schema', parameters: { resource: 'assetsObjectSchema', operation: 'get', objectSchema: byId(first('Schemas', 'id')) } },
		]);
		add('assetsObjectType', [
			{ name: 'Object types', parameters: { resource: 'assetsObjectType', operation: 'query', objectSchema: byId(data.laptopType.schemaId), returnAll: true } },
			{ name: 'Laptop attributes', parameters: { resource: 'assetsObjectType', operation: 'getAttributes', objectType: byId(data.laptopType.id) } },
		]);

		instance = await preparedInstance([admin], [...Object.values(workflows), badInput]);
		batch = await executeWorkflows(instance, [...Object.values(workflows), badInput].map((workflow) => workflow.id));
	});

	afterAll(async () => {
		await removeAll(undefined, sb, instance);
	});

	it('runs one workflow for every resource the node offers, every request valid against the OpenAPI files', () => {
		expect(Object.keys(workflows).sort()).toEqual(Object.keys(resources).sort());
		for (const resource of Object.keys(workflows)) runOf(resource);
		expect(sb.violations).toEqual([]);
	});

	it('fails a workflow with bad input with an error naming the item and the field', () => {
		const result = batch.results[badInput.id];
		expect(result.status).toBe('error');
		expect(result.error).toMatch(/^Item 0: nothing to update: add Summary, Description or Other Fields \(JSON\)/);
	});

	it('Application Role: lists products and reads one', () => {
		const run = runOf('applicationRole');
		expect(itemsOf(run, 'Products').map((item) => item.key)).toEqual(sb.state.applicationRoles.map((role: any) => role.key));
		expect(itemsOf(run, 'Service desk product')).toEqual([expect.objectContaining({ key: 'jira-servicedesk' })]);
	});

	it('Approval: lists, reads and approves', () => {
		const run = runOf('approval');
		expect(itemsOf(run, 'Approvals').map((item) => item.id)).toEqual(data.approval.approvals.map((a: any) => a.id));
		expect(itemsOf(run, 'Approval')).toEqual([expect.objectContaining({ id: data.approvalId, requestKey: data.approval.key })]);
		expect(itemsOf(run, 'Approve')).toEqual([expect.objectContaining({ finalDecision: 'approved' })]);
		expect(data.approval.approvals.find((a: any) => a.id === data.approvalId).finalDecision).toBe('approved');
	});

	it('Attachment: downloads a file into binary data, uploads it to another request, deletes the original', () => {
		const run = runOf('attachment');
		expect(itemsOf(run, 'Attachments').map((item) => String(item.id))).toEqual(data.sourceAttachmentIds);
		const [uploaded] = itemsOf(run, 'Upload')[0].attachments as IDataObject[];
		const copy = sb.state.attachments.get(String(uploaded.id));
		expect(data.attachmentTarget.attachmentIds).toContain(copy.id);
		expect(sb.state.attachments.has(String(data.attachmentId))).toBe(false);
		expect(itemsOf(run, 'Delete original')).toEqual([expect.objectContaining({ deleted: true })]);
		// The file went through n8n's binary data unchanged.
		expect(copy).toMatchObject({ filename: data.original.filename, mimeType: data.original.mimeType });
		expect(Buffer.compare(copy.content, data.original.content)).toBe(0);
	});

	it('Audit Record: reads the newest records up to the limit', () => {
		expect(itemsOf(runOf('auditRecord'), 'Audit log')).toHaveLength(5);
	});

	it('Comment: adds an internal note, edits, reads, lists and deletes it', () => {
		const run = runOf('comment');
		const [note] = itemsOf(run, 'Add note');
		expect(note).toMatchObject({ requestKey: data.comment.key, public: false });
		expect(itemsOf(run, 'Read note')).toEqual([expect.objectContaining({ id: note.id, body: `Checked\nall good (${data.token})`, public: false })]);
		expect(itemsOf(run, 'All comments').map((item) => item.id)).toContain(note.id);
		expect(itemsOf(run, 'Delete note')).toEqual([{ requestKey: data.comment.key, commentId: note.id, deleted: true }]);
		expect(issueByKey(data.comment.key).comments.some((c: any) => c.id === note.id)).toBe(false);
	});

	it('Customer: creates one, gives access to a service desk, finds them, invites another', () => {
		const run = runOf('customer');
		const created = userByEmail(`${data.token}@customer.example`);
		expect(created).toMatchObject({ displayName: 'Dana E2E', accountType: 'customer' });
		expect(sb.state.serviceDesks.get('3').customerIds.has(created.accountId)).toBe(true);
		expect(itemsOf(run, 'Find customer').map((item) => item.accountId)).toEqual([created.accountId]);
		const invited = userByEmail(`${data.token}.invited@customer.example`);
		expect(sb.state.serviceDesks.get('2').customerIds.has(invited.accountId)).toBe(true);
	});

	it('Group: lists groups, adds a member, lists members, removes a member', () => {
		const run = runOf('group');
		expect(itemsOf(run, 'Groups').map((item) => item.name)).toEqual(expect.arrayContaining(['hr-team', 'jira-software-users']));
		expect(groupNamed('hr-team').members.has(data.hrMember.accountId)).toBe(true);
		expect(itemsOf(run, 'HR members').map((item) => item.accountId)).toContain(data.hrMember.accountId);
		expect(groupNamed('jira-software-users').members.has(data.softwareMember)).toBe(false);
	});

	it('Issue: finds by JQL, reads, renames, reads its watchers and the changelog, deletes', () => {
		const run = runOf('issue');
		expect(itemsOf(run, 'Find issue').map((item) => item.key)).toEqual([data.issue.key]);
		expect(itemsOf(run, 'Get issue')).toEqual([expect.objectContaining({ key: data.issue.key })]);
		expect(itemsOf(run, 'Rename issue')).toEqual([{ issueKey: data.issue.key, updated: true, fields: ['summary'] }]);
		const watchers = itemsOf(run, 'Watchers');
		expect(watchers).toEqual([expect.objectContaining({ issueKey: data.issue.key, watchCount: data.issue.watcherIds.length })]);
		expect((watchers[0].watchers as Array<{ accountId: string }>).map((user) => user.accountId)).toEqual(data.issue.watcherIds);
		// The rename is the newest entry of the history the workflow read back.
		const history = itemsOf(run, 'History');
		expect(history[0]).toMatchObject({ issueKey: data.issue.key });
		expect(history.at(-1)?.items).toEqual([expect.objectContaining({ field: 'summary', toString: `Renamed (${data.token})` })]);
		expect(itemsOf(run, 'Delete issue')).toEqual([{ issueKey: data.issue.key, deleted: true }]);
		expect(issueByKey(data.issue.key)).toBeUndefined();
	});

	it('Knowledge Base: searches articles and views one as HTML', () => {
		const run = runOf('knowledgeBase');
		const [article] = itemsOf(run, 'Articles');
		expect(String(article.title).toLowerCase()).toContain('vpn');
		const stored = sb.state.articles.find((a: any) => String(a.pageId) === String((article.source as IDataObject).pageId));
		expect(itemsOf(run, 'Article')).toEqual([{ pageId: String(stored.pageId), html: stored.body }]);
	});

	it('Organization: creates one, stores a property, adds a member, links it to a service desk', () => {
		const run = runOf('organization');
		const id = String(itemsOf(run, 'New organization')[0].id);
		const org = sb.state.organizations.get(id);
		expect(org.name).toBe(`Initech ${data.token}`);
		expect(org.properties.get('sla-plan')).toEqual({ hours: 8 });
		expect(itemsOf(run, 'Read plan')).toEqual([expect.objectContaining({ key: 'sla-plan', value: { hours: 8 } })]);
		expect([...org.members]).toEqual([CUSTOMER]);
		expect(itemsOf(run, 'Members').map((item) => item.accountId)).toEqual([CUSTOMER]);
		expect(org.serviceDeskIds.has('2')).toBe(true);
		expect(itemsOf(run, 'Organization')).toEqual([expect.objectContaining({ id, name: `Initech ${data.token}` })]);
	});

	it('Participant: adds two people, lists them, removes one', () => {
		const run = runOf('participant');
		expect(itemsOf(run, 'Participants').map((item) => item.accountId)).toEqual([AGENT, CUSTOMER]);
		expect(data.participant.participants).toEqual([CUSTOMER]);
	});

	it('Queue: lists queues with counts, reads one, lists its requests', () => {
		const run = runOf('queue');
		const queues = itemsOf(run, 'Queues');
		expect(queues.map((item) => item.name)).toEqual(
			[...sb.state.queues.values()].filter((q: any) => q.serviceDeskId === '1').map((q: any) => q.name),
		);
		expect(typeof queues[0].issueCount).toBe('number');
		expect(itemsOf(run, 'Queue')).toEqual([expect.objectContaining({ id: queues[0].id })]);
		expect(itemsOf(run, 'Queue requests')).toHaveLength(5);
	});

	it('Request: gets by URL, updates, transitions with a comment, reads its history and SLAs', () => {
		const run = runOf('request');
		expect(itemsOf(run, 'Get request')).toEqual([expect.objectContaining({ key: data.request.key })]);
		const stored = issueByKey(data.request.key);
		expect(stored).toMatchObject({ summary: `Laptop will not boot (${data.token})`, labels: ['vip', 'hardware'] });
		expect(itemsOf(run, 'Transitions').map((item) => item.name)).toContain('Start progress');
		expect(sb.state.statuses.get(stored.statusId).name).toBe('In progress');
		expect(stored.comments.at(-1)).toMatchObject({ body: 'On it', public: true });
		expect(itemsOf(run, 'Status history').map((item) => item.status)).toEqual(
			stored.statusHistory.map((entry: { statusId: string }) => sb.state.statuses.get(entry.statusId).name),
		);
		expect(itemsOf(run, 'SLAs').map((item) => item.name)).toEqual(['Time to first response', 'Time to resolution']);
	});

	it('Request Type: lists, reads, reads fields, creates one and stores a property on it', () => {
		const run = runOf('requestType');
		const types = itemsOf(run, 'Request types');
		expect(types.map((item) => item.id)).toEqual(
			[...sb.state.requestTypes.values()].filter((rt: any) => rt.serviceDeskId === '1').map((rt: any) => rt.id),
		);
		expect(itemsOf(run, 'Request type')).toEqual([expect.objectContaining({ id: types[0].id })]);
		expect(itemsOf(run, 'Fields').map((item) => item.fieldId)).toContain('summary');
		const id = String(itemsOf(run, 'New request type')[0].id);
		expect(sb.state.requestTypes.get(id)).toMatchObject({ serviceDeskId: '3', name: `Lost key card ${data.token}`, issueTypeId: '10001' });
		expect(sb.state.requestTypes.get(id).properties.get('form-version')).toBe(3);
	});

	it('Service Desk: lists and reads one', () => {
		const run = runOf('serviceDesk');
		expect(itemsOf(run, 'Service desks').map((item) => item.projectKey)).toEqual(['ITS', 'HR', 'FAC']);
		expect(itemsOf(run, 'HR desk')).toEqual([expect.objectContaining({ id: '2', projectKey: 'HR' })]);
	});

	it('Site: reads its info, checks permissions, makes a custom call', () => {
		const run = runOf('site');
		expect(itemsOf(run, 'Info')).toEqual([expect.objectContaining({ isLicensedForUse: true })]);
		expect(itemsOf(run, 'Permissions')).toEqual([{ ADMINISTER: true, BROWSE_PROJECTS: true }]);
		expect(itemsOf(run, 'Myself')).toEqual([expect.objectContaining({ accountId: ADMIN })]);
	});

	it('User: searches, reads one with groups, lists their groups', () => {
		const run = runOf('user');
		expect(itemsOf(run, 'Find Alex').map((item) => item.accountId)).toContain(ADMIN);
		expect(itemsOf(run, 'Admin')).toEqual([expect.objectContaining({ accountId: ADMIN })]);
		const groups = [...sb.state.groups.values()].filter((group: any) => group.members.has(ADMIN)).map((group: any) => group.name);
		expect(itemsOf(run, 'Admin groups').map((item) => item.name).sort()).toEqual(groups.sort());
	});

	it('Assets Object: finds a laptop by AQL, reads it by key, creates, hands out and retires a loaner; history and connected requests', () => {
		const run = runOf('assetsObject');
		const [laptop] = itemsOf(run, 'Agent laptop');
		expect(laptop).toMatchObject({ objectType: 'Laptop', Owner: AGENT, Lifecycle: 'In Use' });
		expect(itemsOf(run, 'Laptop')).toEqual([laptop]);
		const [created] = itemsOf(run, 'New laptop');
		expect(created).toMatchObject({ objectKey: `ITAM-${created.id}`, label: `Loaner ${data.token}` });
		expect(itemsOf(run, 'Hand out')).toEqual([expect.objectContaining({ Lifecycle: 'In Use', Owner: CUSTOMER, 'Serial Number': `SN-${data.token}` })]);
		expect(itemsOf(run, 'Laptop history').map((entry) => entry.affectedAttribute)).toEqual(expect.arrayContaining(['Lifecycle', 'Owner']));
		const connected = [...sb.state.assets.tickets.get(data.connectedObjectId)].map((id: any) => sb.state.issues.get(id)).filter(Boolean).map((issue: any) => issue.key);
		expect(itemsOf(run, 'Connected requests').map((ticket) => ticket.key)).toEqual(connected);
		expect(itemsOf(run, 'Retire loaner')).toEqual([{ id: created.id, deleted: true }]);
		expect(sb.state.assets.objects.has(String(created.id))).toBe(false);
	});

	it('Assets Object Schema and Object Type: lists schemas, reads one, lists types and their attributes', () => {
		expect(itemsOf(runOf('assetsObjectSchema'), 'Schemas').map((schema) => schema.objectSchemaKey)).toEqual(['ITAM', 'HR']);
		expect(itemsOf(runOf('assetsObjectSchema'), 'Schema')).toEqual([expect.objectContaining({ name: 'IT Assets' })]);
		expect(itemsOf(runOf('assetsObjectType'), 'Object types').map((type) => type.name)).toEqual(['Location', 'Laptop']);
		expect(itemsOf(runOf('assetsObjectType'), 'Laptop attributes').map((attribute) => attribute.name)).toContain('Owner');
	});

	it('Form: attaches a template, answers and submits it, reads the answers by label, shows it to the customer, reopens it', () => {
		const run = runOf('form');
		const [attached] = itemsOf(run, 'Attach form');
		expect(attached).toMatchObject({ design: { settings: { name: 'Laptop request' } }, state: { status: 'o', visibility: 'i' } });
		expect(itemsOf(run, 'Answer and submit')).toEqual([expect.objectContaining({ state: expect.objectContaining({ status: 's' }) })]);
		expect(itemsOf(run, 'Answers')).toEqual([
			{ request: data.form.key, formId: attached.id, answers: { 'Laptop model': 'MacBook Pro', 'Operating system': 'Windows', 'Needed by': '2027-01-04' } },
		]);
		expect(itemsOf(run, 'Show to customer')).toEqual([{ formId: attached.id, status: 's', visibility: 'e' }]);
		expect(itemsOf(run, 'Forms')).toEqual([expect.objectContaining({ id: attached.id, name: 'Laptop request', submitted: false, internal: false })]);
		const [stored] = formsState(sb.state).byIssue.get(data.form.id);
		expect(stored).toMatchObject({ status: 'o', visibility: 'e', answers: { 1: { text: 'MacBook Pro' }, 2: { choices: ['2'] } } });
	});

	it('Alert (Operations): creates, acknowledges, unacknowledges, snoozes, notes, closes, reads and finds an alert', () => {
		const run = runOf('alert');
		const [created] = itemsOf(run, 'Create alert');
		expect(created).toMatchObject({ message: 'E2E: printer on fire', priority: 'P2', alias: data.alertAlias, requestStatus: 'Created alert' });
		expect(itemsOf(run, 'Acknowledge alert')).toEqual([expect.objectContaining({ processed: true, isSuccess: true, action: 'Acknowledge' })]);
		expect(itemsOf(run, 'Unacknowledge alert')).toEqual([expect.objectContaining({ processed: true, isSuccess: true, action: 'UnAcknowledge' })]);
		expect(itemsOf(run, 'Snooze alert')).toEqual([expect.objectContaining({ processed: true, isSuccess: true, action: 'Snooze' })]);
		expect(itemsOf(run, 'Close alert')).toEqual([expect.objectContaining({ processed: true, isSuccess: true, action: 'Close' })]);
		expect(itemsOf(run, 'Closed alert')).toEqual([expect.objectContaining({ id: created.id, status: 'closed', acknowledged: false, snoozed: true })]);
		expect(itemsOf(run, 'Find alert').map((item) => item.id)).toEqual([created.id]);
		const stored = sb.state.ops.alerts.get(created.id);
		expect(stored).toMatchObject({ status: 'closed', tags: ['e2e', 'printer'], responders: [{ type: 'team', id: data.opsTeamId }] });
		expect(stored.notes.map((note: any) => note.note)).toEqual(['Fire brigade called']);
		expect(stored.snoozedUntil).toBe(Date.parse(data.snoozeUntil));
	});

	it('On-Call (Operations): who is on call now for a schedule', () => {
		const [answer] = itemsOf(runOf('onCall'), 'On call now');
		const rotation = data.primarySchedule.rotations[0];
		const turn = Math.floor((sb.now() - Date.parse(rotation.startDate)) / (7 * 86_400_000)) % rotation.participants.length;
		expect(answer).toEqual({ scheduleId: data.primarySchedule.id, onCallUsers: [rotation.participants[turn].id] });
	});

	it('Schedule (Operations): lists the schedules', () => {
		expect(itemsOf(runOf('schedule'), 'Schedules').map((item) => item.id)).toEqual([...sb.state.ops.schedules.keys()]);
	});

	it('Team (Operations): lists the teams', () => {
		expect(itemsOf(runOf('team'), 'Teams').map((item) => item.teamName)).toEqual(['IT Operations', 'Facilities', 'HR Systems']);
	});

	it('Heartbeat (Operations): pings a heartbeat, which the site records', () => {
		expect(itemsOf(runOf('heartbeat'), 'Ping')).toEqual([expect.objectContaining({ message: 'PONG - Heartbeat received', pinged: true })]);
		expect(sb.state.ops.heartbeats.get(`${data.opsTeamId}|Nightly backup`).lastPingAt).toEqual(expect.any(Number));
	});

	it('Workspace (Assets): lists the workspace IDs', () => {
		expect(itemsOf(runOf('workspace'), 'Workspaces')).toEqual([{ workspaceId: sb.state.assetsWorkspaceId }]);
	});
});
