import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';
import { accountIdsOf, accountIdsParameter } from './accountIds';

export const option: OperationOption = {
	name: 'Add',
	value: 'add',
	description: 'Add people to a request so they can follow and comment on it',
	action: 'Add participants to a request',
};

export const kind: OperationKind = 'Create';

export const api = ['POST /rest/servicedeskapi/request/{issueIdOrKey}/participant'];

const properties: INodeProperties[] = [
	requestLocator,
	{ ...accountIdsParameter, description: `Participants to add to the request; they then see it in the portal and get notifications. ${accountIdsParameter.description}.` },
];

export const description = showFor('participant', 'add')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const accountIds = accountIdsOf(this, itemIndex, await deploymentOf(this));
	const page = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/request/${key}/participant`,
		body: { accountIds },
		itemIndex,
		// Adding someone who already participates changes nothing, so a retry is safe.
		idempotent: true,
	})) as IDataObject;
	// Jira answers with the first page of the participants after the change.
	return this.helpers.returnJsonArray({ requestKey: key, participants: (page.values ?? []) as IDataObject[] });
}
