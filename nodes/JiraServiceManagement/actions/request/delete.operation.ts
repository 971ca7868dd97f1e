import type { OperationKind, OperationOption } from '../../helpers/operation';
import { requestLocator } from '../../helpers/parameters';
import { deleteIssueOperation } from '../common/deleteIssue';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete a request (the Jira issue) for good',
	action: 'Delete a request',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/api/3/issue/{issueIdOrKey}'];

export const { description, execute } = deleteIssueOperation('request', {
	locator: requestLocator,
	label: 'request',
	subtasksDescription: 'Whether to delete the subtasks too; Jira refuses to delete a request that has subtasks otherwise',
});
