import type { OperationKind, OperationOption } from '../../helpers/operation';
import { issueLocator } from '../../helpers/parameters';
import { deleteIssueOperation } from '../common/deleteIssue';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete a Jira issue permanently, optionally with its subtasks',
	action: 'Delete an issue',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/api/3/issue/{issueIdOrKey}'];

export const { description, execute } = deleteIssueOperation('issue', {
	locator: issueLocator,
	label: 'issue',
	subtasksDescription: 'Whether to delete the issue’s subtasks too; Jira refuses to delete an issue that has subtasks otherwise',
});
