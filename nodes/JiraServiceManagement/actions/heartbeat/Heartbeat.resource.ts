import { resourceFrom } from '../../helpers/resource';
import * as ping from './ping.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('heartbeat', 'ping', [
	ping,
]);
