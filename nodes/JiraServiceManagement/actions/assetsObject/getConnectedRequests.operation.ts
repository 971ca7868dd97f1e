import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { objectLocator } from '../../helpers/assetsParameters';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { assetsApiRequest } from '../../../shared/transport';
import { withObjectLookup, objectIdParameter } from './objectRef';

export const option: OperationOption = {
	name: 'Get Connected Requests',
	value: 'getConnectedRequests',
	description: 'List the Jira requests and issues connected to an Assets object',
	action: 'Get the requests connected to an assets object',
};

export const kind: OperationKind = 'Execute';

export const api = withObjectLookup('GET /jsm/assets/workspace/{workspaceId}/v1/objectconnectedtickets/{objectId}/tickets');

const properties: INodeProperties[] = [objectLocator];

export const description = showFor('assetsObject', 'getConnectedRequests')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await objectIdParameter.call(this, itemIndex);
	const answer = (await assetsApiRequest.call(this, { method: 'GET', path: `/objectconnectedtickets/${id}/tickets`, itemIndex })) as
		| IDataObject
		| undefined;
	if (!answer || !Array.isArray(answer.tickets)) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Assets answered without the connected requests of object ${id}`, { itemIndex });
	}
	// Each request once, with the JQL that finds them all (to search further with Issue → Query).
	return this.helpers.returnJsonArray(
		(answer.tickets as IDataObject[]).map((ticket) => ({ ...ticket, allTicketsQuery: answer.allTicketsQuery })),
	);
}
