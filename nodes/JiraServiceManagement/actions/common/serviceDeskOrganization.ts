import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { catalogueCall, ORGANIZATION_ID, readIds, SERVICE_DESK_ID } from '../../helpers/callOperation';
import type { OperationModule, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';

const TEMPLATE = '/rest/servicedeskapi/servicedesk/{serviceDeskId}/organization';
const IDS = [SERVICE_DESK_ID, ORGANIZATION_ID];

/**
 * Organization → Add to / Remove From Service Desk: the same body (`organizationId`) to the same path,
 * differing only in the method, so the pair is declared once; each operation gives its method and dropdown entry.
 */
export function serviceDeskOrganization(method: 'POST' | 'DELETE', option: OperationOption): OperationModule {
	const call = catalogueCall(`${method} ${TEMPLATE}`, IDS);
	return {
		option,
		kind: 'Execute',
		api: [`${method} ${TEMPLATE}`],
		description: showFor('organization', option.value)(IDS.map((id) => id.property)),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const ids = readIds(IDS, this, itemIndex);
			await jsmApiRequest.call(this, {
				method,
				path: call.path(ids),
				body: { organizationId: Number(ids.organizationId) },
				itemIndex,
				// Adding or removing twice leaves the same state, so a request whose answer was lost may be sent again.
				idempotent: true,
			});
			return this.helpers.returnJsonArray({ ...ids, [method === 'POST' ? 'added' : 'removed']: true });
		},
	};
}
