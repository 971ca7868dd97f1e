import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	numericIdParameter,
	optionsCollection,
	requestTypeLocator,
	serviceDeskLocator,
	simplifyOption,
	simplifyParameter,
} from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { assertBinaryFields, uploadTemporaryFiles } from '../attachment/temporaryFiles';
import { ANSWERS_EXAMPLE, answersParameter } from '../form/answers';
import {
	attachmentFieldIds,
	loadRequestTypeFields,
	needsAssetsWorkspace,
	toRequestFieldValues,
	type RequestTypeField,
} from './requestFields';
import { simplifyRequest } from './simplify';

/** One field lookup per request type and execution, however many items are created. */
const fieldCache = new WeakMap<object, Map<string, Promise<RequestTypeField[]>>>();
/** One Assets workspace lookup per execution, when an Assets object field is filled in. */
const workspaceCache = new WeakMap<object, Promise<string>>();

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description: 'Raise a customer request with the fields its request type asks for',
	action: 'Create a request',
};

export const kind: OperationKind = 'Create';

export const api = [
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field',
	'GET /rest/servicedeskapi/assets/workspace',
	'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/attachTemporaryFile',
	'POST /rest/servicedeskapi/request',
];

const properties: INodeProperties[] = [
	serviceDeskLocator,
	requestTypeLocator,
	{
		displayName: 'Fields',
		name: 'requestFieldValues',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		typeOptions: {
			loadOptionsDependsOn: ['serviceDesk.value', 'requestType.value'],
			resourceMapper: {
				resourceMapperMethod: 'getRequestTypeFields',
				mode: 'add',
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
	},
	optionsCollection([
		{
			displayName: 'Raise on Behalf Of',
			name: 'raiseOnBehalfOf',
			type: 'string',
			default: '',
			placeholder: '5b10ac8d82e05b22cc7d4ef5',
			description: 'Account ID of the customer the request is for',
		},
		{
			displayName: 'Form Answers (JSON)',
			name: 'formAnswers',
			type: 'json',
			default: '{}',
			description: `Answers to the form of the request type, by question ID: ${ANSWERS_EXAMPLE}. Jira fills the form in as the request is created; leave out fields the form links to Jira fields.`,
		},
		{
			displayName: 'Participants',
			name: 'requestParticipants',
			type: 'string',
			default: '',
			description: 'Comma-separated account IDs of people to add as participants',
		},
	]),
	simplifyOption,
];

export const description = showFor('request', 'create')(properties);

async function assetsWorkspaceId(this: IExecuteFunctions, itemIndex: number): Promise<string> {
	const cached = workspaceCache.get(this);
	if (cached) return await cached;
	const loading = (async () => {
		const page = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/servicedeskapi/assets/workspace', itemIndex })) as IDataObject;
		const first = Array.isArray(page?.values) ? (page.values[0] as IDataObject | undefined) : undefined;
		if (typeof first?.workspaceId !== 'string' || !first.workspaceId) {
			throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: this site has no Assets workspace, so Assets object fields cannot be set`, { itemIndex });
		}
		return first.workspaceId;
	})();
	loading.catch(() => workspaceCache.delete(this));
	workspaceCache.set(this, loading);
	return await loading;
}

/** Puts the temporary attachment IDs of the uploaded binary fields in place of their names. */
async function uploadAttachmentFields(
	this: IExecuteFunctions,
	itemIndex: number,
	serviceDeskId: string,
	fields: RequestTypeField[],
	values: IDataObject,
): Promise<void> {
	const filled = [...attachmentFieldIds(fields)].filter((fieldId) => Array.isArray(values[fieldId]));
	try {
		for (const fieldId of filled) assertBinaryFields(this, itemIndex, values[fieldId] as string[]);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: ${(error as Error).message}`, { itemIndex });
	}
	for (const fieldId of filled) {
		values[fieldId] = await uploadTemporaryFiles.call(this, itemIndex, serviceDeskId, values[fieldId] as string[]);
	}
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const requestTypeId = numericIdParameter(this, itemIndex, 'requestType', 'request type', 32);
	const values = (this.getNodeParameter('requestFieldValues.value', itemIndex, {}) ?? {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;

	const cache = fieldCache.get(this) ?? new Map<string, Promise<RequestTypeField[]>>();
	fieldCache.set(this, cache);
	const cacheKey = `${serviceDeskId}/${requestTypeId}`;
	if (!cache.has(cacheKey)) {
		const loading = loadRequestTypeFields.call(this, serviceDeskId, requestTypeId, itemIndex);
		loading.catch(() => cache.delete(cacheKey));
		cache.set(cacheKey, loading);
	}
	const fields = await cache.get(cacheKey)!;

	const assets = needsAssetsWorkspace(fields, values) ? await assetsWorkspaceId.call(this, itemIndex) : undefined;
	let requestFieldValues: IDataObject;
	try {
		requestFieldValues = toRequestFieldValues(fields, values, { timeZone: this.getTimezone(), assetsWorkspaceId: assets });
	} catch (error) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: ${(error as Error).message}`, { itemIndex });
	}
	await uploadAttachmentFields.call(this, itemIndex, serviceDeskId, fields, requestFieldValues);
	const body: IDataObject = {
		serviceDeskId,
		requestTypeId,
		requestFieldValues,
	};
	if (options.raiseOnBehalfOf) body.raiseOnBehalfOf = String(options.raiseOnBehalfOf).trim();
	const participants = String(options.requestParticipants ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	if (participants.length) body.requestParticipants = participants;
	// JSM takes a request type's form answers with the create itself (RequestCreateDTO.form in the JSM OpenAPI file), so no
	// follow-up attach and submit through the Forms API is needed, and the request is never seen without its answers.
	const formAnswers = options.formAnswers === undefined ? {} : answersParameter(this, itemIndex, 'options.formAnswers', 'Form Answers');
	if (Object.keys(formAnswers).length) body.form = { answers: formAnswers };

	const summary = typeof requestFieldValues.summary === 'string' ? requestFieldValues.summary : '';
	const created = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: '/rest/servicedeskapi/request',
		body,
		itemIndex,
		subject: `request "${summary.slice(0, 80)}"`,
	})) as IDataObject;
	const simplify = simplifyParameter(this, itemIndex);
	return this.helpers.returnJsonArray(simplify ? simplifyRequest(created) : created);
}
