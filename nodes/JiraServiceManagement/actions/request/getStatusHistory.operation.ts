import type { IDataObject } from 'n8n-workflow';

import { REQUEST_ID } from '../../helpers/callOperation';
import { listOperation } from '../../helpers/listOperation';

export const { option, kind, api, description, execute } = listOperation({
	resource: 'request',
	option: {
		name: 'Get Status History',
		value: 'getStatusHistory',
		description: 'List the statuses a request went through, with dates',
		action: 'Get status history of a request',
	},
	kind: 'Execute',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/status',
	ids: [REQUEST_ID],
	simplify: (entry) => ({
		status: entry.status,
		statusCategory: entry.statusCategory,
		date: (entry.statusDate as IDataObject | undefined)?.iso8601,
	}),
});
