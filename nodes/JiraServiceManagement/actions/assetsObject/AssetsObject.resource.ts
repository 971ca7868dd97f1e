import { resourceFrom } from '../../helpers/resource';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getConnectedRequests from './getConnectedRequests.operation';
import * as getHistory from './getHistory.operation';
import * as query from './query.operation';
import * as update from './update.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('assetsObject', 'query', [
	create,
	del,
	get,
	getConnectedRequests,
	getHistory,
	query,
	update,
]);
