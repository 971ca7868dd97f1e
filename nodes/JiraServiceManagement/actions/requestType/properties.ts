import type { PropertyOwner } from '../../helpers/entityProperties';
import { numericIdParameter, requestTypeLocator, serviceDeskLocator } from '../../helpers/parameters';

/** Where a request type's entity properties live. */
export const requestTypeProperties: PropertyOwner = {
	resource: 'requestType',
	template: '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/property',
	locators: [serviceDeskLocator, requestTypeLocator],
	path(context, itemIndex) {
		const serviceDeskId = numericIdParameter(context, itemIndex, 'serviceDesk', 'service desk');
		const requestTypeId = numericIdParameter(context, itemIndex, 'requestType', 'request type', 32);
		return `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype/${requestTypeId}/property`;
	},
	noun: 'a request type',
	experimental: true,
};
