import type { OperationKind, OperationOption } from '../../helpers/operation';
import { organizationLocator } from '../../helpers/parameters';
import { accountMembersOperation } from '../common/accountMembers';

export const option: OperationOption = {
	name: 'Add Users',
	value: 'addUsers',
	description: 'Add customers to an organization by their account IDs',
	action: 'Add users to an organization',
};

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
