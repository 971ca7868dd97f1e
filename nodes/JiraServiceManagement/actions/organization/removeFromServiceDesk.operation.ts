import type { OperationKind, OperationOption } from '../../helpers/operation';
import { serviceDeskOrganizationOperation } from '../common/serviceDeskOrganization';

export const option: OperationOption = {
	name: 'Remove From Service Desk',
	value: 'removeFromServiceDesk',
	description: 'Unlink an organization from a service desk',
	action: 'Remove an organization from a service desk',
};

export const kind: OperationKind = 'Execute';

export const api = ['DELETE /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization'];

export const { description, execute } = serviceDeskOrganizationOperation('removeFromServiceDesk', 'DELETE');
