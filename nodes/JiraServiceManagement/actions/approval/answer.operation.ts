import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { choiceParameter, numericIdParameter, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { approvalIdParameter } from './approvalId';

export const option: OperationOption = {
	name: 'Answer',
	value: 'answer',
	description: 'Approve or decline an approval the account is an approver of',
	action: 'Answer an approval',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}'];

const properties: INodeProperties[] = [
	requestLocator,
	approvalIdParameter,
	{
		displayName: 'Decision',
		name: 'decision',
		type: 'options',
		options: [
			{ name: 'Approve', value: 'approve' },
			{ name: 'Decline', value: 'decline' },
		],
		default: 'approve',
		description: 'The answer of the account (which must be one of the approvers) to the approval',
	},
];

export const description = showFor('approval', 'answer')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const approvalId = numericIdParameter(this, itemIndex, 'approvalId', 'approval', 32);
	const decision = choiceParameter(this, itemIndex, 'decision', 'Decision', ['approve', 'decline'] as const);
	const approval = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/request/${key}/approval/${approvalId}`,
		body: { decision },
		itemIndex,
		subject: `an answer to approval ${approvalId} of ${key}`,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ requestKey: key, ...approval });
}
