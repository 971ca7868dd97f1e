import { resourceFrom } from '../../helpers/resource';
import * as acknowledge from './acknowledge.operation';
import * as addNote from './addNote.operation';
import * as assign from './assign.operation';
import * as close from './close.operation';
import * as create from './create.operation';
import * as escalate from './escalate.operation';
import * as get from './get.operation';
import * as query from './query.operation';
import * as snooze from './snooze.operation';
import * as unacknowledge from './unacknowledge.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('alert', 'query', [
	acknowledge,
	addNote,
	assign,
	close,
	create,
	escalate,
	get,
	query,
	snooze,
	unacknowledge,
]);
