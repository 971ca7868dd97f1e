// Forms on requests (the Forms REST API, modelled from developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/
// and .../api-group-forms-on-project/; contract scripts/models/forms-cloud.json) through n8n-core's real execution:
// every operation, the sandbox's form state after each change, item errors for bad input and refusals.
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { loadOptionsContext } from '../helpers/load-options';
import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';
import { runNode } from '../helpers/run-node';
import { adminCredentials, oauth2Credentials, oauth2Tokens } from '../helpers/sandbox';
import { listSearch } from '../../nodes/JiraServiceManagement/methods';

const sb = sandboxForFile({ requestCount: 40 }, { serverErrors: true });

const form = resourceRunner(sb, 'form');
const run = (parameters: IDataObject, credentials: Record<string, ICredentialDataDecryptedObject> = adminCredentials(sb), continueOnFail = false) =>
	form(parameters, { credentials, continueOnFail });
const customer = () => adminCredentials(sb, { email: 'customer@sandbox.test', apiToken: 'sandbox-customer-token' });

const requests = (): any[] => [...sb.state.issues.values()].filter((issue: any) => issue.serviceDeskId);
const formsOn = (issue: any): any[] => sb.state.forms?.byIssue.get(issue.id) ?? [];
const templatesOf = (issue: any): any[] => sb.state.forms.templates.get(issue.projectId);

/** Attaches the project's template `name` to the request through the node and returns the new form's id. */
async function attach(issue: any, name: string): Promise<string> {
	const search = await listSearch.searchFormTemplates.call(
		loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi, { resource: 'form', operation: 'attach', request: locator(issue.key) }),
	);
	const template = search.results.find((result) => result.name === name)!;
	const result = await run({ operation: 'attach', request: locator(issue.key), formTemplate: { __rl: true, mode: 'list', value: template.value } });
	return result.items[0].json.id as string;
}

test('Attach picks a template from the project list; Get Many lists the new form as internal and open', async () => {
	const issue = requests()[0];
	const search = await listSearch.searchFormTemplates.call(
		loadOptionsContext(adminCredentials(sb).jiraServiceManagementApi, { resource: 'form', operation: 'attach', request: locator(issue.key) }),
		'laptop',
	);
	expect(search.results.map((result) => result.name)).toEqual(['Laptop request']);

	const formId = await attach(issue, 'Laptop request');
	const stored = formsOn(issue).find((form) => form.id === formId);
	expect(stored).toMatchObject({ templateId: search.results[0].value, visibility: 'i', status: 'o', answers: {} });

	const many = await run({ operation: 'getMany', request: locator(issue.key) });
	expect(many.items.map((item) => item.json)).toEqual([
		expect.objectContaining({ id: formId, name: 'Laptop request', internal: true, submitted: false, lock: false, formTemplate: { id: search.results[0].value } }),
	]);
});

test('Save Answers stores answers by question ID; Get Answers simplifies them to label → answer, or returns the raw form', async () => {
	const issue = requests()[1];
	const formId = await attach(issue, 'Laptop request');
	const saved = await run({
		operation: 'saveAnswers',
		request: locator(issue.key),
		formId,
		answers: JSON.stringify({ 1: 'MacBook Pro', 2: { choices: ['3'] }, 3: { date: '2026-12-24' } }),
	});
	expect(saved.items[0].json.state).toMatchObject({ status: 'o' });
	expect(formsOn(issue)[0].answers).toEqual({ 1: { text: 'MacBook Pro' }, 2: { choices: ['3'] }, 3: { date: '2026-12-24' } });

	const simple = await run({ operation: 'getAnswers', request: locator(issue.key), formId });
	expect(simple.items[0].json).toEqual({
		request: issue.key,
		formId,
		answers: { 'Laptop model': 'MacBook Pro', 'Operating system': 'Linux', 'Needed by': '2026-12-24' },
	});
	const raw = await run({ operation: 'getAnswers', request: locator(issue.key), formId, simplify: false });
	expect(raw.items[0].json).toMatchObject({ id: formId, state: { answers: { 2: { choices: ['3'] } } }, design: { settings: { name: 'Laptop request' } } });
});

