import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, numericIdParameter, queueLocator, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { includeCountProperty } from './includeCount';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one agent queue of a service desk, with its JQL',
	action: 'Get a queue',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue/{queueId}'];

const properties: INodeProperties[] = [serviceDeskLocator, queueLocator, includeCountProperty];

export const description = showFor('queue', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const queueId = numericIdParameter(this, itemIndex, 'queue', 'queue');
	const includeCount = booleanParameter(this, itemIndex, 'includeCount', 'Include Issue Count');
	const queue = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/queue/${queueId}`,
		qs: includeCount ? { includeCount } : undefined,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ serviceDeskId, ...queue });
}
