import type { OperationKind, OperationOption } from '../../helpers/operation';
import { serviceDeskOrganizationOperation } from '../common/serviceDeskOrganization';

export const option: OperationOption = {
	name: 'Add to Service Desk',
	value: 'addToServiceDesk',
	description: 'Link an organization to a service desk so its members can raise requests there',
	action: 'Add an organization to a service desk',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization'];

export const { description, execute } = serviceDeskOrganizationOperation('addToServiceDesk', 'POST');
