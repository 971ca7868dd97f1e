import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { assetsIdParameter, withWorkspaceLookup, objectSchemaLocator } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { assetsApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the object types of an Assets object schema',
	action: 'Query assets object types',
};

export const kind: OperationKind = 'Query';

export const api = withWorkspaceLookup('GET /jsm/assets/workspace/{workspaceId}/v1/objectschema/{id}/objecttypes/flat');

const properties: INodeProperties[] = [
	objectSchemaLocator,
	...returnAllOrLimit(),
	{
		displayName: 'Include Object Counts',
		name: 'includeObjectCounts',
		type: 'boolean',
		default: false,
		description: 'Whether to count the objects of each type (objectCount; otherwise 0)',
	},
];

export const description = showFor('assetsObjectType', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const schemaId = assetsIdParameter(this, itemIndex, 'objectSchema', 'object schema');
	const includeObjectCounts = booleanParameter(this, itemIndex, 'includeObjectCounts', 'Include Object Counts');
	const limit = limitOf(this, itemIndex);
	// This list is not paged: Assets returns every object type of the schema at once.
	const types = (await assetsApiRequest.call(this, {
		method: 'GET',
		path: `/objectschema/${schemaId}/objecttypes/flat`,
		qs: { includeObjectCounts },
		itemIndex,
	})) as unknown;
	if (!Array.isArray(types)) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Assets answered without a list of object types for schema ${schemaId}`, { itemIndex });
	}
	return this.helpers.returnJsonArray((types as IDataObject[]).slice(0, limit));
}
