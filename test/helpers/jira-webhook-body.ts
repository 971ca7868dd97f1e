import type { IDataObject } from 'n8n-workflow';

/**
 * Jira's `jira:issue_created` webhook body for `issue` (developer.atlassian.com/cloud/jira/platform/webhooks/, "Issue
 * events"): its summary and `fields` (by default those of an open request on the ITS desk), sent at `timestamp`.
 */
export function issueCreatedBody(
	issue: { id: string; key: string; summary: string },
	{ timestamp = Date.now(), fields = { project: { key: 'ITS' }, status: { name: 'Open' } } }: { timestamp?: number; fields?: IDataObject } = {},
): IDataObject {
	return {
		timestamp,
		webhookEvent: 'jira:issue_created',
		issue_event_type_name: 'issue_created',
		issue: { id: issue.id, key: issue.key, fields: { summary: issue.summary, ...fields } },
	};
}
