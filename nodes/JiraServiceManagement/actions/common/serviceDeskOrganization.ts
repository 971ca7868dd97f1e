import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationModule, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, organizationLocator, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

/**
 * Organization → Add to / Remove From Service Desk: the same body (`organizationId`) to the same path,
 * differing only in the method, so the pair is declared once; each operation gives its method and dropdown entry.
 */
export function serviceDeskOrganization(method: 'POST' | 'DELETE', option: OperationOption): OperationModule {
	return {
		option,
		kind: 'Execute',
		api: [`${method} /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization`],
		description: showFor('organization', option.value)([serviceDeskLocator, organizationLocator]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
			const organizationId = numericIdParameter(this, itemIndex, 'organization', 'organization', 32);
			await jsmApiRequest.call(this, {
				method,
				path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/organization`,
				body: { organizationId: Number(organizationId) },
				itemIndex,
				// Adding or removing twice leaves the same state, so a request whose answer was lost may be sent again.
				idempotent: true,
			});
			return this.helpers.returnJsonArray({ serviceDeskId, organizationId, [method === 'POST' ? 'added' : 'removed']: true });
		},
	};
}
