import { setPropertyOperation } from '../../helpers/entityProperties';
import type { OperationOption } from '../../helpers/operation';
import { organizationProperties } from './properties';

export const option: OperationOption = {
	name: 'Set Property',
	value: 'setProperty',
	description: 'Store a JSON value under a key on an organization, replacing any earlier value',
	action: 'Set a property of an organization',
};

export const { kind, api, description, execute } = setPropertyOperation(organizationProperties);
