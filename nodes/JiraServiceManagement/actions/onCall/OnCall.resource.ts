import { resourceFrom } from '../../helpers/resource';
import * as get from './get.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('onCall', 'get', [
	get,
]);
