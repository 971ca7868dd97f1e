import { serviceDeskCustomers } from './serviceDeskCustomers';

export const { option, kind, api, description, execute } = serviceDeskCustomers('DELETE', {
	name: 'Remove From Service Desk',
	value: 'removeFromServiceDesk',
	description: 'Take away the access of customers to a service desk by their account IDs',
	action: 'Remove customers from a service desk',
});
