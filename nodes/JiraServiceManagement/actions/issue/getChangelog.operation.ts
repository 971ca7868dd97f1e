import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { issueLocator, limitOf, requestKeyParameter, returnAllOrLimit } from '../../helpers/parameters';
import { paginateStartAt } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get Changelog',
	value: 'getChangelog',
	description: 'List the change history of an issue: who changed which field from what to what, and when',
	action: 'Get the changelog of an issue',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/issue/{issueIdOrKey}/changelog'];

/** The changelog endpoint serves at most 100 entries a page. */
const PAGE_SIZE = 100;

const properties: INodeProperties[] = [issueLocator, ...returnAllOrLimit()];

export const description = showFor('issue', 'getChangelog')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex, 'issue', 'issue');
	const entries = await paginateStartAt.call(
		this,
		{ method: 'GET', path: `/rest/api/3/issue/${key}/changelog`, itemIndex },
		'values',
		{ limit: limitOf(this, itemIndex), pageSize: PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(entries.map((entry) => ({ issueKey: key, ...entry })));
}
