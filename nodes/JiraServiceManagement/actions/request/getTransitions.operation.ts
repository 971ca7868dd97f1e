import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, requestKeyParameter, requestLocator, returnAllOrLimit } from '../../helpers/parameters';
import { loadBothKinds } from './transitions';

export const option: OperationOption = {
	name: 'Get Transitions',
	value: 'getTransitions',
	description: 'List the transitions a request can take from its current status, customer and agent ones',
	action: 'Get transitions of a request',
};

export const kind: OperationKind = 'Execute';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}/transition', 'GET /rest/api/3/issue/{issueIdOrKey}/transitions'];

const properties: INodeProperties[] = [requestLocator, ...returnAllOrLimit()];

export const description = showFor('request', 'getTransitions')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const transitions = await loadBothKinds.call(this, key, itemIndex);
	const limit = limitOf(this, itemIndex);
	return this.helpers.returnJsonArray(
		transitions.slice(0, limit ?? transitions.length).map((transition) => ({ requestKey: key, ...transition })),
	);
}
