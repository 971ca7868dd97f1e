import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, requestKeyParameter } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

/** How the resource names what it deletes: a request and an issue are the same Jira issue. */
interface Deleted {
	locator: INodeProperties;
	label: 'request' | 'issue';
	subtasksDescription: string;
}

/** Request → Delete and Issue → Delete: JSM has no delete of its own, both delete the Jira issue. */
export function deleteIssueOperation(resource: string, deleted: Deleted): Pick<OperationModule, 'description' | 'execute'> {
	const properties: INodeProperties[] = [
		deleted.locator,
		{
			displayName: 'Delete Subtasks',
			name: 'deleteSubtasks',
			type: 'boolean',
			default: false,
			description: deleted.subtasksDescription,
		},
	];
	async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const key = requestKeyParameter(this, itemIndex, deleted.locator.name, deleted.label);
		const deleteSubtasks = booleanParameter(this, itemIndex, 'deleteSubtasks', 'Delete Subtasks');
		await jsmApiRequest.call(this, {
			method: 'DELETE',
			path: `/rest/api/3/issue/${key}`,
			qs: { deleteSubtasks: String(deleteSubtasks) },
			itemIndex,
		});
		return this.helpers.returnJsonArray({ [`${deleted.label}Key`]: key, deleted: true });
	}
	return { description: showFor(resource, 'delete')(properties), execute };
}
