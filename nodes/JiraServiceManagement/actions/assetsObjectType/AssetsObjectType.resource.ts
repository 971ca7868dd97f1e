import { resourceFrom } from '../../helpers/resource';
import * as getAttributes from './getAttributes.operation';
import * as query from './query.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('assetsObjectType', 'query', [
	getAttributes,
	query,
]);
