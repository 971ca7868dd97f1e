import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { formsPath } from './formId';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getMany',
	description: 'List the forms attached to a request (request key) with their form IDs, names and whether submitted',
	action: 'Get many forms of a request',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form'];

const properties: INodeProperties[] = [requestLocator];

export const description = showFor('form', 'getMany')(properties);

/** One item per form on the request (name, submitted, lock, internal, template); none when it has no forms. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const forms = (await jsmApiRequest.call(this, { api: 'forms', method: 'GET', path: formsPath(this, itemIndex), itemIndex })) as IDataObject[];
	return this.helpers.returnJsonArray(forms);
}
