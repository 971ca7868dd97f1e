import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { numericIdParameter } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'View Article',
	value: 'viewArticle',
	description: 'Get the content of one knowledge base article as HTML',
	action: 'View a knowledge base article',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/knowledgebase/article/view/{pageId}'];

const properties: INodeProperties[] = [
	{
		displayName: 'Page ID',
		name: 'pageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '8786177',
		description: 'The Confluence page ID of the article: source.pageId in the results of Query Articles',
	},
];

export const description = showFor('knowledgeBase', 'viewArticle')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const pageId = numericIdParameter(this, itemIndex, 'pageId', 'page');
	const html = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/servicedeskapi/knowledgebase/article/view/${pageId}`,
		itemIndex,
	})) as unknown;
	return this.helpers.returnJsonArray({ pageId, html: typeof html === 'string' ? html : JSON.stringify(html) });
}
