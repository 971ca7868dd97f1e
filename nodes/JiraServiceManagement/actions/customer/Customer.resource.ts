import { resourceFrom } from '../../helpers/resource';
import * as addToServiceDesk from './addToServiceDesk.operation';
import * as create from './create.operation';
import * as invite from './invite.operation';
import * as query from './query.operation';
import * as removeFromServiceDesk from './removeFromServiceDesk.operation';
import * as revokePortalOnlyAccess from './revokePortalOnlyAccess.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('customer', 'query', [
	addToServiceDesk,
	create,
	invite,
	query,
	removeFromServiceDesk,
	revokePortalOnlyAccess,
]);
