import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as queryArticles from './queryArticles.operation';
import * as viewArticle from './viewArticle.operation';

export const operations: Record<string, OperationModule> = { queryArticles, viewArticle };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['knowledgeBase'] } },
		options: [
			{
				name: 'Query Articles',
				value: 'queryArticles',
				description: 'Search knowledge base articles of all service desks or of one',
				action: 'Query knowledge base articles',
			},
			{
				name: 'View Article',
				value: 'viewArticle',
				description: 'Get the content of one knowledge base article as HTML',
				action: 'View a knowledge base article',
			},
		],
		default: 'queryArticles',
	},
	...queryArticles.description,
	...viewArticle.description,
];
