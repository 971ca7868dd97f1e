import { callOperation, REQUEST_ID } from '../../helpers/callOperation';
import { includeOption, includeParameter } from '../../helpers/parameters';
import { COMMENT_ID } from './commentId';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'comment',
	option: {
		name: 'Get',
		value: 'get',
		description: 'Get one comment of a request by its ID',
		action: 'Get a comment',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}',
	ids: [REQUEST_ID, COMMENT_ID],
	input: {
		properties: [
			includeOption('Extra details to include with the comment', [
				{ name: 'Attachments', value: 'attachment' },
				{ name: 'Rendered Body (HTML)', value: 'renderedBody' },
			]),
		],
		read(context, itemIndex) {
			const expand = includeParameter(context, itemIndex);
			return { qs: expand.length ? { expand } : undefined };
		},
	},
	output: ({ requestKey }, comment) => ({ requestKey, ...comment }),
});
