import { resourceFrom } from '../../helpers/resource';
import * as addToServiceDesk from './addToServiceDesk.operation';
import * as addUsers from './addUsers.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as deleteProperty from './deleteProperty.operation';
import * as get from './get.operation';
import * as getProperty from './getProperty.operation';
import * as getPropertyKeys from './getPropertyKeys.operation';
import * as query from './query.operation';
import * as queryUsers from './queryUsers.operation';
import * as removeFromServiceDesk from './removeFromServiceDesk.operation';
import * as removeUsers from './removeUsers.operation';
import * as setProperty from './setProperty.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('organization', 'query', [
	addToServiceDesk,
	addUsers,
	create,
	del,
	deleteProperty,
	get,
	getProperty,
	getPropertyKeys,
	query,
	queryUsers,
	removeFromServiceDesk,
	removeUsers,
	setProperty,
]);
