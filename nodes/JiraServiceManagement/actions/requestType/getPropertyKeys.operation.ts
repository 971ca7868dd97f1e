import { propertyKeysOperation } from '../../helpers/entityProperties';
import { requestTypeProperties } from './properties';

export const { kind, api, description, execute } = propertyKeysOperation(requestTypeProperties);
