import type { IDataObject } from 'n8n-workflow';

import { requestList } from '../../helpers/requestOperations';

export const { option, kind, api, description, execute } = requestList({
	resource: 'request',
	option: {
		name: 'Get Status History',
		value: 'getStatusHistory',
		description: 'List the statuses a request went through, with dates',
		action: 'Get status history of a request',
	},
	kind: 'Execute',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/status',
	simplify: (entry) => ({
		status: entry.status,
		statusCategory: entry.statusCategory,
		date: (entry.statusDate as IDataObject | undefined)?.iso8601,
	}),
});
