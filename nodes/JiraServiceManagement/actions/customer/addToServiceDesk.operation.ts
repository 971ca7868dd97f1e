import type { OperationKind, OperationOption } from '../../helpers/operation';
import { serviceDeskLocator } from '../../helpers/parameters';
import { accountMembersOperation } from '../common/accountMembers';

export const option: OperationOption = {
	name: 'Add to Service Desk',
	value: 'addToServiceDesk',
	description: 'Give existing customers access to a service desk by their account IDs',
	action: 'Add customers to a service desk',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer'];

export const { description, execute } = accountMembersOperation('customer', 'addToServiceDesk', {
	locator: serviceDeskLocator,
	label: 'service desk',
	idKey: 'serviceDeskId',
	path: (id) => `/rest/servicedeskapi/servicedesk/${id}/customer`,
	method: 'POST',
});
