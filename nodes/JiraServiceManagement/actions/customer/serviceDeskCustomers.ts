import { SERVICE_DESK_ID } from '../../helpers/callOperation';
import { accountMembers } from '../common/accountMembers';

/** Customer → Add to / Remove From Service Desk: a service desk's customers (removing them is experimental). */
export const serviceDeskCustomers = accountMembers({
	resource: 'customer',
	template: '/rest/servicedeskapi/servicedesk/{serviceDeskId}/customer',
	id: SERVICE_DESK_ID,
	experimental: ['DELETE'],
});
