import { callOperation } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'site',
	option: {
		name: 'Get Info',
		value: 'getInfo',
		description: 'Get the Jira Service Management version and licence state of the site',
		action: 'Get site info',
	},
	kind: 'Execute',
	api: 'GET /rest/servicedeskapi/info',
	ids: [],
	output: (_, info) => info,
});
