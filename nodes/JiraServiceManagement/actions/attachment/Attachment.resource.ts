import { resourceFrom } from '../../helpers/resource';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as download from './download.operation';
import * as query from './query.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('attachment', 'query', [
	create,
	del,
	download,
	query,
]);
