import { REQUEST_ID, callOperation } from '../../helpers/callOperation';
import { simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { requestExpandOf, requestExpandOption } from './expand';
import { simplifyRequest } from './simplify';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'request',
	option: {
		name: 'Get',
		value: 'get',
		description: 'Get one customer request by key, ID or URL',
		action: 'Get a request',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}',
	ids: [REQUEST_ID],
	input: {
		properties: [simplifyOption, { ...requestExpandOption, displayOptions: { show: { simplify: [false] } } }],
		read(context, itemIndex) {
			const expand = requestExpandOf(context, itemIndex, simplifyParameter(context, itemIndex));
			return { qs: expand.length ? { expand } : undefined };
		},
	},
	output: (_, request, context, itemIndex) => (simplifyParameter(context, itemIndex) ? simplifyRequest(request) : request),
});
