import { resourceFrom } from '../../helpers/resource';
import * as queryArticles from './queryArticles.operation';
import * as viewArticle from './viewArticle.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('knowledgeBase', 'queryArticles', [
	queryArticles,
	viewArticle,
]);
