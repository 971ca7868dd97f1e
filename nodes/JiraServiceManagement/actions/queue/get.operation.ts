import { callOperation, SERVICE_DESK_ID } from '../../helpers/callOperation';
import { booleanParameter } from '../../helpers/parameters';
import { includeCountProperty } from './includeCount';
import { QUEUE_ID } from './queueId';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'queue',
	option: {
		name: 'Get',
		value: 'get',
		description: 'Get one agent queue of a service desk, with its JQL',
		action: 'Get a queue',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue/{queueId}',
	ids: [SERVICE_DESK_ID, QUEUE_ID],
	input: {
		properties: [includeCountProperty],
		read(context, itemIndex) {
			const includeCount = booleanParameter(context, itemIndex, 'includeCount', 'Include Issue Count');
			return { qs: includeCount ? { includeCount } : undefined };
		},
	},
	output: ({ serviceDeskId }, queue) => ({ serviceDeskId, ...queue }),
});
