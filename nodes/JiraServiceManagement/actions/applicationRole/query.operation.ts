import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the products (application roles) of the site with their seat counts and groups',
	action: 'Query application roles',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/api/3/applicationrole'];

const properties: INodeProperties[] = [...returnAllOrLimit()];

export const description = showFor('applicationRole', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	// One unpaged list (a site has a handful of products), so the limit is applied here.
	const roles = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: '/rest/api/3/applicationrole',
		itemIndex,
	})) as IDataObject[];
	const limit = limitOf(this, itemIndex);
	return this.helpers.returnJsonArray(limit === undefined ? roles : roles.slice(0, limit));
}
