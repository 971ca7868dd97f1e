import { resourceFrom } from '../../helpers/resource';
import * as add from './add.operation';
import * as query from './query.operation';
import * as remove from './remove.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('participant', 'query', [
	add,
	query,
	remove,
]);
