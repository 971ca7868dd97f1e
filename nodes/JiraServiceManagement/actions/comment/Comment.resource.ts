import { resourceFrom } from '../../helpers/resource';
import * as create from './create.operation';
import * as deleteComment from './delete.operation';
import * as get from './get.operation';
import * as query from './query.operation';
import * as update from './update.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('comment', 'create', [
	create,
	deleteComment,
	get,
	query,
	update,
]);
