import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the Assets (formerly Insight) workspace IDs of the site, needed to call the Assets API',
	action: 'Query assets workspaces',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/assets/workspace', 'GET /rest/servicedeskapi/insight/workspace'];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Legacy Insight Endpoint',
		name: 'legacyInsight',
		type: 'boolean',
		default: false,
		description: 'Whether to use the older Insight path (/insight/workspace) instead of /assets/workspace, for sites that still serve only that one',
	},
];

export const description = showFor('workspace', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const legacy = booleanParameter(this, itemIndex, 'legacyInsight', 'Legacy Insight Endpoint');
	const workspaces = await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/${legacy ? 'insight' : 'assets'}/workspace`, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(workspaces);
}
