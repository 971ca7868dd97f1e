import { setPropertyOperation } from '../../helpers/entityProperties';
import { requestTypeProperties } from './properties';

export const { option, kind, api, description, execute } = setPropertyOperation(requestTypeProperties);
