import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, issueLocator, requestKeyParameter } from '../../helpers/parameters';
import { jsmApiRequest } from '../../transport';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete a Jira issue permanently, optionally with its subtasks',
	action: 'Delete an issue',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/api/3/issue/{issueIdOrKey}'];

const properties: INodeProperties[] = [
	issueLocator,
	{
		displayName: 'Delete Subtasks',
		name: 'deleteSubtasks',
		type: 'boolean',
		default: false,
		description: 'Whether to delete the issue’s subtasks too; Jira refuses to delete an issue that has subtasks otherwise',
	},
];

export const description = showFor('issue', 'delete')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex, 'issue', 'issue');
	const deleteSubtasks = booleanParameter(this, itemIndex, 'deleteSubtasks', 'Delete Subtasks');
	await jsmApiRequest.call(this, {
		method: 'DELETE',
		path: `/rest/api/3/issue/${key}`,
		qs: { deleteSubtasks: String(deleteSubtasks) },
		itemIndex,
	});
	return this.helpers.returnJsonArray({ issueKey: key, deleted: true });
}
