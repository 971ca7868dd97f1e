import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, returnAllOrLimit, simplifyOption } from '../../helpers/parameters';
import { paginateToken } from '../../transport';
import { issueExpandOf, issueExpandOption, issueFieldsOf, issueFieldsOption } from './fields';
import { simplifyIssue } from './simplify';

export const kind: OperationKind = 'Query';

export const api = ['POST /rest/api/3/search/jql'];

/** Jira serves up to 5000 issues a page when only IDs or keys are asked for, 100 with other fields. */
const ID_ONLY_PAGE_SIZE = 5000;
const PAGE_SIZE = 100;

const properties: INodeProperties[] = [
	{
		displayName: 'JQL',
		name: 'jql',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'issuetype = Incident AND resolved >= -30d ORDER BY resolved DESC',
		description:
			'The JQL query that selects the issues, e.g. project = ITS AND issuetype = Incident AND created >= -30d. Jira needs at least one condition; an ORDER BY alone is refused.',
	},
	...returnAllOrLimit(),
	issueFieldsOption,
	simplifyOption,
	issueExpandOption(false),
];

export const description = showFor('issue', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const jql = String(this.getNodeParameter('jql', itemIndex, '') ?? '').trim();
	if (!jql) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: the JQL query is empty`, {
			itemIndex,
			description: 'Enter a JQL query such as project = ITS AND issuetype = Incident',
		});
	}
	const fields = issueFieldsOf(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const expand = issueExpandOf(this, itemIndex, simplify);
	const body: IDataObject = { jql };
	if (fields.length) body.fields = fields;
	if (expand) body.expand = expand;
	const idOnly = fields.every((field) => field === 'id' || field === 'key');
	const issues = await paginateToken.call(
		this,
		{ method: 'POST', path: '/rest/api/3/search/jql', body, itemIndex },
		'issues',
		// Simplified page by page, so the raw pages are not all held until the last one.
		{
			limit: limitOf(this, itemIndex),
			pageSize: idOnly ? ID_ONLY_PAGE_SIZE : PAGE_SIZE,
			map: simplify ? (issue) => simplifyIssue(issue) : undefined,
		},
	);
	return this.helpers.returnJsonArray(issues);
}
