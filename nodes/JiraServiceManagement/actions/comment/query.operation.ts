import { REQUEST_ID } from '../../helpers/callOperation';
import { listOperation } from '../../helpers/listOperation';

export const { option, kind, api, description, execute } = listOperation({
	resource: 'comment',
	option: {
		name: 'Query',
		value: 'query',
		description: 'List the comments of a request, public, internal or both',
		action: 'Query comments of a request',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment',
	ids: [REQUEST_ID],
	input: {
		properties: [
			{
				displayName: 'Visibility',
				name: 'visibility',
				type: 'options',
				options: [
					{ name: 'All', value: 'all' },
					{ name: 'Public Only', value: 'public' },
					{ name: 'Internal Only', value: 'internal' },
				],
				default: 'all',
			},
		],
		read(context, itemIndex) {
			const visibility = context.getNodeParameter('visibility', itemIndex, 'all') as string;
			return { public: visibility !== 'internal', internal: visibility !== 'public' };
		},
	},
});
