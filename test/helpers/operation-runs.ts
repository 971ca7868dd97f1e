// Runs one operation of the action node with valid parameters against a sandbox: the control run that the
// answer-shape tests (test/node/response-shapes.test.ts, response-examples.test.ts) then rewrite the answers of.
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { catalogue, type CatalogueEntry } from './catalogue';
import { runNode } from './run-node';
import { adminCredentials, startSandbox, type Sandbox } from './sandbox';
import { locator, seededControls } from './seeded-controls';
import { resources } from '../../nodes/JiraServiceManagement/actions/resources';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addForm, formsState } = require('../sandbox/routes/forms');

// The custom API call hands back whatever Jira answers, by design. Refresh App Webhooks works with an OAuth2
// credential only (these runs use the API token one); its answers go through the same transport check.
export const sweptOperations = catalogue.filter(
	(entry) => entry.resource !== 'site' || (entry.operation !== 'customApiCall' && entry.operation !== 'refreshAppWebhooks'),
);

/** How the editor names the operation: `User → Get Groups`. */
export function labelOf(entry: CatalogueEntry): string {
	const resource = entry.resource.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());
	const description = (resources as Record<string, { description: INodeProperties[] }>)[entry.resource].description;
	const options = description.find((property) => property.name === 'operation')?.options as Array<{ name: string; value: string }>;
	return `${resource} → ${options.find((option) => option.value === entry.operation)!.name}`;
}

