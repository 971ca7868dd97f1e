import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../transport';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete a request (the Jira issue) for good',
	action: 'Delete a request',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/api/3/issue/{issueIdOrKey}'];

const properties: INodeProperties[] = [
	requestLocator,
	{
		displayName: 'Delete Subtasks',
		name: 'deleteSubtasks',
		type: 'boolean',
		default: false,
		description: 'Whether to delete the subtasks too; Jira refuses to delete a request that has subtasks otherwise',
	},
];

export const description = showFor('request', 'delete')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const deleteSubtasks = booleanParameter(this, itemIndex, 'deleteSubtasks', 'Delete Subtasks');
	await jsmApiRequest.call(this, {
		method: 'DELETE',
		path: `/rest/api/3/issue/${key}`,
		qs: { deleteSubtasks: String(deleteSubtasks) },
		itemIndex,
	});
	return this.helpers.returnJsonArray({ requestKey: key, deleted: true });
}
