import { setPropertyOperation } from '../../helpers/entityProperties';
import { organizationProperties } from './properties';

export const { option, kind, api, description, execute } = setPropertyOperation(organizationProperties);
