import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withWorkspaceLookup } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, optionsCollection, returnAllOrLimit, simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { paginateAssets } from '../../../shared/transport';
import { simplifyObject } from './simplify';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'Find Assets objects with AQL, e.g. the laptops a person owns',
	action: 'Query assets objects',
};

export const kind: OperationKind = 'Query';

export const api = withWorkspaceLookup('POST /jsm/assets/workspace/{workspaceId}/v1/object/aql');

const properties: INodeProperties[] = [
	{
		displayName: 'AQL',
		name: 'aql',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'objectType = Laptop AND Owner = "5b10ac8d82e05b22cc7d4ef5"',
		description:
			'Assets Query Language: attribute, operator, value (quote values with spaces), joined with AND / OR, e.g. objectType = Laptop AND Owner = "account ID" or Key = ITAM-88',
	},
	...returnAllOrLimit(),
	{
		...simplifyOption,
		description: 'Whether to return each object as one flat record with its attributes by name, instead of the full nested response',
	},
	optionsCollection([
		{
			displayName: 'Include Attributes',
			name: 'includeAttributes',
			type: 'boolean',
			default: true,
			description: 'Whether to return the attribute values of each object (off: only ID, key, label and type, which is faster)',
		},
	]),
];

export const description = showFor('assetsObject', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const aql = String(this.getNodeParameter('aql', itemIndex, '') ?? '').trim();
	if (!aql) throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: AQL is empty; give a query such as objectType = Laptop`, { itemIndex });
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const includeAttributes = options.includeAttributes !== false;
	const simplify = simplifyParameter(this, itemIndex);
	const objects = await paginateAssets.call(
		this,
		{ method: 'POST', path: '/object/aql', qs: { includeAttributes }, body: { qlQuery: aql }, itemIndex, idempotent: true },
		{
			limit: limitOf(this, itemIndex),
			map: simplify ? (object, page) => simplifyObject(object, page.objectTypeAttributes as IDataObject[] | undefined) : undefined,
		},
	);
	return this.helpers.returnJsonArray(objects);
}
