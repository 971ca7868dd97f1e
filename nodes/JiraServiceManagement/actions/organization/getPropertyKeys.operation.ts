import { propertyKeysOperation } from '../../helpers/entityProperties';
import type { OperationOption } from '../../helpers/operation';
import { organizationProperties } from './properties';

export const option: OperationOption = {
	name: 'Get Property Keys',
	value: 'getPropertyKeys',
	description: 'List the keys of the entity properties stored on an organization',
	action: 'Get the property keys of an organization',
};

export const { kind, api, description, execute } = propertyKeysOperation(organizationProperties);
