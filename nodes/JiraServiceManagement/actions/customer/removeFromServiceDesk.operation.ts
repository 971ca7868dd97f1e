import type { OperationKind, OperationOption } from '../../helpers/operation';
import { serviceDeskLocator } from '../../helpers/parameters';
import { accountMembersOperation } from '../common/accountMembers';

export const option: OperationOption = {
	name: 'Remove From Service Desk',
	value: 'removeFromServiceDesk',
	description: 'Take away the access of customers to a service desk by their account IDs',
	action: 'Remove customers from a service desk',
};

export const kind: OperationKind = 'Execute';

export const api = ['DELETE /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer'];

export const { description, execute } = accountMembersOperation('customer', 'removeFromServiceDesk', {
	locator: serviceDeskLocator,
	label: 'service desk',
	idKey: 'serviceDeskId',
	path: (id) => `/rest/servicedeskapi/servicedesk/${id}/customer`,
	method: 'DELETE',
	experimental: true,
});
