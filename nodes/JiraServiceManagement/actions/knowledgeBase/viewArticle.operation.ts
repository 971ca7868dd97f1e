import type { PathId } from '../../helpers/callOperation';
import { callOperation } from '../../helpers/callOperation';
import { numericIdParameter } from '../../helpers/parameters';

/** An article is named by its Confluence page, typed in as found in Query Articles' results. */
const PAGE_ID: PathId = {
	property: {
		displayName: 'Page ID',
		name: 'pageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '8786177',
		description: 'The Confluence page ID of the article: source.pageId in the results of Query Articles',
	},
	key: 'pageId',
	placeholders: ['pageId'],
	read: (context, itemIndex) => numericIdParameter(context, itemIndex, 'pageId', 'page'),
};

export const { option, kind, api, description, execute } = callOperation({
	resource: 'knowledgeBase',
	option: {
		name: 'View Article',
		value: 'viewArticle',
		description: 'Get the content of one knowledge base article as HTML',
		action: 'View a knowledge base article',
	},
	kind: 'Query',
	api: 'GET /rest/servicedeskapi/knowledgebase/article/view/{pageId}',
	ids: [PAGE_ID],
	// The endpoint answers with HTML; anything else is kept as its JSON text, so `html` is always text.
	output: ({ pageId }, answer: unknown) => ({ pageId, html: typeof answer === 'string' ? answer : JSON.stringify(answer) }),
});