const file = (text: string) => ({ data: Buffer.from(text).toString('base64'), fileName: 'note.txt', mimeType: 'text/plain' });
/** `run(entry)` runs the operation on one item, continuing on fail; reset the sandbox before each run. */
export function operationRuns(sb: Sandbox) {
	const laptopType = (): any => [...sb.state.assets.objectTypes.values()].find((type: any) => type.name === 'Laptop');
	const controls: Record<string, unknown> = {
		...seededControls(sb, 'Shapes test'),
		query: 'vpn',
		'request.create.requestFieldValues': { mappingMode: 'defineBelow', value: { summary: 'Shapes test' }, matchingColumns: [], schema: [] },
		alert: locator('id', [...sb.state.ops.alerts.values()].find((alert: any) => alert.status === 'open').id),
		// Assets: the IT Assets schema, its Laptop type and one laptop.
		objectSchema: locator('id', laptopType().schemaId),
		objectType: locator('id', laptopType().id),
		object: locator('id', [...sb.state.assets.objects.values()].find((object: any) => object.objectTypeId === laptopType().id).id),
		aql: 'objectType = Laptop',
		// By key, so the AQL lookup it declares is sent too.
		'assetsObject.delete.object': locator('key', `ITAM-${[...sb.state.assets.objects.values()].find((object: any) => object.objectTypeId === laptopType().id).id}`),
		'assetsObject.create.attributes': { mappingMode: 'defineBelow', value: { Name: 'Shapes laptop', Lifecycle: 'In Stock' } },
		'assetsObject.update.attributes': { mappingMode: 'defineBelow', value: { Name: 'Shapes laptop' } },
		'form.saveAnswers.answers': '{"1": "Shapes laptop"}',
	};
	const ADMIN = '5b10a2844c20165700ede21g';
	const requestIssue = (): any => sb.state.issues.get(sb.state.issueKeys.get((controls.request as { value: string }).value));
	const formTemplates = (): any[] => formsState(sb.state).templates.get(requestIssue().projectId);
	const issues = (): any[] => [...sb.state.issues.values()];

	/** Valid values that depend on the (freshly reset) sandbox's state, so the control run succeeds. */
	function prepare(entry: CatalogueEntry): Record<string, unknown> {
		const name = `${entry.resource}.${entry.operation}`;
		const feedbackRequest = () => issues().find((issue) => issue.serviceDeskId && issue.reporterId === ADMIN);
		switch (name) {
			case 'approval.answer': {
				const issue = issues().find((candidate) =>
					candidate.approvals.some((a: any) => a.finalDecision === 'pending' && a.approvers.some((p: any) => p.accountId === ADMIN)),
				);
				const approval = issue.approvals.find((a: any) => a.finalDecision === 'pending');
				return { request: locator('id', issue.key), approvalId: approval.id };
			}
			case 'attachment.download': {
				const issue = issues().find((candidate) => candidate.serviceDeskId && candidate.attachmentIds.length > 0);
				return { request: locator('id', issue.key), attachmentId: issue.attachmentIds[0] };
			}
			case 'group.addUser': {
				const hr: any = [...sb.state.groups.values()].find((group: any) => group.name === 'hr-team');
				const user: any = [...sb.state.users.values()].find(
					(candidate: any) => String(candidate.emailAddress).endsWith('@dev.sandbox.test') && !hr.members.has(candidate.accountId),
				);
				return { group: locator('name', 'hr-team'), user: locator('id', user.accountId) };
			}
			case 'issue.update':
			case 'request.update':
				return { updateFields: { summary: 'Shapes test' } };
			case 'organization.getProperty':
			case 'organization.deleteProperty':
				sb.state.organizations.get('1').properties.set('tier', { level: 'gold' });
				return {};
			case 'requestType.getProperty':
			case 'requestType.deleteProperty':
				sb.state.requestTypes.get((controls.requestType as { value: string }).value).properties.set('tier', { level: 'gold' });
				return {};
			case 'request.postFeedback':
				return { request: locator('id', feedbackRequest().key), rating: 4 };
			case 'request.getFeedback':
			case 'request.deleteFeedback': {
				const issue = feedbackRequest();
				issue.feedback = { type: 'csat', rating: 4, comment: { body: 'Fine' } };
				return { request: locator('id', issue.key) };
			}
			case 'request.transition': {
				const waiting = [...sb.state.statuses.values()].find((status: any) => status.name === 'Waiting for support') as { id: string };
				const issue = issues().find((candidate) => candidate.serviceDeskId === '1' && candidate.statusId === waiting.id);
				return { request: locator('id', issue.key), transitionBy: 'idOrName', transitionIdOrName: 'start PROGRESS' };
			}
			case 'requestType.create':
				return { serviceDesk: locator('id', '3'), issueTypeId: '10001' };
			case 'form.attach':
				return { formTemplate: locator('id', formTemplates()[0].id) };
			case 'form.getMany':
				return {};
			default:
				// Every other Form operation works on a form already on the request (the Laptop request template, answered).
				if (entry.resource === 'form') return { formId: addForm(sb.state, requestIssue(), formTemplates()[0], Date.now(), { 1: { text: 'Shapes laptop' } }).id };
				return {};
		}
	}
	/** The operation's parameters with valid values (operation-specific first, then by name, else the default). */
	function parametersFor(entry: CatalogueEntry): IDataObject {
		const seen = new Set<string>();
		const parameters: IDataObject = { resource: entry.resource, operation: entry.operation };
		const prepared = prepare(entry);
		for (const property of entry.module.description as INodeProperties[]) {
			if (seen.has(property.name)) continue;
			seen.add(property.name);
			parameters[property.name] = (prepared[property.name] ??
				controls[`${entry.resource}.${entry.operation}.${property.name}`] ??
				controls[property.name] ??
				property.default) as IDataObject[string];
		}
		return parameters;
	}

	const run = (entry: CatalogueEntry) =>
		runNode({
			parameters: parametersFor(entry),
			credentials: adminCredentials(sb),
			binary: entry.resource === 'attachment' && entry.operation === 'create' ? [{ data: file('hello') }] : undefined,
			continueOnFail: true,
		});

	return { parametersFor, run };
}

/**
 * For an answer-shape test file: one sandbox for the file and `run(entry, wrongShape)`, the operation's run on the
 * freshly reset sandbox with its answers rewritten as `wrongShape` says (none for the control run); each test's
 * rewrite is undone after it.
 */
export function answerSweep() {
	let sb: Sandbox;
	let runs: ReturnType<typeof operationRuns>;
	beforeAll(async () => {
		sb = await startSandbox({ requestCount: 60 });
		runs = operationRuns(sb);
	});
	afterAll(async () => sb?.close());
	afterEach(() => sb.configure({ faults: { wrongShape: null } }));
	return {
		sandbox: () => sb,
		run: async (entry: CatalogueEntry, wrongShape?: IDataObject) => {
			sb.reset();
			if (wrongShape) sb.configure({ faults: { wrongShape } });
			return await runs.run(entry);
		},
	};
}

/** The API operations a run of `entry` sends every time: Assets operations read the workspace id once per credential and process, and keep it. */
export const sentEveryRun = (entry: CatalogueEntry): string[] =>
	entry.module.api.filter((key) => !(entry.resource.startsWith('assets') && key === 'GET /rest/servicedeskapi/assets/workspace'));
