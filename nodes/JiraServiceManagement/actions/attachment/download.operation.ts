import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, optionsCollection, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { attachmentIdProperty } from './attachmentId';

export const option: OperationOption = {
	name: 'Download',
	value: 'download',
	description: 'Download an attachment of a request into n8n binary data',
	action: 'Download an attachment',
};

export const kind: OperationKind = 'Query';

export const api = [
	'GET /rest/api/3/attachment/{id}',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/attachment/{attachmentId}',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/attachment/{attachmentId}/thumbnail',
];

const properties: INodeProperties[] = [
	requestLocator,
	attachmentIdProperty,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
	},
	optionsCollection([
		{
			displayName: 'Thumbnail',
			name: 'thumbnail',
			type: 'boolean',
			default: false,
			description: 'Whether to download the small preview image Jira makes of image attachments instead of the file',
		},
	]),
];

export const description = showFor('attachment', 'download')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const attachmentId = numericIdParameter(this, itemIndex, 'attachmentId', 'attachment');
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const thumbnail = (this.getNodeParameter('options', itemIndex, {}) as IDataObject).thumbnail === true;
	// The content answer carries no usable name, so the file name and type come from the metadata.
	const metadata = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/api/3/attachment/${attachmentId}`,
		itemIndex,
	})) as IDataObject;
	const content = await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/request/${key}/attachment/${attachmentId}${thumbnail ? '/thumbnail' : ''}`,
		binary: true,
		itemIndex,
	});
	const fileName = String(metadata.filename ?? `attachment-${attachmentId}`);
	const binary = await this.helpers.prepareBinaryData(
		Buffer.from(content as ArrayBuffer),
		thumbnail ? `thumbnail-${fileName}` : fileName,
		thumbnail ? undefined : (metadata.mimeType as string | undefined),
	);
	return [{ json: { requestKey: key, ...metadata }, binary: { [binaryPropertyName]: binary } }];
}
