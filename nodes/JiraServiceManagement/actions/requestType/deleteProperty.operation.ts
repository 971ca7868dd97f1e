import { deletePropertyOperation } from '../../helpers/entityProperties';
import type { OperationOption } from '../../helpers/operation';
import { requestTypeProperties } from './properties';

export const option: OperationOption = {
	name: 'Delete Property',
	value: 'deleteProperty',
	description: 'Remove one entity property from a request type',
	action: 'Delete a property of a request type',
};

export const { kind, api, description, execute } = deletePropertyOperation(requestTypeProperties);