test('Submit needs the required answers; Reopen opens it again; Save Answers with Submit does both', async () => {
	const issue = requests()[2];
	const formId = await attach(issue, 'Laptop request');
	const incomplete = await run({ operation: 'submit', request: locator(issue.key), formId }, adminCredentials(sb), true);
	expect(incomplete.items[0].json.error).toMatch(/Laptop model/);
	expect(formsOn(issue)[0].status).toBe('o');

	const both = await run({ operation: 'saveAnswers', request: locator(issue.key), formId, answers: '{"1": {"text": "ThinkPad"}}', submit: true });
	expect(both.items[0].json.state).toMatchObject({ status: 's', answers: { 1: { text: 'ThinkPad' } } });
	expect(formsOn(issue)[0].status).toBe('s');

	const reopened = await run({ operation: 'reopen', request: locator(issue.key), formId });
	expect(reopened.items[0].json).toEqual({ formId, status: 'o', visibility: 'i' });
	expect(formsOn(issue)[0].status).toBe('o');

	const submitted = await run({ operation: 'submit', request: locator(issue.key), formId });
	expect(submitted.items[0].json).toEqual({ formId, status: 's', visibility: 'i' });
	// A submitted form takes no answers until reopened (the item fails, the answers stay).
	const late = await run({ operation: 'saveAnswers', request: locator(issue.key), formId, answers: '{"1": "Other"}' }, adminCredentials(sb), true);
	expect(late.items[0].json.error).toBeDefined();
	expect(formsOn(issue)[0].answers[1]).toEqual({ text: 'ThinkPad' });
});

test('a form that locks on submit is reopened by administrators only', async () => {
	const issue = requests()[3];
	const formId = await attach(issue, 'Access request');
	await run({ operation: 'saveAnswers', request: locator(issue.key), formId, answers: '{"1": "VPN", "2": {"choices": ["1", "2"]}}', submit: true });
	expect(formsOn(issue)[0].status).toBe('l');
	const simple = await run({ operation: 'getAnswers', request: locator(issue.key), formId });
	expect(simple.items[0].json.answers).toEqual({ System: 'VPN', 'Access level': 'Read, Write' });
	const byAgent = await run(
		{ operation: 'reopen', request: locator(issue.key), formId },
		adminCredentials(sb, { email: 'agent@sandbox.test', apiToken: 'sandbox-agent-token' }),
		true,
	);
	expect(byAgent.items[0].json.error).toBeDefined();
	expect(formsOn(issue)[0].status).toBe('l');
	await run({ operation: 'reopen', request: locator(issue.key), formId });
	expect(formsOn(issue)[0].status).toBe('o');
});

test('Change Visibility makes a form external and internal again', async () => {
	const issue = requests()[4];
	const formId = await attach(issue, 'Laptop request');
	const external = await run({ operation: 'changeVisibility', request: locator(issue.key), formId, visibility: 'external' });
	expect(external.items[0].json).toEqual({ formId, status: 'o', visibility: 'e' });
	expect(formsOn(issue)[0].visibility).toBe('e');
	await run({ operation: 'changeVisibility', request: locator(issue.key), formId, visibility: 'internal' });
	expect(formsOn(issue)[0].visibility).toBe('i');
});

test('Request → Create sends form answers with the create; the request has its form answered and submitted', async () => {
	const rt: any = [...sb.state.requestTypes.values()].find((type: any) => type.name === 'Request new hardware');
	const result = await runNode({
		parameters: {
			resource: 'request',
			operation: 'create',
			serviceDesk: locator(rt.serviceDeskId),
			requestType: locator(rt.id),
			requestFieldValues: { mappingMode: 'defineBelow', value: { summary: 'New laptop for Ana' }, matchingColumns: [], schema: [] },
			options: { formAnswers: '{"1": "MacBook Air", "3": {"date": "2027-01-10"}}' },
		},
		credentials: adminCredentials(sb),
	});
	expect(result.error).toBeUndefined();
	const created = sb.requests.find((request: any) => request.method === 'POST' && request.path === '/rest/servicedeskapi/request' && request.status === 201) as any;
	expect(created).toBeDefined();
	const issue = requests().find((candidate) => candidate.key === result.items[0].json.key);
	expect(formsOn(issue)).toEqual([expect.objectContaining({ status: 's', visibility: 'e', answers: { 1: { text: 'MacBook Air' }, 3: { date: '2027-01-10' } } })]);
	const many = await run({ operation: 'getMany', request: locator(issue.key) });
	expect(many.items[0].json).toMatchObject({ name: 'Laptop request', submitted: true, internal: false });
});

