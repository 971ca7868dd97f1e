import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { assetsIdParameter, withWorkspaceLookup, objectSchemaLocator } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { assetsApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one Assets object schema by ID, with its object and object type counts',
	action: 'Get an assets object schema',
};

export const kind: OperationKind = 'Query';

export const api = withWorkspaceLookup('GET /jsm/assets/workspace/{workspaceId}/v1/objectschema/{id}');

const properties: INodeProperties[] = [objectSchemaLocator];

export const description = showFor('assetsObjectSchema', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = assetsIdParameter(this, itemIndex, 'objectSchema', 'object schema');
	const schema = (await assetsApiRequest.call(this, { method: 'GET', path: `/objectschema/${id}`, itemIndex })) as IDataObject;
	return this.helpers.returnJsonArray(schema);
}
