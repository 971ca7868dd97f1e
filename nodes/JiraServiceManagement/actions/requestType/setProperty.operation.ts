import { setPropertyOperation } from '../../helpers/entityProperties';
import type { OperationOption } from '../../helpers/operation';
import { requestTypeProperties } from './properties';

export const option: OperationOption = {
	name: 'Set Property',
	value: 'setProperty',
	description: 'Store a JSON value under a key on a request type, replacing any earlier value',
	action: 'Set a property of a request type',
};

export const { kind, api, description, execute } = setPropertyOperation(requestTypeProperties);
