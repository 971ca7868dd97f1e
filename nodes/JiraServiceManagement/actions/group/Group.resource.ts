import { resourceFrom } from '../../helpers/resource';
import * as addUser from './addUser.operation';
import * as query from './query.operation';
import * as queryMembers from './queryMembers.operation';
import * as removeUser from './removeUser.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('group', 'queryMembers', [
	addUser,
	query,
	queryMembers,
	removeUser,
]);
