import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	limitOf,
	numericIdParameter,
	queueLocator,
	returnAllOrLimit,
	serviceDeskLocator,
	simplifyOption,
	simplifyParameter,
} from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';
import { simplifyQueueIssue } from './simplify';

export const option: OperationOption = {
	name: 'Query Issues',
	value: 'queryIssues',
	description: 'List the requests currently in a queue, with the fields the queue shows',
	action: 'Query issues in a queue',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue/{queueId}/issue'];

const properties: INodeProperties[] = [serviceDeskLocator, queueLocator, ...returnAllOrLimit(), simplifyOption];

export const description = showFor('queue', 'queryIssues')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const queueId = numericIdParameter(this, itemIndex, 'queue', 'queue');
	const issues = await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/queue/${queueId}/issue`, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	const simplify = simplifyParameter(this, itemIndex);
	return this.helpers.returnJsonArray(simplify ? issues.map(simplifyQueueIssue) : issues);
}
