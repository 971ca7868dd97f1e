import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter, organizationLocator, serviceDeskLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

/**
 * Organization → Add to / Remove from Service Desk: the same body (`organizationId`) to the same path,
 * differing only in the method.
 */
export function serviceDeskOrganizationOperation(
	operation: string,
	method: 'POST' | 'DELETE',
): Pick<OperationModule, 'description' | 'execute'> {
	async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
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
		const outcome = method === 'POST' ? 'added' : 'removed';
		return this.helpers.returnJsonArray({ serviceDeskId, organizationId, [outcome]: true });
	}
	return { description: showFor('organization', operation)([serviceDeskLocator, organizationLocator]), execute };
}
