import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { PathId } from '../../helpers/callOperation';
import { numericIdParameter } from '../../helpers/parameters';

export const attachmentIdProperty: INodeProperties = {
	displayName: 'Attachment ID',
	name: 'attachmentId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '10042',
	description: 'The numeric ID of the attachment, as the ID field of Query returns it',
};

/** The attachment's id where a path needs it (`{id}` in Jira's attachment API). */
export const ATTACHMENT_ID: PathId = {
	property: attachmentIdProperty,
	key: 'attachmentId',
	placeholders: ['id'],
	read: (context, itemIndex) => numericIdParameter(context, itemIndex, 'attachmentId', 'attachment'),
};

/**
 * JSM's attachment DTO carries no id, only links that end in it; the id is what Download and Delete
 * take, so it is added from the links.
 */
export function withAttachmentId(attachment: IDataObject): IDataObject {
	const links = (attachment._links ?? {}) as IDataObject;
	for (const link of [links.content, links.self, links.jiraRest]) {
		const match = /\/attachment\/([0-9]+)(?:\/|$)/.exec(String(link ?? ''));
		if (match) return { id: match[1], ...attachment };
	}
	return attachment;
}
