import { ORGANIZATION_ID } from '../../helpers/callOperation';
import { accountMembers } from '../common/accountMembers';

/** Organization → Add Users / Remove Users: an organization's customers. */
export const organizationUsers = accountMembers({
	resource: 'organization',
	template: '/rest/servicedeskapi/organization/{organizationId}/user',
	id: ORGANIZATION_ID,
});
