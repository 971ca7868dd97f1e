import { resourceFrom } from '../../helpers/resource';
import * as query from './query.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('team', 'query', [
	query,
]);
