import { SERVICE_DESK_ID } from '../../helpers/callOperation';
import { listOperation } from '../../helpers/listOperation';
import { booleanParameter } from '../../helpers/parameters';
import { includeCountProperty } from './includeCount';

export const { option, kind, api, description, execute } = listOperation({
	resource: 'queue',
	option: {
		name: 'Query',
		value: 'query',
		description: 'List the agent queues of a service desk, optionally with how many requests each holds',
		action: 'Query queues of a service desk',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/queue',
	ids: [SERVICE_DESK_ID],
	input: {
		properties: [includeCountProperty],
		read(context, itemIndex) {
			const includeCount = booleanParameter(context, itemIndex, 'includeCount', 'Include Issue Count');
			return includeCount ? { includeCount } : {};
		},
	},
});