test('bad input fails the item before any request: request key, form ID, answers', async () => {
	const issue = requests()[5];
	const before = sb.requests.length;
	// An expression: the editor's own check of the By ID field would stop the workflow before the node runs.
	const badKey = await run({ operation: 'getMany', request: '={{ "ITS-1/../x" }}' }, adminCredentials(sb), true);
	expect(badKey.items[0].json.error).toMatch(/^Item 0: the request "ITS-1\/\.\.\/x" is not a request key or id/);
	const badForm = await run({ operation: 'submit', request: locator(issue.key), formId: '../../project/ITS/form' }, adminCredentials(sb), true);
	expect(badForm.items[0].json.error).toMatch(/^Item 0: the form ID ".*" is not a form ID \(a UUID\)/);
	const formId = '6f1c0d0e-1111-4222-8333-944445555666';
	const notJson = await run({ operation: 'saveAnswers', request: locator(issue.key), formId, answers: '{oops' }, adminCredentials(sb), true);
	expect(notJson.items[0].json.error).toMatch(/^Item 0: Answers is not valid JSON/);
	const badQuestion = await run({ operation: 'saveAnswers', request: locator(issue.key), formId, answers: '{"Laptop": "x"}' }, adminCredentials(sb), true);
	expect(badQuestion.items[0].json.error).toMatch(/^Item 0: Answers: "Laptop" is not a question ID/);
	const badKind = await run({ operation: 'saveAnswers', request: locator(issue.key), formId, answers: '{"2": {"choices": "1"}}' }, adminCredentials(sb), true);
	expect(badKind.items[0].json.error).toMatch(/^Item 0: Answers: question 2: "choices" must be a list/);
	expect(sb.requests.length).toBe(before);
});

test("Jira's refusals are item errors: unknown form, unknown template, answers the form lacks, customers", async () => {
	const issue = requests()[6];
	const missing = await run({ operation: 'getAnswers', request: locator(issue.key), formId: '6f1c0d0e-1111-4222-8333-944445555666' }, adminCredentials(sb), true);
	expect(missing.items[0].json.error).toBeDefined();
	expect(JSON.stringify(missing.items[0].json)).toMatch(/FORM_NOT_FOUND|Form Not Found|not found/i);

	const template = await run(
		{ operation: 'attach', request: locator(issue.key), formTemplate: { __rl: true, mode: 'id', value: '6f1c0d0e-1111-4222-8333-944445555666' } },
		adminCredentials(sb),
		true,
	);
	expect(template.items[0].json.error).toBeDefined();
	expect(formsOn(issue)).toEqual([]);

	const formId = await attach(issue, 'Laptop request');
	const unknownQuestion = await run({ operation: 'saveAnswers', request: locator(issue.key), formId, answers: '{"9": "x"}' }, adminCredentials(sb), true);
	expect(unknownQuestion.items[0].json.error).toBeDefined();
	expect(formsOn(issue)[0].answers).toEqual({});

	const byCustomer = await run({ operation: 'getMany', request: locator(issue.key) }, customer(), true);
	expect(byCustomer.items[0].json.error).toBeDefined();
	expect(templatesOf(issue)).toHaveLength(2);
});

test('every input item gives one output item, with pairing, also when some fail', async () => {
	const [first, second] = requests().slice(7, 9);
	const formId = await attach(first, 'Laptop request');
	const result = await runNode({
		parameters: { resource: 'form', operation: 'changeVisibility', request: '={{ $json.key }}', formId: '={{ $json.formId }}', visibility: 'external' },
		credentials: adminCredentials(sb),
		input: [{ key: first.key, formId }, { key: second.key, formId }],
		continueOnFail: true,
	});
	expect(result.items).toHaveLength(2);
	expect(result.items[0].json).toEqual({ formId, status: 'o', visibility: 'e' });
	expect(result.items[1].json.error).toBeDefined();
	expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
});

test('OAuth2 reaches the Forms API at api.atlassian.com/jira/forms/cloud/{cloudId} with a Bearer token (the intro page\'s 3LO URI)', async () => {
	const oauthTokenData = await oauth2Tokens(sb);
	const issue = requests()[9];
	const formId = await attach(issue, 'Laptop request');
	const before = sb.requests.length;
	const result = await runNode({
		parameters: { authentication: 'oAuth2', resource: 'form', operation: 'getMany', request: locator(issue.key) },
		credentials: oauth2Credentials(sb, oauthTokenData, sb.state.cloudId),
	});
	expect(result.items.map((item) => item.json.id)).toEqual([formId]);
	const sent = sb.requests.slice(before).filter((request: any) => request.path.includes('/form'));
	expect(sent.map((request: any) => [request.path, request.status])).toEqual([[`/jira/forms/cloud/${sb.state.cloudId}/issue/${issue.key}/form`, 200]]);
});
