import type { IDataObject } from 'n8n-workflow';

import { adfToText } from '../../../shared/helpers/adf';

/** The reporter's fields of both flat records; Jira Data Center names people by username (`name`), Cloud has none. */
function reporterFieldsOf(reporter: IDataObject): IDataObject {
	return {
		reporterAccountId: reporter.accountId,
		reporterName: reporter.displayName,
		reporterEmail: reporter.emailAddress,
		...(reporter.name !== undefined ? { reporterUsername: reporter.name } : {}),
	};
}

/** A customer request as a flat record: what triage, reports and AI agents read. */
export function simplifyRequest(request: IDataObject): IDataObject {
	const fields = (request.requestFieldValues ?? []) as IDataObject[];
	const valueOf = (fieldId: string) => fields.find((field) => field.fieldId === fieldId)?.value;
	const status = (request.currentStatus ?? {}) as IDataObject;
	const reporter = (request.reporter ?? {}) as IDataObject;
	const created = (request.createdDate ?? {}) as IDataObject;
	const requestType = (request.requestType ?? {}) as IDataObject;
	const description = valueOf('description');
	return {
		key: request.issueKey,
		id: request.issueId,
		summary: valueOf('summary'),
		description: typeof description === 'string' ? description : adfToText(description),
		status: status.status,
		statusCategory: status.statusCategory,
		serviceDeskId: request.serviceDeskId,
		requestTypeId: request.requestTypeId,
		requestType: requestType.name,
		...reporterFieldsOf(reporter),
		created: created.iso8601,
		portalUrl: (request._links as IDataObject | undefined)?.web,
	};
}

/** A Jira issue from a JQL search as the same flat record as simplifyRequest. */
export function simplifyIssue(issue: IDataObject, requestTypeField?: string): IDataObject {
	const fields = (issue.fields ?? {}) as IDataObject;
	const status = (fields.status ?? {}) as IDataObject;
	const category = (status.statusCategory ?? {}) as IDataObject;
	const reporter = (fields.reporter ?? {}) as IDataObject;
	const request = ((requestTypeField && fields[requestTypeField]) ?? {}) as IDataObject;
	const requestType = (request.requestType ?? {}) as IDataObject;
	const description = fields.description;
	return {
		key: issue.key,
		id: issue.id,
		summary: fields.summary,
		description: typeof description === 'string' ? description : adfToText(description),
		status: status.name,
		statusCategory: category.key ? String(category.key).toUpperCase() : undefined,
		serviceDeskId: requestType.serviceDeskId,
		requestTypeId: requestType.id,
		requestType: requestType.name,
		...reporterFieldsOf(reporter),
		created: fields.created,
		portalUrl: (request._links as IDataObject | undefined)?.web,
	};
}
