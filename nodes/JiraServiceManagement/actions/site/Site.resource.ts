import { resourceFrom } from '../../helpers/resource';
import * as checkMyPermissions from './checkMyPermissions.operation';
import * as customApiCall from './customApiCall.operation';
import * as getInfo from './getInfo.operation';
import * as refreshAppWebhooks from './refreshAppWebhooks.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('site', 'getInfo', [
	checkMyPermissions,
	customApiCall,
	getInfo,
	refreshAppWebhooks,
]);
