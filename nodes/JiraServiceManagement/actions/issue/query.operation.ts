import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, returnAllOrLimit, simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { searchIssuesByJql } from '../../../shared/transport';
import { issueExpandOf, issueExpandOption, issueFieldsOf, issueFieldsOption } from './fields';
import { simplifyIssue } from './simplify';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'Find Jira issues with JQL, e.g. resolved incidents for MTTR or change failure reports',
	action: 'Query issues with JQL',
};

export const kind: OperationKind = 'Query';

export const api = ['POST /rest/api/3/search/jql', 'POST /rest/api/3/issue/bulkfetch'];

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
	const simplify = simplifyParameter(this, itemIndex);
	const expand = issueExpandOf(this, itemIndex, simplify);
	const issues = await searchIssuesByJql.call(this, {
		jql,
		fields,
		expand,
		limit: limitOf(this, itemIndex),
		itemIndex,
		// Simplified batch by batch, so the raw answers are not all held until the last one.
		map: simplify ? (issue) => simplifyIssue(issue) : undefined,
	});
	return this.helpers.returnJsonArray(issues);
}
