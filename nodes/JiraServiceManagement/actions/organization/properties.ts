import type { PropertyOwner } from '../../helpers/entityProperties';
import { numericIdParameter, organizationLocator } from '../../helpers/parameters';

/** Where an organization's entity properties live. */
export const organizationProperties: PropertyOwner = {
	resource: 'organization',
	template: '/rest/servicedeskapi/organization/{organizationId}/property',
	locators: [organizationLocator],
	path: (context, itemIndex) =>
		`/rest/servicedeskapi/organization/${numericIdParameter(context, itemIndex, 'organization', 'organization', 32)}/property`,
	noun: 'an organization',
	experimental: false,
};
