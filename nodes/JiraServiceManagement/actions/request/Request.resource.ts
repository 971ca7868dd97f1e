import { resourceFrom } from '../../helpers/resource';
import * as create from './create.operation';
import * as deleteRequest from './delete.operation';
import * as deleteFeedback from './deleteFeedback.operation';
import * as get from './get.operation';
import * as getFeedback from './getFeedback.operation';
import * as getSlas from './getSlas.operation';
import * as getStatusHistory from './getStatusHistory.operation';
import * as getSubscription from './getSubscription.operation';
import * as getTransitions from './getTransitions.operation';
import * as postFeedback from './postFeedback.operation';
import * as query from './query.operation';
import * as subscribe from './subscribe.operation';
import * as transition from './transition.operation';
import * as unsubscribe from './unsubscribe.operation';
import * as update from './update.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('request', 'create', [
	create,
	deleteRequest,
	deleteFeedback,
	get,
	getFeedback,
	getSlas,
	getStatusHistory,
	getSubscription,
	getTransitions,
	postFeedback,
	query,
	subscribe,
	transition,
	unsubscribe,
	update,
]);
