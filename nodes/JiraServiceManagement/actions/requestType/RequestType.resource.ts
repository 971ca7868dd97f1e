import { resourceFrom } from '../../helpers/resource';
import * as checkPermissions from './checkPermissions.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as deleteProperty from './deleteProperty.operation';
import * as get from './get.operation';
import * as getFields from './getFields.operation';
import * as getProperty from './getProperty.operation';
import * as getPropertyKeys from './getPropertyKeys.operation';
import * as query from './query.operation';
import * as queryGroups from './queryGroups.operation';
import * as setProperty from './setProperty.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('requestType', 'query', [
	checkPermissions,
	create,
	del,
	deleteProperty,
	get,
	getFields,
	getProperty,
	getPropertyKeys,
	query,
	queryGroups,
	setProperty,
]);
