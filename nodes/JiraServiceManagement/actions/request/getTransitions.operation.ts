import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, requestKeyParameter, requestLocator, returnAllOrLimit } from '../../helpers/parameters';
import { loadTransitions } from './transitions';

export const kind: OperationKind = 'Execute';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}/transition'];

const properties: INodeProperties[] = [requestLocator, ...returnAllOrLimit()];

export const description = showFor('request', 'getTransitions')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const transitions = await loadTransitions.call(this, key, limitOf(this, itemIndex), itemIndex);
	return this.helpers.returnJsonArray(transitions.map((transition) => ({ requestKey: key, ...transition })));
}
