import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator, simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { requestExpandOf, requestExpandOption } from './expand';
import { simplifyRequest } from './simplify';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get one customer request by key, ID or URL',
	action: 'Get a request',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/request/{issueIdOrKey}'];

const properties: INodeProperties[] = [
	requestLocator,
	simplifyOption,
	{ ...requestExpandOption, displayOptions: { show: { simplify: [false] } } },
];

export const description = showFor('request', 'get')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const simplify = simplifyParameter(this, itemIndex);
	const expand = requestExpandOf(this, itemIndex, simplify);
	const request = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/request/${key}`,
		qs: expand.length ? { expand } : undefined,
		itemIndex,
	})) as IDataObject;
	return this.helpers.returnJsonArray(simplify ? simplifyRequest(request) : request);
}
