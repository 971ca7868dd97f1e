import type { OperationKind, OperationOption } from '../../helpers/operation';
import { organizationLocator } from '../../helpers/parameters';
import { accountMembersOperation } from '../common/accountMembers';

export const option: OperationOption = {
	name: 'Remove Users',
	value: 'removeUsers',
	description: 'Remove customers from an organization by their account IDs',
	action: 'Remove users from an organization',
};

export const kind: OperationKind = 'Execute';

export const api = ['DELETE /rest/servicedeskapi/organization/{organizationId}/user'];

export const { description, execute } = accountMembersOperation('organization', 'removeUsers', {
	locator: organizationLocator,
	label: 'organization',
	idKey: 'organizationId',
	bits: 32,
	path: (id) => `/rest/servicedeskapi/organization/${id}/user`,
	method: 'DELETE',
});
