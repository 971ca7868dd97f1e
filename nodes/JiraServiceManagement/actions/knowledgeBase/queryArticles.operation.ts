import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, optionsCollection, returnAllOrLimit } from '../../helpers/parameters';
import { scopedServiceDeskId, serviceDeskScope } from '../../helpers/serviceDeskScope';
import { JSM_PAGE_SIZE, paginateCursor } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query Articles',
	value: 'queryArticles',
	description: 'Search knowledge base articles of all service desks or of one',
	action: 'Query knowledge base articles',
};

export const kind: OperationKind = 'Query';

export const api = [
	'GET /rest/servicedeskapi/knowledgebase/article',
	'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/knowledgebase/article',
];

const properties: INodeProperties[] = [
	{
		displayName: 'Search Query',
		name: 'query',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'reset password',
		description: 'Words to search for in the titles and text of the knowledge base articles',
	},
	...serviceDeskScope('all', 'Whether to search the knowledge bases of every service desk or of one'),
	...returnAllOrLimit(),
	optionsCollection([
		{
			displayName: 'Highlight Matches',
			name: 'highlight',
			type: 'boolean',
			default: false,
			description: 'Whether to mark the matching words in titles and excerpts (between @@@hl@@@ and @@@endhl@@@)',
		},
	]),
];

export const description = showFor('knowledgeBase', 'queryArticles')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const query = String(this.getNodeParameter('query', itemIndex, '') ?? '').trim();
	if (!query) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: Search Query is empty`, { itemIndex });
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const serviceDeskId = scopedServiceDeskId(this, itemIndex);
	const path = serviceDeskId
		? `/rest/servicedeskapi/servicedesk/${serviceDeskId}/knowledgebase/article`
		: '/rest/servicedeskapi/knowledgebase/article';
	// Atlassian deprecates `start` here: the search pages by the cursor in each page's next link.
	const articles = await paginateCursor.call(
		this,
		{ method: 'GET', path, qs: { query, highlight: options.highlight === true }, itemIndex },
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
	);
	return this.helpers.returnJsonArray(articles);
}
