import type { OperationKind } from '../../helpers/operation';
import { organizationLocator } from '../../helpers/parameters';
import { accountMembersOperation } from '../common/accountMembers';

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/organization/{organizationId}/user'];

export const { description, execute } = accountMembersOperation('organization', 'addUsers', {
	locator: organizationLocator,
	label: 'organization',
	idKey: 'organizationId',
	bits: 32,
	path: (id) => `/rest/servicedeskapi/organization/${id}/user`,
	method: 'POST',
});
