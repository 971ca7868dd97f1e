import type { IDataObject } from 'n8n-workflow';

import { adfToText } from '../helpers/adf';
import { requestTypeOf } from './filters';

/**
 * The event as a flat record: what a workflow needs first, with the raw payload on request. `deliveryId` is
 * the delivery's X-Atlassian-Webhook-Identifier (the same on each of Jira's retries of it), for a
 * de-duplication step that spans processes.
 */
export function eventOutput(
	event: string,
	payload: IDataObject,
	includeRaw: boolean,
	requestType = requestTypeOf(payload.issue as IDataObject | undefined),
	deliveryId?: string,
): IDataObject {
	const issue = payload.issue as IDataObject | undefined;
	const fields = (issue?.fields ?? {}) as IDataObject;
	const project = (fields.project ?? {}) as IDataObject;
	const status = (fields.status ?? {}) as IDataObject;
	const comment = payload.comment as IDataObject | undefined;
	const output: IDataObject = {
		event,
		webhookEvent: payload.webhookEvent,
		timestamp: payload.timestamp,
	};
	if (deliveryId !== undefined) output.deliveryId = deliveryId;
	if (issue) {
		Object.assign(output, {
			requestKey: issue.key,
			requestId: issue.id,
			summary: fields.summary,
			serviceDesk: { projectKey: project.key, projectId: project.id, name: project.name },
			requestType: requestType ? { id: requestType.id, name: requestType.name } : undefined,
			status: status.name,
			statusCategory: (status.statusCategory as IDataObject | undefined)?.key,
		});
	}
	if (comment) {
		const author = comment.author as IDataObject | undefined;
		output.comment = {
			id: comment.id,
			body: adfToText(comment.body),
			public: comment.jsdPublic !== false,
			author: author?.displayName,
			authorAccountId: author?.accountId,
		};
		// Jira Data Center names people by username (UserBean `name`, DC 10.3 file) and has no account ids.
		if (author?.name !== undefined) (output.comment as IDataObject).authorUsername = author.name;
	}
	if (payload.changelog) output.changelog = (payload.changelog as IDataObject).items;
	if (payload.attachment) output.attachment = payload.attachment;
	if (payload.user) output.user = payload.user;
	if (includeRaw) output.raw = payload;
	return output;
}
