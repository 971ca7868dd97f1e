import type { PathId } from '../../helpers/callOperation';
import { numericIdParameter, queueLocator } from '../../helpers/parameters';

/** The chosen queue's id where a path needs it (`{queueId}`). */
export const QUEUE_ID: PathId = {
	property: queueLocator,
	key: 'queueId',
	placeholders: ['queueId'],
	read: (context, itemIndex) => numericIdParameter(context, itemIndex, 'queue', 'queue'),
};
