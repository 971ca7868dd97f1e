import type { OperationKind } from '../../helpers/operation';
import { serviceDeskOrganizationOperation } from '../common/serviceDeskOrganization';

export const kind: OperationKind = 'Execute';

export const api = ['DELETE /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization'];

export const { description, execute } = serviceDeskOrganizationOperation('removeFromServiceDesk', 'DELETE');
