import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { chosenAssetsId } from '../helpers/assetsParameters';
import { loadTypeAttributes, toMapperFields as toAssetsMapperFields } from '../actions/assetsObject/attributes';
import { loadRequestTypeFields, toMapperFields } from '../actions/request/requestFields';

export async function getRequestTypeFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const serviceDeskId = String(this.getNodeParameter('serviceDesk', undefined, { extractValue: true }) ?? '');
	const requestTypeId = String(this.getNodeParameter('requestType', undefined, { extractValue: true }) ?? '');
	if (!/^[0-9]+$/.test(serviceDeskId) || !/^[0-9]+$/.test(requestTypeId)) {
		return { fields: [], emptyFieldsNotice: 'Choose a service desk and a request type first' };
	}
	const fields = await loadRequestTypeFields.call(this, serviceDeskId, requestTypeId);
	return { fields: toMapperFields(fields) };
}

export async function getAssetsObjectTypeAttributes(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const objectTypeId = chosenAssetsId(this, 'objectType');
	if (!objectTypeId) return { fields: [], emptyFieldsNotice: 'Choose an object schema and an object type first' };
	const attributes = await loadTypeAttributes.call(this, objectTypeId);
	return { fields: toAssetsMapperFields(attributes, this.getNodeParameter('operation') === 'update') };
}
