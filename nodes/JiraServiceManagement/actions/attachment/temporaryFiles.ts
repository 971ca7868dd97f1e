import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { jsmApiRequest } from '../../../shared/transport';

/** Refuses, before anything is uploaded, binary field names the item does not have. */
export function assertBinaryFields(context: IExecuteFunctions, itemIndex: number, names: string[]): void {
	for (const name of names) context.helpers.assertBinaryData(itemIndex, name);
}

/**
 * Uploads the item's binary fields to the service desk as temporary files and returns their IDs,
 * which a request's attachment field or `POST .../request/{key}/attachment` then takes.
 */
export async function uploadTemporaryFiles(
	this: IExecuteFunctions,
	itemIndex: number,
	serviceDeskId: string,
	names: string[],
): Promise<string[]> {
	if (!names.length) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: no binary field named to upload`, { itemIndex });
	}
	assertBinaryFields(this, itemIndex, names);
	const form = new FormData();
	for (const name of names) {
		const file = this.helpers.assertBinaryData(itemIndex, name);
		const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, name);
		form.append('file', new Blob([buffer], { type: file.mimeType }), file.fileName ?? name);
	}
	const upload = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/attachTemporaryFile`,
		body: form,
		headers: { 'X-Atlassian-Token': 'no-check' },
		// Atlassian's own example for this endpoint sends X-ExperimentalApi: opt-in.
		experimental: true,
		itemIndex,
		// Temporary files expire unused, so uploading again after a lost answer leaves nothing behind.
		idempotent: true,
	})) as IDataObject;
	const temporary = upload.temporaryAttachments;
	if (!Array.isArray(temporary) || temporary.length !== names.length) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Jira did not return one temporary attachment per uploaded file`, { itemIndex });
	}
	return (temporary as IDataObject[]).map((entry) => String(entry.temporaryAttachmentId));
}
