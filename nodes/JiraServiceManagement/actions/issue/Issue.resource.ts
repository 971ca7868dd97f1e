import { resourceFrom } from '../../helpers/resource';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getChangelog from './getChangelog.operation';
import * as getWatchers from './getWatchers.operation';
import * as query from './query.operation';
import * as update from './update.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('issue', 'query', [
	del,
	get,
	getChangelog,
	getWatchers,
	query,
	update,
]);
