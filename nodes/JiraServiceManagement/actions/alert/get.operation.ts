import { callOperation } from '../../helpers/callOperation';
import { ALERT_ID } from './alertId';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'alert',
	option: {
		name: 'Get',
		value: 'get',
		description: 'Get one JSM Operations alert by its ID',
		action: 'Get an alert',
	},
	kind: 'Query',
	api: 'GET /jsm/ops/api/{cloudId}/v1/alerts/{id}',
	ids: [ALERT_ID],
	output: (_ids, alert) => alert,
});
