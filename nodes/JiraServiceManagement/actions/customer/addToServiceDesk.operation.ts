import type { OperationKind } from '../../helpers/operation';
import { serviceDeskLocator } from '../../helpers/parameters';
import { accountMembersOperation } from '../common/accountMembers';

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer'];

export const { description, execute } = accountMembersOperation('customer', 'addToServiceDesk', {
	locator: serviceDeskLocator,
	label: 'service desk',
	idKey: 'serviceDeskId',
	path: (id) => `/rest/servicedeskapi/servicedesk/${id}/customer`,
	method: 'POST',
});
