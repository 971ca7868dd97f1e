import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { withWorkspaceLookup } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { paginateAssets } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the Assets object schemas of the site, e.g. to find the ID of "IT Assets"',
	action: 'Query assets object schemas',
};

export const kind: OperationKind = 'Query';

export const api = withWorkspaceLookup('GET /jsm/assets/workspace/{workspaceId}/v1/objectschema/list');

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Include Counts',
		name: 'includeCounts',
		type: 'boolean',
		default: false,
		description: 'Whether to count the objects and object types of each schema (otherwise both are 0)',
	},
];

export const description = showFor('assetsObjectSchema', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const includeCounts = booleanParameter(this, itemIndex, 'includeCounts', 'Include Counts');
	const schemas = await paginateAssets.call(
		this,
		{ method: 'GET', path: '/objectschema/list', qs: { includeCounts }, itemIndex },
		{ limit: limitOf(this, itemIndex) },
	);
	return this.helpers.returnJsonArray(schemas);
}
