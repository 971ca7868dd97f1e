import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';
import { accountIdsOf, accountIdsParameter } from './accountIds';

export const option: OperationOption = {
	name: 'Remove',
	value: 'remove',
	description: 'Remove people from the participants of a request',
	action: 'Remove participants from a request',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/servicedeskapi/request/{issueIdOrKey}/participant'];

const properties: INodeProperties[] = [
	requestLocator,
	{ ...accountIdsParameter, description: `Participants to remove from the request. ${accountIdsParameter.description}.` },
];

export const description = showFor('participant', 'remove')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const accountIds = accountIdsOf(this, itemIndex, await deploymentOf(this));
	const page = (await jsmApiRequest.call(this, {
		method: 'DELETE',
		path: `/rest/servicedeskapi/request/${key}/participant`,
		body: { accountIds },
		itemIndex,
	})) as IDataObject;
	// Jira answers with the first page of the participants after the change.
	return this.helpers.returnJsonArray({ requestKey: key, participants: (page.values ?? []) as IDataObject[] });
}
