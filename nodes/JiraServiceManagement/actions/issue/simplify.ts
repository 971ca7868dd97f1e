import type { IDataObject } from 'n8n-workflow';

import { adfToText } from '../../../shared/helpers/adf';

const nameOf = (value: unknown) => (value as IDataObject | null)?.name ?? null;

/**
 * An issue as a flat record for reports (MTTR, change failure) and AI agents. Only the fields the
 * issue came back with appear, so a narrow Fields option gives a narrow record.
 */
export function simplifyIssue(issue: IDataObject): IDataObject {
	const fields = (issue.fields ?? {}) as IDataObject;
	const result: IDataObject = { id: issue.id, key: issue.key };
	const has = (name: string) => name in fields;
	if (has('summary')) result.summary = fields.summary;
	if (has('description')) {
		const description = fields.description;
		result.description = typeof description === 'string' || description === null ? description : adfToText(description);
	}
	if (has('status')) {
		const status = fields.status as IDataObject | null;
		result.status = nameOf(status);
		result.statusCategory = nameOf(status?.statusCategory);
	}
	if (has('issuetype')) result.issueType = nameOf(fields.issuetype);
	if (has('priority')) result.priority = nameOf(fields.priority);
	if (has('project')) result.project = (fields.project as IDataObject | null)?.key ?? null;
	for (const role of ['assignee', 'reporter'] as const) {
		if (!has(role)) continue;
		const user = fields[role] as IDataObject | null;
		result[role] = user?.displayName ?? null;
		result[`${role}AccountId`] = user?.accountId ?? null;
		// Jira Data Center names people by username; Cloud's users have none.
		if (user?.name !== undefined) result[`${role}Username`] = user.name;
	}
	if (has('created')) result.created = fields.created;
	if (has('updated')) result.updated = fields.updated;
	if (has('resolution')) result.resolution = nameOf(fields.resolution);
	if (has('resolutiondate')) result.resolutionDate = fields.resolutiondate;
	return result;
}
