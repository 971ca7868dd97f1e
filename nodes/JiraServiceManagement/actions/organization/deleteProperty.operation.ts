import { deletePropertyOperation } from '../../helpers/entityProperties';
import { organizationProperties } from './properties';

export const { kind, api, description, execute } = deletePropertyOperation(organizationProperties);
