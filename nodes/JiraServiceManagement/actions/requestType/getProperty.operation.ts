import { getPropertyOperation } from '../../helpers/entityProperties';
import type { OperationOption } from '../../helpers/operation';
import { requestTypeProperties } from './properties';

export const option: OperationOption = {
	name: 'Get Property',
	value: 'getProperty',
	description: 'Read the value of one entity property of a request type',
	action: 'Get a property of a request type',
};

export const { kind, api, description, execute } = getPropertyOperation(requestTypeProperties);
