import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isPublicParameter, visibilityOption } from '../../helpers/comments';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, optionsCollection, requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { withAttachmentId } from './attachmentId';
import { assertBinaryFields, uploadTemporaryFiles } from './temporaryFiles';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description: 'Attach files from n8n binary data to a request, publicly or internally, with an optional comment',
	action: 'Attach files to a request',
};

export const kind: OperationKind = 'Create';

export const api = [
	'GET /rest/servicedeskapi/request/{issueIdOrKey}',
	'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/attachTemporaryFile',
	'POST /rest/servicedeskapi/request/{issueIdOrKey}/attachment',
];

const properties: INodeProperties[] = [
	requestLocator,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'data',
		hint: 'The name of the input binary field holding the file; separate several names with commas to attach several files at once',
	},
	visibilityOption('Who can see the files and the comment that carries them'),
	optionsCollection([
		{
			displayName: 'Comment',
			name: 'comment',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Text of the comment the files are attached with, as plain text',
		},
		{
			displayName: 'Service Desk ID',
			name: 'serviceDeskId',
			type: 'string',
			default: '',
			placeholder: '1',
			description: 'The service desk of the request; when empty it is read from the request (one more API call)',
		},
	]),
];

export const description = showFor('attachment', 'create')(properties);

function binaryNames(this: IExecuteFunctions, itemIndex: number): string[] {
	const names = String(this.getNodeParameter('binaryPropertyName', itemIndex, '') ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	if (!names.length) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Input Binary Field is empty`, { itemIndex });
	}
	assertBinaryFields(this, itemIndex, names);
	return names;
}

async function serviceDeskIdOf(this: IExecuteFunctions, itemIndex: number, key: string): Promise<string> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	if (options.serviceDeskId) return numericIdParameter(this, itemIndex, 'options.serviceDeskId', 'service desk');
	const request = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/request/${key}`,
		itemIndex,
	})) as IDataObject;
	return String(request.serviceDeskId);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const names = binaryNames.call(this, itemIndex);
	const serviceDeskId = await serviceDeskIdOf.call(this, itemIndex, key);
	const temporaryAttachmentIds = await uploadTemporaryFiles.call(this, itemIndex, serviceDeskId, names);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		temporaryAttachmentIds,
		public: isPublicParameter(this, itemIndex),
	};
	const comment = String(options.comment ?? '').trim();
	if (comment) body.additionalComment = { body: comment };
	const result = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/request/${key}/attachment`,
		body,
		itemIndex,
		subject: `attachments on ${key}`,
	})) as IDataObject;
	const attachments = ((result.attachments as IDataObject | undefined)?.values ?? []) as IDataObject[];
	return this.helpers.returnJsonArray({
		requestKey: key,
		comment: result.comment,
		attachments: attachments.map(withAttachmentId),
	} as IDataObject);
}
