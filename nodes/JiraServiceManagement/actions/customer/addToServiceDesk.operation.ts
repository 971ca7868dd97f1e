import { serviceDeskCustomers } from './serviceDeskCustomers';

export const { option, kind, api, description, execute } = serviceDeskCustomers('POST', {
	name: 'Add to Service Desk',
	value: 'addToServiceDesk',
	description: 'Give existing customers access to a service desk by their account IDs',
	action: 'Add customers to a service desk',
});
