import { getPropertyOperation } from '../../helpers/entityProperties';
import type { OperationOption } from '../../helpers/operation';
import { organizationProperties } from './properties';

export const option: OperationOption = {
	name: 'Get Property',
	value: 'getProperty',
	description: 'Read the value of one entity property of an organization',
	action: 'Get a property of an organization',
};

export const { kind, api, description, execute } = getPropertyOperation(organizationProperties);
