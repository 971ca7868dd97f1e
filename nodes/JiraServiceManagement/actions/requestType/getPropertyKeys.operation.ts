import { propertyKeysOperation } from '../../helpers/entityProperties';
import type { OperationOption } from '../../helpers/operation';
import { requestTypeProperties } from './properties';

export const option: OperationOption = {
	name: 'Get Property Keys',
	value: 'getPropertyKeys',
	description: 'List the keys of the entity properties stored on a request type',
	action: 'Get the property keys of a request type',
};

export const { kind, api, description, execute } = propertyKeysOperation(requestTypeProperties);
