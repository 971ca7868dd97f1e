import { deletePropertyOperation } from '../../helpers/entityProperties';
import type { OperationOption } from '../../helpers/operation';
import { organizationProperties } from './properties';

export const option: OperationOption = {
	name: 'Delete Property',
	value: 'deleteProperty',
	description: 'Remove one entity property from an organization',
	action: 'Delete a property of an organization',
};

export const { kind, api, description, execute } = deletePropertyOperation(organizationProperties);
