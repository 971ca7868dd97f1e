import { resourceFrom } from '../../helpers/resource';
import * as answer from './answer.operation';
import * as get from './get.operation';
import * as query from './query.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('approval', 'query', [
	answer,
	get,
	query,
]);
