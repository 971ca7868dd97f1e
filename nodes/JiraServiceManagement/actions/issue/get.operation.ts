import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { issueLocator, requestKeyParameter, simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { issueExpandOf, issueExpandOption, issueFieldsOf, issueFieldsOption } from './fields';
import { simplifyIssue } from './simplify';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one Jira issue by key, ID or URL, with the fields you choose',
	action: 'Get an issue',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/issue/{issueIdOrKey}'];

const properties: INodeProperties[] = [issueLocator, issueFieldsOption, simplifyOption, issueExpandOption(true)];

export const description = showFor('issue', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex, 'issue', 'issue');
	const fields = issueFieldsOf(this, itemIndex);
	const simplify = simplifyParameter(this, itemIndex);
	const expand = issueExpandOf(this, itemIndex, simplify);
	const qs: IDataObject = {};
	if (fields.length) qs.fields = fields;
	if (expand) qs.expand = expand;
	const issue = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/api/3/issue/${key}`,
		qs,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray(simplify ? simplifyIssue(issue) : issue);
}
