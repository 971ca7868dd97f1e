import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { approvalIdParameter } from './approvalId';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one approval of a request by its ID',
	action: 'Get an approval',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}'];

const properties: INodeProperties[] = [requestLocator, approvalIdParameter];

export const description = showFor('approval', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const approvalId = numericIdParameter(this, itemIndex, 'approvalId', 'approval', 32);
	const approval = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/request/${key}/approval/${approvalId}`,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ requestKey: key, ...approval });
}
